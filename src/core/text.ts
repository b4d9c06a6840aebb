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

const LETTER_PATTERN = /[\u064A\u0649\u0643]/g;

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
  return (
    text
      .normalize('NFC')
      .replace(/\r\n?/g, '\n')
      .replace(LETTER_PATTERN, (c) => ARABIC_TO_PERSIAN_LETTERS[c] ?? c)
      // eslint-disable-next-line no-control-regex -- dropping control characters is the point
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFEFF]/g, '')
  );
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
