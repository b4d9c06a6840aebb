export { configFromEnv, DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS, type SanadConfig } from './config.js';
export { openSanad, verify, ledgerPath, type Sanad } from './sanad.js';
export { sampleInputs, samplesFolder } from './samples.js';
export type { IngestOptions, IngestProgress, IngestSummary } from './ingest-documents.js';
export { extractFiles, toContract, CONTRACT_VERSION, type ExtractResult } from './extract-files.js';
export { summarize, type Summary } from './summary.js';
export {
  searchWithFacets,
  type FacetedHit,
  type FacetedResults,
  type Facets,
  type SearchFilters,
} from './search-with-facets.js';
export { eventTimeline, type Timeline, type TimelineBucket, type TimelineQuery } from './event-timeline.js';
export {
  eventMap,
  iranBasePoints,
  placeName,
  type EventMap,
  type MapCount,
  type MapPoint,
  type MapQuery,
} from './event-map.js';
export { regroup, type PropositionView, type ReviewRequest } from './claims.js';
export { currentRegistry, type SourceChanges, type SourceInput } from './register-source.js';
export {
  EXPORT_FORMATS,
  exportFormat,
  exportTo,
  type ExportFormat,
  type ExportSink,
} from './export/index.js';
export {
  queueInputs,
  describeWorkerTimings,
  runWorker,
  queueOf,
  type QueueSummary,
  type WorkerOptions,
  type WorkerSummary,
  type WorkerTimings,
} from './ingest-queue.js';
