/**
 * The thread regroup-helper.ts starts: groups and judges the events of its types, read from the
 * store's file, and posts the propositions a batch at a time, then 'done' (or 'failed').
 * @module
 */
import { parentPort, workerData } from 'node:worker_threads';
import { buildAssertions, createPropositionGrouper, judgeWith, latestReviews } from '../analysis/index.js';
import { readClaimInputPages } from '../store/index.js';
import type { RegroupHelperReply, RegroupHelperRequest } from './regroup-helper.js';

const port = parentPort;
if (!port) throw new Error('regroup-worker.js runs as a worker thread of regroup-helper.ts');
const { file, types, reviews } = workerData as RegroupHelperRequest;
const post = (reply: RegroupHelperReply): void => port.postMessage(reply);

try {
  const judge = judgeWith(latestReviews(reviews));
  const grouper = createPropositionGrouper();
  for await (const { events, statements } of readClaimInputPages(file, types)) {
    post({ type: 'propositions', propositions: grouper.add(buildAssertions(events, statements)).map(judge) });
  }
  post({ type: 'propositions', propositions: grouper.finish().map(judge) });
  post({ type: 'done' });
} catch (error) {
  post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
}
