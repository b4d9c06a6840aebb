/**
 * The thread regroup-helper.ts starts: waits for its share, then groups and judges the events of
 * its types, read from the store's file, and posts the propositions a batch at a time, then 'done'
 * (or 'failed').
 * @module
 */
import { parentPort } from 'node:worker_threads';
import { buildAssertions, createPropositionGrouper, judgeWith, latestReviews } from '../analysis/index.js';
import { readClaimInputPages } from '../store/index.js';
import type { RegroupHelperReply, RegroupHelperRequest } from './regroup-helper.js';

const port = parentPort;
if (!port) throw new Error('regroup-worker.js runs as a worker thread of regroup-helper.ts');
const post = (reply: RegroupHelperReply): void => port.postMessage(reply);

async function group({ file, types, reviews }: RegroupHelperRequest): Promise<void> {
  const judge = judgeWith(latestReviews(reviews));
  const grouper = createPropositionGrouper();
  for await (const { events, statements } of readClaimInputPages(file, types)) {
    post({ type: 'propositions', propositions: grouper.add(buildAssertions(events, statements)).map(judge) });
  }
  post({ type: 'propositions', propositions: grouper.finish().map(judge) });
  post({ type: 'done' });
}

// Started ahead (see prepareRegroupHelper), it waits for its share.
port.once('message', (request: RegroupHelperRequest) => {
  group(request).catch((error: unknown) =>
    post({ type: 'failed', message: error instanceof Error ? error.message : String(error) }),
  );
});
