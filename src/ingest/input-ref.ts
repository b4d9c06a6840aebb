/**
 * What ingest is asked to read.
 * @module
 */

/** One thing to read: a file path (as given / as found inside a folder) or a URL. */
export type InputRef =
  { readonly kind: 'file'; readonly path: string } | { readonly kind: 'url'; readonly url: string };

export type MediaType = 'text/plain' | 'text/markdown' | 'text/html';

const URL_PATTERN = /^https?:\/\//i;

/** True for arguments that name an http(s) URL rather than a path. */
export function isUrl(argument: string): boolean {
  return URL_PATTERN.test(argument);
}

/** The path or URL string that names `ref` in messages and in `SanadDocument.file`. */
export function nameOf(ref: InputRef): string {
  return ref.kind === 'file' ? ref.path : ref.url;
}

const EXTENSION_TYPES: Readonly<Record<string, MediaType>> = {
  '.txt': 'text/plain',
  '.text': 'text/plain',
  '.md': 'text/markdown',
  '.markdown': 'text/markdown',
  '.html': 'text/html',
  '.htm': 'text/html',
  '.xhtml': 'text/html',
};

/** Extensions a folder walk picks up. */
export const FOLDER_EXTENSIONS: ReadonlySet<string> = new Set(['.txt', '.md', '.markdown', '.html', '.htm']);

/** Lower-case extension of the last path segment, with its dot, or ''. */
export function extensionOf(pathOrUrlPath: string): string {
  const segment = pathOrUrlPath.slice(pathOrUrlPath.lastIndexOf('/') + 1);
  const dot = segment.lastIndexOf('.');
  return dot > 0 ? segment.slice(dot).toLowerCase() : '';
}

export function mediaTypeOfExtension(extension: string): MediaType | null {
  return EXTENSION_TYPES[extension] ?? null;
}

const HTML_START = /^\s*(?:<!--[^]{0,500}?-->\s*)*<(?:!doctype\s+html|html|head|body)\b/i;

/** Media type from content when nothing else says: HTML if it opens like a page. */
export function sniffMediaType(bytes: Buffer): MediaType {
  const head = bytes
    .subarray(0, 1024)
    .toString('utf8')
    .replace(/^\uFEFF/, '');
  return HTML_START.test(head) ? 'text/html' : 'text/plain';
}
