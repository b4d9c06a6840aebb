/**
 * Building regular expressions from words: rules are kept as data, and their words become
 * patterns.
 * @module
 */

/** `text` with every character that has a meaning in a regular expression escaped. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
