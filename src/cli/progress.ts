/**
 * Ingest progress: a bar with counts and rate on a terminal, plain lines otherwise,
 * nothing (but rejections on stderr) with --json.
 * @module
 */
import type { IngestProgress } from '../app/index.js';
import { shortId, warn } from './output.js';

export interface ProgressView {
  update(event: IngestProgress): void;
  stop(): void;
}

export async function createProgressView(
  mode: 'bar' | 'lines' | 'quiet',
  total: number | null,
): Promise<ProgressView> {
  let done = 0;
  let bytes = 0;
  const started = performance.now();
  const rate = (): string => (bytes / 1e6 / Math.max((performance.now() - started) / 1000, 0.001)).toFixed(1);

  if (mode === 'bar') {
    const { default: cliProgress } = await import('cli-progress');
    const bar = new cliProgress.SingleBar(
      {
        format:
          'ingest {bar} {value}/{total} inputs | {mb} MB | {rate} MB/s | {rejected} refused | eta {eta_formatted}',
        hideCursor: true,
        stream: process.stderr,
        etaBuffer: 50,
      },
      cliProgress.Presets.shades_classic,
    );
    let rejected = 0;
    bar.start(total ?? 0, 0, { mb: '0.0', rate: '0.0', rejected: 0 });
    return {
      update(event) {
        done++;
        if (event.type === 'rejected') {
          rejected++;
          process.stderr.write(`\r\u001b[2K${event.message}\n`);
        } else bytes += event.bytes;
        if (total !== null && done > total) bar.setTotal(done);
        bar.update(done, { mb: (bytes / 1e6).toFixed(1), rate: rate(), rejected });
      },
      stop: () => bar.stop(),
    };
  }

  return {
    update(event) {
      done++;
      if (event.type === 'rejected') {
        warn(event.message);
        return;
      }
      bytes += event.bytes;
      if (mode === 'lines')
        process.stdout.write(`${event.type.padEnd(11)} ${shortId(event.id)}  ${event.input}\n`);
    },
    stop() {},
  };
}
