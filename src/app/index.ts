export { configFromEnv, DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS, type SanadConfig } from './config.js';
export { openSanad, verify, ledgerPath, type Sanad } from './sanad.js';
export { sampleInputs, samplesFolder } from './samples.js';
export type { IngestOptions, IngestProgress, IngestSummary } from './ingest-documents.js';
export { extractFiles, toContract, CONTRACT_VERSION, type ExtractResult } from './extract-files.js';
export { summarize, type Summary } from './summary.js';
