/**
 * HTML to article text and metadata: readability picks the article, a block-aware walk turns
 * it into paragraphs, and <meta>, <title> and JSON-LD supply title, author, site and date.
 * Scripts, styles and forms never reach the text.
 * @module
 */
import { createRequire } from 'node:module';
import type { Readability } from '@mozilla/readability';
import type { parseHTML } from 'linkedom';

// linkedom takes about 0.3 s to import and only HTML needs it: loaded on the first page, through
// the packages' CommonJS builds because require() is synchronous and htmlArticle() is too.
const require = createRequire(import.meta.url);
let dom: { readonly Readability: typeof Readability; readonly parseHTML: typeof parseHTML } | null = null;
function htmlLibraries(): NonNullable<typeof dom> {
  dom ??= {
    Readability: (require('@mozilla/readability') as { Readability: typeof Readability }).Readability,
    parseHTML: (require('linkedom') as { parseHTML: typeof parseHTML }).parseHTML,
  };
  return dom;
}

/** The few DOM members sanad uses, so that no DOM typings are needed. */
interface DomNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly textContent: string | null;
  readonly childNodes: ArrayLike<DomNode>;
}

interface DomElement extends DomNode {
  getAttribute(name: string): string | null;
  querySelectorAll(selector: string): Iterable<DomElement>;
  closest(selector: string): DomElement | null;
  remove(): void;
}

interface DomDocument {
  readonly title: string;
  readonly body: DomElement | null;
  readonly documentElement: DomElement | null;
  querySelectorAll(selector: string): Iterable<DomElement>;
}

export interface HtmlMetadata {
  readonly title: string | null;
  readonly author: string | null;
  readonly site: string | null;
  /** As written in the page: an ISO timestamp or free text. */
  readonly published: string | null;
  readonly language: string | null;
}

export interface HtmlArticle {
  /** Paragraphs separated by blank lines; lines within a paragraph by newlines (`<br>`). */
  readonly text: string;
  readonly metadata: HtmlMetadata;
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

const BLOCK_ELEMENTS: ReadonlySet<string> = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BODY',
  'CAPTION',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TFOOT',
  'THEAD',
  'TR',
  'UL',
]);
const NEVER_TEXT: ReadonlySet<string> = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'CANVAS',
  'BUTTON',
  'SELECT',
  'OPTION',
  'INPUT',
  'TEXTAREA',
  'HEAD',
  'TITLE',
  'META',
  'LINK',
]);
/** Page furniture left out when readability finds no article and the whole body is used. */
const FURNITURE: ReadonlySet<string> = new Set([
  'NAV',
  'HEADER',
  'FOOTER',
  'ASIDE',
  'FORM',
  'MENU',
  'DIALOG',
]);
const CELLS: ReadonlySet<string> = new Set(['TD', 'TH']);

/** Never article text: removed before readability scores the page. */
const CHROME_SELECTOR = 'nav, menu, form, dialog, [role="navigation"], [role="banner"], [role="contentinfo"]';
/** Page-level chrome; the same elements inside an article hold its own header and notes. */
const PAGE_CHROME_SELECTOR = 'header, footer, aside';

const BLOCK_END = Symbol('block end');

function removeChrome(document: DomDocument): void {
  for (const element of [...document.querySelectorAll(CHROME_SELECTOR)]) element.remove();
  for (const element of [...document.querySelectorAll(PAGE_CHROME_SELECTOR)]) {
    if (element.closest('article, main, [role="main"]') === null) element.remove();
  }
}

/** Text of `root` with block structure kept: blank line between blocks, newline for `<br>`. */
function blockText(root: DomNode, skip: ReadonlySet<string>): string {
  const paragraphs: string[] = [];
  let lines: string[] = [];
  let line = '';
  const flushLine = (): void => {
    const text = line.replace(/\s+/g, ' ').trim();
    if (text !== '') lines.push(text);
    line = '';
  };
  const flushBlock = (): void => {
    flushLine();
    if (lines.length > 0) paragraphs.push(lines.join('\n'));
    lines = [];
  };
  // An explicit stack: deeply nested markup must not overflow the call stack.
  const stack: Array<DomNode | typeof BLOCK_END> = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node === BLOCK_END) {
      flushBlock();
      continue;
    }
    if (node.nodeType === TEXT_NODE) {
      line += node.textContent ?? '';
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE) continue;
    const name = node.nodeName.toUpperCase();
    if (NEVER_TEXT.has(name) || skip.has(name)) continue;
    if (name === 'BR') {
      flushLine();
      continue;
    }
    if (CELLS.has(name)) line += ' ';
    if (BLOCK_ELEMENTS.has(name)) {
      flushBlock();
      stack.push(BLOCK_END);
    }
    for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push(node.childNodes[i]!);
  }
  flushBlock();
  return paragraphs.join('\n\n');
}

function clean(value: string | null | undefined): string | null {
  const text = value?.replace(/\s+/g, ' ').trim();
  return text === undefined || text === '' ? null : text;
}

/** `<meta>` contents by lower-cased property, name or itemprop; the first of each wins. */
function metaTags(document: DomDocument): Map<string, string> {
  const tags = new Map<string, string>();
  for (const meta of document.querySelectorAll('meta')) {
    const key = (
      meta.getAttribute('property') ??
      meta.getAttribute('name') ??
      meta.getAttribute('itemprop')
    )?.toLowerCase();
    const content = clean(meta.getAttribute('content'));
    if (key !== undefined && content !== null && !tags.has(key)) tags.set(key, content);
  }
  return tags;
}

interface JsonLdFacts {
  headline?: string | undefined;
  datePublished?: string | undefined;
  author?: string | undefined;
  publisher?: string | undefined;
}

function nameIn(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) {
    const names = value.map(nameIn).filter((name): name is string => name !== undefined);
    return names.length > 0 ? names.join(', ') : undefined;
  }
  if (typeof value === 'object' && value !== null && 'name' in value && typeof value.name === 'string')
    return value.name;
  return undefined;
}

function collectJsonLd(value: unknown, facts: JsonLdFacts, depth: number): void {
  if (depth > 6 || typeof value !== 'object' || value === null) return;
  if (Array.isArray(value)) {
    for (const item of value) collectJsonLd(item, facts, depth + 1);
    return;
  }
  const record = value as Record<string, unknown>;
  if (typeof record['headline'] === 'string') facts.headline ??= record['headline'];
  if (typeof record['datePublished'] === 'string') facts.datePublished ??= record['datePublished'];
  if (record['author'] !== undefined) facts.author ??= nameIn(record['author']);
  if (record['publisher'] !== undefined) facts.publisher ??= nameIn(record['publisher']);
  if (record['@graph'] !== undefined) collectJsonLd(record['@graph'], facts, depth + 1);
}

function jsonLd(document: DomDocument): JsonLdFacts {
  const facts: JsonLdFacts = {};
  for (const script of document.querySelectorAll('script')) {
    if (script.getAttribute('type')?.toLowerCase() !== 'application/ld+json') continue;
    try {
      collectJsonLd(JSON.parse(script.textContent ?? ''), facts, 0);
    } catch {
      // Broken JSON-LD is common on real pages; the <meta> tags still count.
    }
  }
  return facts;
}

const BYLINE_PREFIX = /^(?:by|written by|author:?)\s+/i;
const TITLE_SEPARATOR = /\s+[|\-–—:•·]\s+/;

function authorName(value: string | null | undefined): string | null {
  const name = clean(value)?.replace(BYLINE_PREFIX, '');
  // article:author is often a profile URL, which names nobody.
  if (name === undefined || /^https?:\/\//i.test(name)) return null;
  return name === '' ? null : name;
}

/** "Raids in Zahedan | Example News" → "Raids in Zahedan" when the site is "Example News". */
function withoutSiteName(title: string, site: string | null): string {
  if (site === null) return title;
  const parts = title.split(TITLE_SEPARATOR);
  const first = parts[0];
  const last = parts[parts.length - 1];
  if (parts.length < 2 || first === undefined || last === undefined) return title;
  if (last.toLowerCase() === site.toLowerCase())
    return title.slice(0, title.length - last.length).replace(/[\s|\-–—:•·]+$/, '');
  if (first.toLowerCase() === site.toLowerCase())
    return title.slice(first.length).replace(/^[\s|\-–—:•·]+/, '');
  return title;
}

function metadataOf(document: DomDocument): HtmlMetadata & { readonly fallbackTitle: string | null } {
  const meta = metaTags(document);
  const ld = jsonLd(document);
  const site = clean(meta.get('og:site_name') ?? ld.publisher ?? meta.get('application-name'));
  const ownTitle = clean(meta.get('og:title') ?? meta.get('twitter:title') ?? ld.headline);
  const pageTitle = clean(document.title);
  return {
    title: ownTitle,
    fallbackTitle: pageTitle === null ? null : withoutSiteName(pageTitle, site),
    author: authorName(
      meta.get('author') ?? meta.get('article:author') ?? meta.get('dc.creator') ?? ld.author,
    ),
    site,
    published: clean(
      meta.get('article:published_time') ??
        meta.get('datepublished') ??
        ld.datePublished ??
        meta.get('pubdate') ??
        meta.get('publish-date') ??
        meta.get('date') ??
        meta.get('dc.date') ??
        meta.get('dc.date.issued') ??
        meta.get('og:published_time'),
    ),
    language: clean(document.documentElement?.getAttribute('lang'))?.slice(0, 2).toLowerCase() ?? null,
  };
}

/** Extracts the article from an HTML page; falls back to the body's text without furniture. */
export function htmlArticle(html: string): HtmlArticle {
  const { Readability, parseHTML } = htmlLibraries();
  const { document: parsed } = parseHTML(html);
  const document = parsed as unknown as DomDocument;
  const { fallbackTitle, ...metadata } = metadataOf(document);
  removeChrome(document);

  let article: ReturnType<Readability<DomNode>['parse']> = null;
  try {
    article = new Readability<DomNode>(parsed as never, {
      serializer: (node) => node as unknown as DomNode,
    }).parse();
  } catch {
    // Readability trips on some malformed pages; the body walk below still reads them.
    article = null;
  }
  let text = article?.content ? blockText(article.content, new Set()) : '';
  if (text.trim() === '') {
    // Readability has detached parts of the tree; parse again for a clean body.
    const fresh = parseHTML(html).document as unknown as DomDocument;
    removeChrome(fresh);
    text = fresh.body === null ? '' : blockText(fresh.body, FURNITURE);
  }
  return {
    text,
    metadata: {
      ...metadata,
      title: metadata.title ?? fallbackTitle ?? clean(article?.title),
      author: metadata.author ?? authorName(article?.byline),
      site: metadata.site ?? clean(article?.siteName),
      published: metadata.published ?? clean(article?.publishedTime),
      language: metadata.language ?? clean(article?.lang)?.slice(0, 2).toLowerCase() ?? null,
    },
  };
}
