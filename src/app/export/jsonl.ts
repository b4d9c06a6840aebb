/**
 * Everything, one JSON object a line: a header, every source (shipped and registered), then
 * every ledger entry in order, whole, with its hash. The entries alone rebuild a store (they
 * are what `sanad rebuild` replays) and their chain can be verified. Each line is canonical JSON
 * (RFC 8785, what entry hashes are computed over), so the same ledger exports the same bytes
 * whichever store holds it.
 * @module
 */
import { canonicalJson } from '../../ledger/index.js';
import type { ExportFormat } from './export-format.js';

const line = (value: object): string => `${canonicalJson(value)!}\n`;

export const JSONL_FORMAT_VERSION = 1;

export const jsonl: ExportFormat = {
  name: 'jsonl',
  description: 'everything, one object a line: sources, then every ledger entry in order',
  extension: 'jsonl',
  async write(sanad, sink) {
    const stats = await sanad.stats();
    await sink(
      line({
        type: 'header',
        format: 'sanad-jsonl',
        version: JSONL_FORMAT_VERSION,
        ledger_head: stats.head,
        entries: stats.lastSeq,
      }),
    );
    for (const source of await sanad.sources()) await sink(line({ type: 'source', ...source }));
    for await (const entry of sanad.ledgerEntries()) await sink(line({ type: 'entry', ...entry }));
  },
};
