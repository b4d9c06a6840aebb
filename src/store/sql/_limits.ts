/** A whole number between 1 and `max`; `fallback` when the value is missing or not a number. */
export function clampLimit(value: number | undefined, fallback: number, max: number): number {
  if (value === undefined || !Number.isFinite(value)) return fallback;
  return Math.min(max, Math.max(1, Math.floor(value)));
}

/** A whole number of at least 0; 0 when the value is missing or not a number. */
export function clampOffset(value: number | undefined): number {
  return value === undefined || !Number.isFinite(value) ? 0 : Math.max(0, Math.floor(value));
}
