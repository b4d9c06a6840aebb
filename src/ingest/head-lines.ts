/**
 * The first non-blank lines of a text, trimmed: where a page's header, title, dateline and
 * byline stand.
 * @module
 */

/** Up to `limit` trimmed non-blank lines from the start of `text`, passing over `skipped` ones. */
export function headLines(text: string, limit: number, skipped: ReadonlySet<string> = new Set()): string[] {
  const lines: string[] = [];
  let offset = 0;
  while (lines.length < limit && offset < text.length) {
    const newline = text.indexOf('\n', offset);
    const end = newline === -1 ? text.length : newline;
    const line = text.slice(offset, end).trim();
    // A lookup hashes the whole line, often a paragraph: only worth it when there is a line to skip.
    if (line !== '' && (skipped.size === 0 || !skipped.has(line))) lines.push(line);
    offset = end + 1;
  }
  return lines;
}
