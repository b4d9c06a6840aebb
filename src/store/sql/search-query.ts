/**
 * Turns what a user types into search terms, dialect-neutral: the query is brought to search
 * form (core/text.ts), split into word tokens, and every term must match. Text in double quotes
 * is a phrase. Punctuation, operators and ZWNJ only separate words, so no input is syntax.
 * @module
 */
import { searchForm } from '../../core/text.js';

/** One word, or a phrase when it has several tokens; every term of a query must match. */
export interface SearchTerm {
  readonly tokens: readonly string[];
}

/** Terms beyond this many are ignored: a query is a few words, not a document. */
const MAX_TERMS = 32;

/**
 * Word characters as the unicode61 tokenizer sees them (letters, numbers, private use);
 * everything else, including ZWNJ and combining marks, separates tokens.
 */
const TOKEN = /[\p{L}\p{N}\p{Co}]+/gu;

/** The tokens of text in search form, in order. */
export function searchTokens(text: string): string[] {
  return searchForm(text).match(TOKEN) ?? [];
}

/**
 * The terms of a query, in order; empty when it has no word at all.
 * @example
 * parseSearchQuery('Evin "death sentence"'); // [{ tokens: ['evin'] }, { tokens: ['death', 'sentence'] }]
 */
export function parseSearchQuery(query: string): SearchTerm[] {
  const terms: SearchTerm[] = [];
  // Splitting on '"' puts quoted stretches at odd positions; an unclosed quote runs to the end.
  query.split('"').forEach((part, index) => {
    const tokens = searchTokens(part);
    if (index % 2 === 1) {
      if (tokens.length > 0) terms.push({ tokens });
    } else {
      for (const token of tokens) terms.push({ tokens: [token] });
    }
  });
  return terms.slice(0, MAX_TERMS);
}
