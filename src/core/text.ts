/**
 * Pure text normalization shared by ingest (document text), extraction (analysis view)
 * and the store (search form of text and queries).
 * @module
 */

const ARABIC_TO_PERSIAN_LETTERS: Readonly<Record<string, string>> = {
  '\u064A': '\u06CC', // ي Arabic yeh → ی Farsi yeh
  '\u0649': '\u06CC', // ى alef maksura → ی
  '\u0643': '\u06A9', // ك Arabic kaf → ک keheh
};

/** Everything normalizeText() rewrites after NFC: line endings, Arabic letter forms, control characters. */
// eslint-disable-next-line no-control-regex -- dropping control characters is the point
const REWRITTEN = /\r\n?|[\u064A\u0649\u0643]|[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFEFF]/g;
/** REWRITTEN without the global flag: whether there is anything to rewrite. */
const ANY_REWRITTEN = new RegExp(REWRITTEN.source);

function rewrite(found: string): string {
  if (found[0] === '\r') return '\n';
  return ARABIC_TO_PERSIAN_LETTERS[found] ?? '';
}

/** Persian (۰–۹) and Arabic-Indic (٠–٩) digits to ASCII; same length, so spans survive. */
export function asciiDigits(text: string): string {
  return text.replace(/[\u06F0-\u06F9\u0660-\u0669]/g, (d) => {
    const code = d.charCodeAt(0);
    return String(code >= 0x06f0 ? code - 0x06f0 : code - 0x0660);
  });
}

/**
 * The document form of text: Unicode NFC, Arabic letter forms unified to Persian ones,
 * line endings unified, control characters other than tab and newline dropped.
 * Zero-width non-joiner (U+200C) is kept: it is part of Persian spelling.
 */
export function normalizeText(text: string): string {
  const composed = text.normalize('NFC');
  // One pass, and none over text that needs nothing rewritten: most text.
  return ANY_REWRITTEN.test(composed) ? composed.replace(REWRITTEN, rewrite) : composed;
}

/**
 * The search form of text: normalized, ASCII digits, Arabic diacritics and tatweel removed,
 * lower case. Applied to indexed text and to queries alike.
 */
export function searchForm(text: string): string {
  return asciiDigits(normalizeText(text))
    .replace(/[\u064B-\u065F\u0670\u0640]/g, '')
    .toLowerCase();
}
