/**
 * Sources: the registry of outlets, agencies, officials and organizations, and its lookups.
 * Data and pure lookup; imports only core.
 * @module
 */
export {
  SOURCE_GROUPS,
  SOURCE_KINDS,
  isSourceGroup,
  namesOf,
  sourceRecordSchema,
  type SourceGroup,
  type SourceKind,
  type SourceRecord,
} from './source-record.js';
export { SourceRegistry, loadSourceRegistry, parseSourceRecord } from './source-registry.js';
export { nameKey } from './name-key.js';
export { addressOf } from './domain-match.js';
export {
  SOURCE_MATCH_KINDS,
  matchDocumentSource,
  type MatchContext,
  type SourceMatch,
  type SourceMatchKind,
} from './match-document-source.js';
export { OutletMentionFinder, type OutletMention } from './outlet-mention.js';
