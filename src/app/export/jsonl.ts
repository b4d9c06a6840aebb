/**
 * Everything, one JSON object a line: a header, every source (shipped and registered), then
 * every ledger entry in order, whole, with its hash. The entries alone rebuild a store (they
 * are what `sanad rebuild` replays) and their chain can be verified.
 * @module
 */
import type { ExportFormat } from './export-format.js';

export const JSONL_FORMAT_VERSION = 1;

export const jsonl: ExportFormat = {
  name: 'jsonl',
  description: 'everything, one object a line: sources, then every ledger entry in order',
  extension: 'jsonl',
  async write(sanad, sink) {
    const stats = await sanad.stats();
    await sink(
      `${JSON.stringify({ type: 'header', format: 'sanad-jsonl', version: JSONL_FORMAT_VERSION, ledger_head: stats.head, entries: stats.lastSeq })}\n`,
    );
    for (const source of await sanad.sources())
      await sink(`${JSON.stringify({ type: 'source', ...source })}\n`);
    for await (const entry of sanad.ledgerEntries())
      await sink(`${JSON.stringify({ type: 'entry', ...entry })}\n`);
  },
};
