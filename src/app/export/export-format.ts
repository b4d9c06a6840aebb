/**
 * One export format: a name for `--format`, what it writes, and the writer.
 * @module
 */
import type { Sanad } from '../sanad.js';

/** Where an export writes its text, chunk by chunk. */
export type ExportSink = (chunk: string) => Promise<void> | void;

export interface ExportFormat {
  /** The `--format` value. */
  readonly name: string;
  readonly description: string;
  /** The usual file extension, without the dot. */
  readonly extension: string;
  write(sanad: Sanad, sink: ExportSink): Promise<void>;
}
