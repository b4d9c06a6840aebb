import { describe, expect, it } from 'vitest';
import { emptyExtraction, type Extraction, type Span } from '../core/types.js';
import { compareDocument } from './compare-fields.js';
import type { LocatedGold } from './locate-gold.js';

const text =
  'About 1,500 people were killed in Tehran, officials told Reuters. Amnesty International said at least 304 died.';
const at = (needle: string): Span => {
  const start = text.indexOf(needle);
  return [start, start + needle.length];
};

const gold: LocatedGold = {
  quantities: [
    { gold: { text: 'About 1,500', low: 1500, high: 1500, qualifier: 'about' }, span: at('About 1,500') },
    { gold: { text: 'at least 304', low: 304, high: null, qualifier: 'at_least' }, span: at('at least 304') },
  ],
  dates: [],
  places: [{ gold: { text: 'Tehran', name: 'Tehran' }, span: at('Tehran') }],
  persons: [],
  organizations: [
    { gold: { text: 'Reuters', name: 'Reuters' }, span: at('Reuters') },
    {
      gold: { text: 'Amnesty International', name: 'Amnesty International' },
      span: at('Amnesty International'),
    },
  ],
  statements: [
    {
      gold: {
        quote: 'About 1,500 people were killed in Tehran',
        speaker: 'officials',
        chain: ['Reuters', 'officials'],
      },
      span: at('About 1,500 people were killed in Tehran'),
    },
    {
      gold: {
        quote: 'at least 304 died',
        speaker: 'Amnesty International',
        chain: ['Reuters', 'Amnesty International'],
      },
      span: at('at least 304 died'),
    },
  ],
  events: [
    { type: 'killing', where: ['Tehran'], when: null, counts: { killed: { low: 1500, high: 1500 } } },
    { type: 'killing', where: [], when: null, counts: { killed: { low: 304, high: null } } },
  ],
  problems: [],
  unlisted: [],
};

const nothing = emptyExtraction();

describe('compareDocument()', () => {
  it('counts every gold item as missed when nothing is found', () => {
    const { fields } = compareDocument(text, gold, nothing);
    expect(fields.quantities).toEqual({ tp: 0, fp: 0, fn: 2 });
    expect(fields.events).toEqual({ tp: 0, fp: 0, fn: 2 });
  });

  it('wants a quantity’s qualifier and bounds, not only its span', () => {
    const found: Extraction = {
      ...nothing,
      quantities: [
        {
          text: '1,500',
          span: at('1,500'),
          low: 1500,
          high: 1500,
          qualifier: 'exact',
          approximate: false,
          unit: null,
          counted: null,
        },
        {
          text: 'at least 304',
          span: at('at least 304'),
          low: 304,
          high: null,
          qualifier: 'at_least',
          approximate: false,
          unit: null,
          counted: null,
        },
      ],
    };
    const result = compareDocument(text, gold, found);
    expect(result.fields.quantities).toEqual({ tp: 1, fp: 1, fn: 1 });
    expect(result.extra['quantities (span only)']).toEqual({ tp: 2, fp: 0, fn: 0 });
    expect(result.misses).toContain(
      'quantities: spurious "1,500" {"low":1500,"high":1500,"qualifier":"exact"}',
    );
  });

  it('matches a statement by half its quote and its speaker, and its chain separately', () => {
    const statement = (quote: string, speaker: string, chain: string[]) => ({
      span: at(quote),
      quote,
      quote_span: at(quote),
      direct: false,
      speaker: { name: speaker, role: null, organization: null },
      verb: 'said',
      when: null,
      chain: chain.map((name) => ({ name, kind: 'organization' as const })),
    });
    const found: Extraction = {
      ...nothing,
      statements: [
        statement('people were killed in Tehran', 'officials', ['Reuters']),
        statement('at least 304 died', 'Reuters', ['Reuters']),
      ],
    };
    const { fields } = compareDocument(text, gold, found);
    expect(fields.statements).toEqual({ tp: 1, fp: 1, fn: 1 });
    expect(fields.chains).toEqual({ tp: 0, fp: 2, fn: 2 });
  });

  it('pairs each found event with the gold event whose counts agree', () => {
    const event = (low: number) => ({
      type: 'killing' as const,
      span: at('died'),
      summary: 'killed',
      when: null,
      where: ['Tehran'],
      actors: [],
      targets: [],
      counts: { killed: { low, high: null } },
      asserted_by: null,
    });
    const { fields, extra } = compareDocument(text, gold, { ...nothing, events: [event(1500)] });
    expect(fields.events).toEqual({ tp: 1, fp: 0, fn: 1 });
    expect(extra['event counts (matched events)']).toEqual({ tp: 1, fp: 0, fn: 0 });
  });
});
