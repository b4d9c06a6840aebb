/**
 * A worker thread of the extraction pool (extraction-pool.ts): builds the default extraction
 * pipeline, says which version it is, then extracts each document it is sent.
 * @module
 */
import { parentPort } from 'node:worker_threads';
import { createDefaultPipeline } from '../extract/index.js';
import type { ExtractionReply, ExtractionRequest } from './extraction-pool.js';

const port = parentPort;
if (!port) throw new Error('extraction-worker.js runs as a worker thread of the extraction pool');
const pipeline = createDefaultPipeline();
port.postMessage({ type: 'ready', version: pipeline.version } satisfies ExtractionReply);
port.on('message', ({ id, document }: ExtractionRequest) => {
  let reply: ExtractionReply;
  try {
    reply = { type: 'done', id, extraction: pipeline.run(document) };
  } catch (error) {
    reply = { type: 'failed', id, message: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(reply);
});
