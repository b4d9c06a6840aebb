import { createHash } from 'node:crypto';

/**
 * Mints stable ids for one extraction's statements or events: prefix + 16 hex of
 * sha256(document + ':' + start + ':' + end + ':' + type). Items sharing all of these within one
 * extraction get ':2', ':3', … appended in order, so a rebuild reproduces every id exactly.
 */
export function itemIdMinter(
  prefix: 'st_' | 'ev_',
  document: string,
): (span: readonly [number, number], type: string) => string {
  const seen = new Map<string, number>();
  return (span, type) => {
    const base = `${document}:${span[0]}:${span[1]}:${type}`;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    const input = count === 1 ? base : `${base}:${count}`;
    return prefix + createHash('sha256').update(input, 'utf8').digest('hex').slice(0, 16);
  };
}
