import { SanadError } from '../../core/errors.js';
import { searchForm } from '../../core/text.js';
import type { EventFilter } from '../projection-store.js';
import type { SqlValue } from './driver.js';
import { clampLimit } from './_limits.js';

const DAY = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const DEFAULT_LIMIT = 100;
const MAX_LIMIT = 100_000;

/** A day, month or year as the first (`edge: 'start'`) or last day it covers, `YYYY-MM-DD`. */
function dayOf(value: string, edge: 'start' | 'end', name: string): string {
  const match = DAY.exec(value.trim());
  if (!match) {
    throw new SanadError(
      'SANAD_INVALID_ARGUMENT',
      `Cannot list events: "${name}" must be a day as YYYY-MM-DD (or YYYY-MM, YYYY), got "${value}"`,
    );
  }
  const [, year, month, day] = match;
  // '31' for any month is fine: days are compared as strings, never parsed.
  return `${year}-${month ?? (edge === 'start' ? '01' : '12')}-${day ?? (edge === 'start' ? '01' : '31')}`;
}

/** The SQL and parameters that list events matching `filter`, newest first, undated last, ties by id. */
export function eventListQuery(filter: EventFilter): { sql: string; params: SqlValue[] } {
  const where: string[] = [];
  const params: SqlValue[] = [];
  if (filter.type !== undefined) {
    where.push('e.type = ?');
    params.push(filter.type.trim().toLowerCase());
  }
  if (filter.from !== undefined) {
    where.push('e.when_end >= ?');
    params.push(dayOf(filter.from, 'start', 'from'));
  }
  if (filter.to !== undefined) {
    where.push('e.when_start <= ?');
    params.push(dayOf(filter.to, 'end', 'to'));
  }
  if (filter.place !== undefined) {
    where.push('EXISTS (SELECT 1 FROM event_places p WHERE p.event_key = e.key AND p.name_form = ?)');
    params.push(searchForm(filter.place).trim());
  }
  params.push(clampLimit(filter.limit, DEFAULT_LIMIT, MAX_LIMIT));
  const sql =
    'SELECT e.id AS id, e.document AS document, e.body AS body FROM events e' +
    (where.length > 0 ? ` WHERE ${where.join(' AND ')}` : '') +
    ' ORDER BY CASE WHEN e.when_start IS NULL THEN 1 ELSE 0 END, e.when_start DESC, e.id LIMIT ?';
  return { sql, params };
}
