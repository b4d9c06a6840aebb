import { describe, expect, it } from 'vitest';
import type { Statement } from '../core/types.js';
import { overlapRatio, readRelations, scoreArticle } from './polnear.js';

// Written for this test in PolNeAR's brat shape; no corpus text.
const text = '“We will win,” Smith said. “The count is wrong.”\nJones said that the vote was fair.';
const ann = [
  'T1\tSource 15 20\tSmith',
  'T2\tCue 21 25\tsaid',
  'T3\tContent 0 14;27 48\t“We will win,” “The count is wrong.”',
  'T4\tAttribution 21 25\tsaid',
  'E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1',
  'T5\tSource 49 54\tJones',
  'T6\tCue 55 59\tsaid',
  'T7\tContent 60 82\tthat the vote was fair',
  'E2\tAttribution:T6 Content:T7 Cue:T6 Source:T5',
].join('\n');

function statement(start: number, end: number, name: string): Statement {
  return {
    span: [start, end],
    quote: text.slice(start, end),
    quote_span: [start, end],
    direct: false,
    speaker: { name, role: null, organization: null },
    verb: 'said',
    when: null,
    chain: [],
  };
}

describe('readRelations()', () => {
  it('keeps the pieces of a discontinuous content and joins the parts of an event', () => {
    const relations = readRelations(ann);
    expect(relations).toHaveLength(2);
    expect(relations[0]?.pieces).toEqual([
      [0, 14],
      [27, 48],
    ]);
    expect(relations[1]?.source).toEqual([49, 54]);
  });
});

describe('scoreArticle()', () => {
  it('credits one speaker’s two statements covering a split quotation and counts a stray one as false', () => {
    const tally = { gold: 0, predicted: 0, content: 0, exact: 0, source: 0, cue: 0 };
    const found = [
      statement(1, 13, 'Smith'),
      statement(28, 47, 'Smith'),
      statement(65, 82, 'Jones'),
      statement(49, 54, 'Nobody'),
    ];
    scoreArticle(text, readRelations(ann), found, tally);
    expect(tally).toMatchObject({ gold: 2, content: 2, source: 2, cue: 2, predicted: 3 });
  });

  it('measures overlap over the longer span', () => {
    expect(overlapRatio([0, 10], [5, 10])).toBe(0.5);
    expect(overlapRatio([0, 4], [6, 9])).toBe(0);
  });
});
