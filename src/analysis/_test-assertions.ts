import type { Assertion } from '../core/claims.js';
import type { Time } from '../core/types.js';

let next = 0;

/** A handmade assertion: a killing in Tehran in November 2019 by Amnesty, unless told otherwise. */
export function assertion(fields: Partial<Assertion> = {}): Assertion {
  next += 1;
  return {
    id: `as_${String(next).padStart(16, '0')}`,
    event: `ev_${String(next).padStart(16, '0')}`,
    statement: null,
    document: `sha256:${String(next).padStart(64, '0')}`,
    type: 'killing',
    measure: 'killed',
    when: month('2019-11'),
    where: ['Tehran'],
    actors: [],
    targets: [],
    holder: 'Amnesty International',
    group: 'rights-ngo',
    low: 304,
    high: null,
    chain: [{ name: 'Amnesty International', kind: 'outlet' }],
    evidence: 'At least 304 people were killed.',
    ...fields,
  };
}

export function day(date: string): Time {
  return { start: date, end: date, precision: 'day' };
}

export function month(yearMonth: string): Time {
  const [year, mon] = yearMonth.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(year, mon, 0)).getUTCDate();
  return { start: `${yearMonth}-01`, end: `${yearMonth}-${last}`, precision: 'month' };
}
