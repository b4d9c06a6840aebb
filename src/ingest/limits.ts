/**
 * Limits on what ingest reads: size and patience.
 * @module
 */

export interface IngestLimits {
  /** Largest input accepted, in bytes; checked by stat for files and while streaming for URLs. */
  readonly maxBytes: number;
  /** How long to wait for a URL to answer and send its body, in milliseconds. */
  readonly timeoutMs: number;
}

export const DEFAULT_LIMITS: IngestLimits = Object.freeze({ maxBytes: 20 * 1024 * 1024, timeoutMs: 15_000 });

/** "25.3 MB", "20 MB", "512 KB", "300 bytes": sizes as refusal messages show them. */
export function formatSize(bytes: number): string {
  const oneDecimal = (value: number): string => value.toFixed(1).replace(/\.0$/, '');
  if (bytes >= 1024 * 1024) return `${oneDecimal(bytes / (1024 * 1024))} MB`;
  if (bytes >= 1024) return `${oneDecimal(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

/** The reason given for an input over the size limit; `bytes` null when the size is unknown (streaming). */
export function tooLargeReason(bytes: number | null, limits: IngestLimits): string {
  const limit = `the ${formatSize(limits.maxBytes)} limit`;
  return bytes === null
    ? `grew past ${limit} while downloading (set --max-mb)`
    : `${formatSize(bytes)} is over ${limit} (set --max-mb)`;
}
