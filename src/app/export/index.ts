/**
 * `sanad export`: the formats by name. Add a format by writing its module and listing it here.
 * @module
 */
import { SanadError } from '../../core/errors.js';
import type { Sanad } from '../sanad.js';
import { acledCsv } from './acled-csv.js';
import { claimreview } from './claimreview.js';
import type { ExportFormat, ExportSink } from './export-format.js';
import { geojson } from './geojson.js';
import { jsonl } from './jsonl.js';

export const EXPORT_FORMATS: readonly ExportFormat[] = [acledCsv, geojson, jsonl, claimreview];

export function exportFormat(name: string): ExportFormat {
  const format = EXPORT_FORMATS.find((candidate) => candidate.name === name);
  if (format) return format;
  throw new SanadError(
    'SANAD_INVALID_ARGUMENT',
    `Cannot export as "${name}": no such format; use one of ${EXPORT_FORMATS.map((f) => f.name).join(', ')}`,
  );
}

/** Writes the store in `formatName` to `sink`. */
export async function exportTo(sanad: Sanad, formatName: string, sink: ExportSink): Promise<void> {
  await exportFormat(formatName).write(sanad, sink);
}

export type { ExportFormat, ExportSink } from './export-format.js';
export { ACLED_COLUMNS } from './acled-csv.js';
