/**
 * Statements: attributed words with their speaker, date and chain of transmission.
 * @module
 */
export { findStatements, statementsComposer, type StatementsInput } from './statements-composer.js';
export { findQuotes, type Quote, type QuoteStyle } from './find-quotes.js';
