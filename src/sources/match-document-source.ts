/**
 * Which registered source a document comes from, and how that was decided: from the outlet
 * its page or dateline states, its web address, a masthead line of scraped text that is just
 * the outlet's name, its byline, the `--source` given at ingest,
 * or, last, the outlet its text names as the teller of the news (often only a relay).
 * @module
 */
import type { SanadDocument } from '../core/types.js';
import type { SourceRecord } from './source-record.js';
import type { SourceRegistry } from './source-registry.js';

export const SOURCE_MATCH_KINDS = ['metadata', 'domain', 'masthead', 'byline', 'hint', 'text'] as const;
export type SourceMatchKind = (typeof SOURCE_MATCH_KINDS)[number];

export interface SourceMatch {
  readonly source_id: string;
  readonly how: SourceMatchKind;
  /** What was matched: the stated name, the address, the byline or the words of the text. */
  readonly evidence: string;
}

export interface MatchContext {
  readonly registry: SourceRegistry;
  /** The source `--source` named, already resolved. */
  readonly hint?: SourceRecord | null;
}

type MatchedDocument = Pick<SanadDocument, 'source' | 'author' | 'file' | 'text'> & { readonly url?: string };

const looksLikeAddress = (text: string): boolean =>
  /^(?:https?:\/\/)?[\w-]+(?:\.[\w-]+)+(?:\/\S*)?$/i.test(text);

/** Lines of a page's head that can be a masthead; longer lines are headlines or text. */
const MASTHEAD_LINES = 12;
const MASTHEAD_CHARS = 60;

function mastheadOf(text: string, registry: SourceRegistry): { source: SourceRecord; line: string } | null {
  let seen = 0;
  for (const raw of text.slice(0, 4000).split('\n')) {
    const line = raw.replace(/^#{1,6}\s+|[*_]{1,3}/g, '').trim();
    if (line === '') continue;
    if (++seen > MASTHEAD_LINES) break;
    if (line.length > MASTHEAD_CHARS) continue;
    const source = registry.findByName(line);
    if (source) return { source, line };
  }
  return null;
}

export function matchDocumentSource(document: MatchedDocument, context: MatchContext): SourceMatch | null {
  const { registry, hint } = context;
  const match = (
    source: SourceRecord | undefined,
    how: SourceMatchKind,
    evidence: string,
  ): SourceMatch | null => (source ? { source_id: source.id, how, evidence } : null);

  const stated = document.source?.trim();
  // prepareDocument falls back to the hint's words for `source`: those are not the document's own.
  if (stated && stated !== hint?.name && !(hint && registry.findByName(stated) === hint)) {
    const found = looksLikeAddress(stated)
      ? match(registry.findByDomain(stated), 'domain', stated)
      : match(registry.findByLeadingName(stated), 'metadata', stated);
    if (found) return found;
  }
  for (const address of [document.url, document.file]) {
    if (address && /^https?:\/\//i.test(address)) {
      const found = match(registry.findByDomain(address), 'domain', address);
      if (found) return found;
    }
  }
  const masthead = mastheadOf(document.text, registry);
  if (masthead) return { source_id: masthead.source.id, how: 'masthead', evidence: masthead.line };
  const author = document.author?.trim();
  if (author) {
    const found = match(registry.findByLeadingName(author), 'byline', author);
    if (found) return found;
  }
  if (hint) return { source_id: hint.id, how: 'hint', evidence: hint.name };
  const mention = registry.mentions().find(document.text);
  return mention ? { source_id: mention.source.id, how: 'text', evidence: mention.evidence } : null;
}
