import { describe, expect, it } from 'vitest';
import type { DateMention } from '../core/types.js';
import { scoreDateCases, type RecognizersCase } from './recognizers-dates.js';

const REFERENCE = { ReferenceDateTime: '2019-06-10T00:00:00' };

function counts(cases: readonly RecognizersCase[], read?: (text: string) => DateMention[]): string[] {
  const score = read ? scoreDateCases(cases, read) : scoreDateCases(cases);
  return score.scores.map((s) => `${s.field} ${s.tp}/${s.fp}/${s.fn}`);
}

describe('scoreDateCases()', () => {
  it('scores a date found and resolved, and ignores a time of day it was not asked for', () => {
    const input = 'They met on June 5, 2019 at 3pm.';
    const cases: RecognizersCase[] = [
      {
        Input: input,
        Context: REFERENCE,
        Results: [
          {
            Text: 'june 5, 2019',
            Start: 12,
            End: 23,
            TypeName: 'datetimeV2.date',
            Resolution: { values: [{ type: 'date', value: '2019-06-05' }] },
          },
          { Text: '3pm', Start: 28, End: 30, TypeName: 'datetimeV2.time' },
        ],
      },
    ];
    expect(counts(cases)).toEqual(['dates.span 1/0/0', 'dates.span_exact 1/0/0', 'dates.resolved 1/0/0']);
  });

  it('accepts "from 2014 to 2018" ending with 2018 as well as before it', () => {
    const cases: RecognizersCase[] = [
      {
        Input: 'Sales grew from 2014 to 2018.',
        Context: REFERENCE,
        Results: [
          {
            Text: 'from 2014 to 2018',
            Start: 11,
            End: 27,
            TypeName: 'datetimeV2.daterange',
            Resolution: {
              values: [
                {
                  timex: '(2014-01-01,2018-01-01,P4Y)',
                  type: 'daterange',
                  start: '2014-01-01',
                  end: '2018-01-01',
                },
              ],
            },
          },
        ],
      },
    ];
    expect(counts(cases)).toEqual(['dates.span 1/0/0', 'dates.span_exact 1/0/0', 'dates.resolved 1/0/0']);
  });

  it('counts a wrong day as a false positive and a false negative, and a stray date as a false positive', () => {
    const cases: RecognizersCase[] = [
      {
        Input: 'It closed on May 3.',
        Context: REFERENCE,
        Results: [
          {
            Text: 'may 3',
            Start: 13,
            End: 17,
            TypeName: 'datetimeV2.date',
            Resolution: { values: [{ type: 'date', value: '2019-05-03' }] },
          },
        ],
      },
      { Input: 'Nothing here.', Context: REFERENCE, Results: [] },
    ];
    const wrong = (text: string): DateMention[] =>
      text.startsWith('It')
        ? [
            {
              text: 'May 3',
              span: [13, 18],
              calendar: 'gregorian',
              start: '2018-05-03',
              end: '2018-05-03',
              precision: 'day',
            },
          ]
        : [
            {
              text: 'Nothing',
              span: [0, 7],
              calendar: 'gregorian',
              start: '2019-01-01',
              end: '2019-01-01',
              precision: 'day',
            },
          ];
    expect(counts(cases, wrong)).toEqual([
      'dates.span 1/1/0',
      'dates.span_exact 1/1/0',
      'dates.resolved 0/2/1',
    ]);
  });
});
