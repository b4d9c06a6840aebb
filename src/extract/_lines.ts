/**
 * The line around an offset of a text, for readers of headlines, pull quotes and signatures.
 * @module
 */

/** Where the line holding `offset` starts: just after the newline before it, or 0. */
export function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** Where the line holding `offset` ends: at its newline, or the end of the text. */
export function lineEnd(text: string, offset: number): number {
  const end = text.indexOf('\n', offset);
  return end === -1 ? text.length : end;
}
