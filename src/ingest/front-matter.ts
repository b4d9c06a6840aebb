/**
 * Minimal YAML-like front matter at the top of Markdown files: flat `key: value` lines
 * between `---` fences. Nested YAML is not read.
 * @module
 */

export interface FrontMatter {
  /** Lower-case keys; values unquoted. */
  readonly fields: ReadonlyMap<string, string>;
  /** The text after the closing fence. */
  readonly body: string;
}

const OPENING = /^\uFEFF?---[ \t]*\r?\n/;
const CLOSING = /^(?:---|\.\.\.)[ \t]*$/;
const FIELD = /^([A-Za-z_][\w-]{0,40})[ \t]*:[ \t]*(.*)$/;
/** Front matter longer than this is not front matter but a document that starts with a rule. */
const MAX_LINES = 60;

function unquote(value: string): string {
  const trimmed = value.trim();
  const first = trimmed[0];
  if (trimmed.length >= 2 && (first === '"' || first === "'") && trimmed.endsWith(first)) {
    return trimmed.slice(1, -1);
  }
  return trimmed;
}

/** Splits front matter from `text`; text without it comes back whole with no fields. */
export function readFrontMatter(text: string): FrontMatter {
  const opening = OPENING.exec(text);
  if (opening === null) return { fields: new Map(), body: text };
  const fields = new Map<string, string>();
  let offset = opening[0].length;
  for (let count = 0; count < MAX_LINES && offset <= text.length; count++) {
    const newline = text.indexOf('\n', offset);
    const end = newline === -1 ? text.length : newline;
    const line = text.slice(offset, end).replace(/\r$/, '');
    if (CLOSING.test(line)) return { fields, body: newline === -1 ? '' : text.slice(newline + 1) };
    const field = FIELD.exec(line);
    if (field !== null) {
      const value = unquote(field[2]!);
      if (value !== '') fields.set(field[1]!.toLowerCase(), value);
    } else if (line.trim() !== '' && !line.startsWith(' ') && !line.startsWith('#')) {
      return { fields: new Map(), body: text };
    }
    if (newline === -1) break;
    offset = newline + 1;
  }
  return { fields: new Map(), body: text };
}
