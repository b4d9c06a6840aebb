/**
 * Raw input to a cleaned, normalized `SanadDocument`: decode (refusing what is not text),
 * extract the article, drop page furniture, normalize, read metadata, detect the language, hash.
 * @module
 */
import { createHash } from 'node:crypto';
import { InputRejectedError } from '../core/errors.js';
import { normalizeText } from '../core/text.js';
import type { SanadDocument, Time } from '../core/types.js';
import { decodeBytes } from './decode-bytes.js';
import { detectLanguage } from './detect-language.js';
import { readFrontMatter } from './front-matter.js';
import { htmlArticle } from './html-article.js';
import { parsePublished } from './publication-date.js';
import type { RawInput } from './read-input.js';
import { lineKey, removeBoilerplate } from './remove-boilerplate.js';
import { linesAboveBreadcrumb } from './page-header.js';
import { textMetadata } from './text-metadata.js';

export interface PrepareOptions {
  /** Outlet named by `--source`, used when neither the text nor the page names one. */
  readonly sourceHint?: string | null;
}

/** Metadata a container states outright (HTML meta tags, Markdown front matter). */
interface StatedMetadata {
  readonly title: string | null;
  readonly published: Time | null;
  readonly source: string | null;
  readonly author: string | null;
  /** Stated outright (front matter); wins over detection. */
  readonly language: string | null;
  /** Declared by markup (`<html lang>`), often a template default: used only when detection cannot tell. */
  readonly languageHint: string | null;
  readonly url: string | null;
}

const NOTHING_STATED: StatedMetadata = {
  title: null,
  published: null,
  source: null,
  author: null,
  language: null,
  languageHint: null,
  url: null,
};
const ISO_639_1 = /^[a-z]{2}$/;

function sha256(data: string | Uint8Array): string {
  return `sha256:${createHash('sha256').update(data).digest('hex')}`;
}

function nonEmpty(value: string | undefined | null): string | null {
  const text = value?.trim();
  return text === undefined || text === '' ? null : normalizeText(text);
}

function hostOf(url: string | null): string | null {
  if (url === null) return null;
  try {
    return new URL(url).hostname.replace(/^www\./i, '') || null;
  } catch {
    return null;
  }
}

interface Body {
  readonly text: string;
  readonly stated: StatedMetadata;
}

function htmlBody(decoded: string): Body {
  const { text, metadata } = htmlArticle(decoded);
  return {
    text,
    stated: {
      title: nonEmpty(metadata.title),
      published: metadata.published === null ? null : parsePublished(metadata.published),
      source: nonEmpty(metadata.site),
      author: nonEmpty(metadata.author),
      language: null,
      languageHint:
        metadata.language !== null && ISO_639_1.test(metadata.language) ? metadata.language : null,
      url: null,
    },
  };
}

function markdownBody(decoded: string): Body {
  const { fields, body } = readFrontMatter(decoded);
  if (fields.size === 0) return { text: body, stated: NOTHING_STATED };
  const published = fields.get('published') ?? fields.get('date');
  const language = (fields.get('language') ?? fields.get('lang'))?.toLowerCase() ?? null;
  return {
    text: body,
    stated: {
      title: nonEmpty(fields.get('title')),
      published: published === undefined ? null : parsePublished(published),
      source: nonEmpty(fields.get('source') ?? fields.get('outlet') ?? fields.get('publisher')),
      author: nonEmpty(fields.get('author')),
      language: language !== null && ISO_639_1.test(language) ? language : null,
      languageHint: null,
      url: nonEmpty(fields.get('url')),
    },
  };
}

/** Puts a title the page states above the text when the article body does not open with it. */
function withTitleLine(text: string, title: string | null): string {
  if (title === null) return text;
  const newline = text.indexOf('\n');
  const firstLine = newline === -1 ? text : text.slice(0, newline);
  return lineKey(firstLine) === lineKey(title) ? text : `${title}\n\n${text}`;
}

/**
 * Decodes, rejects and cleans one raw input into a document whose `text` every span points into.
 * @throws InputRejectedError only: SANAD_INPUT_EMPTY, SANAD_INPUT_BINARY, SANAD_INPUT_ENCODING
 * @example
 * const document = prepareDocument(await readInput(ref, DEFAULT_LIMITS), { sourceHint: 'Radio Farda' });
 */
export function prepareDocument(raw: RawInput, options: PrepareOptions = {}): SanadDocument {
  const decoded = decodeBytes(raw.name, raw.bytes, raw.mediaType);
  const body =
    raw.mediaType === 'text/html'
      ? htmlBody(decoded)
      : raw.mediaType === 'text/markdown'
        ? markdownBody(decoded)
        : { text: decoded, stated: NOTHING_STATED };
  const { stated } = body;

  const normalized = normalizeText(body.text);
  let text = removeBoilerplate(normalized);
  if (raw.mediaType === 'text/html') text = withTitleLine(text, stated.title);
  if (text.trim() === '') {
    throw new InputRejectedError('SANAD_INPUT_EMPTY', raw.name, 'no text left after removing page furniture');
  }
  // The text before normalization still tells ي/ك (Arabic) from ی/ک (Persian).
  const detected = detectLanguage(text, body.text);
  const found = textMetadata(text, linesAboveBreadcrumb(normalized));
  const hint = nonEmpty(options.sourceHint);
  const url = raw.url ?? stated.url;

  return {
    id: sha256(text),
    file: raw.name,
    title: stated.title ?? found.title,
    published: stated.published ?? found.published,
    language: stated.language ?? (detected === 'und' ? (stated.languageHint ?? detected) : detected),
    source: stated.source ?? found.source ?? hint ?? hostOf(url),
    author: stated.author ?? found.author,
    ...(url === null ? {} : { url }),
    text,
    raw_hash: sha256(raw.bytes),
    media_type: raw.mediaType,
  };
}
