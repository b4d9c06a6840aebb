/**
 * sanad's SQL is written with positional `?` placeholders (SQLite's); PostgreSQL numbers them.
 * @module
 */

/**
 * The statement with each `?` outside quoted strings and identifiers replaced by `$1`, `$2`, ….
 * @example
 * numberPlaceholders("SELECT id FROM documents WHERE id = ? AND title <> '?'");
 * // "SELECT id FROM documents WHERE id = $1 AND title <> '?'"
 */
export function numberPlaceholders(sql: string): string {
  let out = '';
  let count = 0;
  let quote: "'" | '"' | null = null;
  for (const char of sql) {
    if (quote) {
      // A doubled quote inside a string closes and reopens it, which this toggling handles too.
      if (char === quote) quote = null;
      out += char;
    } else if (char === "'" || char === '"') {
      quote = char;
      out += char;
    } else if (char === '?') {
      out += `$${++count}`;
    } else {
      out += char;
    }
  }
  return out;
}
