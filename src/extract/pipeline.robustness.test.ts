// Robustness of the default pipeline, whatever stages it holds: it never throws (a stage
// that throws shows up as a "stage-failed" diagnostic, since the pipeline guards each
// stage), every span lies inside the text and equals the item's text, and no input makes it
// hang: the known worst cases of regular expressions finish in under a second each.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Extraction, Span, Time } from '../core/types.js';
import { createDefaultPipeline } from './default-preset.js';

const pipeline = createDefaultPipeline();
const PUBLISHED: Time = { start: '2019-11-27', end: '2019-11-27', precision: 'day' };

function run(text: string, language = 'en', published: Time | null = PUBLISHED): Extraction {
  return pipeline.run({ text, language, published, source: 'Tasnim News Agency' });
}

function spanProblem(text: string, span: Span, what: string): string | null {
  const [start, end] = span;
  const ok =
    Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= text.length;
  return ok ? null : `${what}: span [${start}, ${end}] is outside a text of length ${text.length}`;
}

/** Everything wrong with an extraction's spans; empty when every span holds. */
function problems(text: string, found: Extraction): string[] {
  const out: (string | null)[] = [];
  const items = [
    ...found.quantities.map((q) => ['quantity', q] as const),
    ...found.dates.map((d) => ['date', d] as const),
    ...found.places.map((p) => ['place', p] as const),
    ...found.entities.map((e) => ['entity', e] as const),
  ];
  for (const [what, item] of items) {
    const bad = spanProblem(text, item.span, what);
    out.push(bad);
    if (bad === null && text.slice(item.span[0], item.span[1]) !== item.text) {
      out.push(
        `${what}: text ${JSON.stringify(item.text)} differs from its span's ${JSON.stringify(text.slice(...item.span))}`,
      );
    }
  }
  for (const statement of found.statements) {
    out.push(spanProblem(text, statement.span, 'statement'));
    const quoteBad = spanProblem(text, statement.quote_span, 'statement quote');
    out.push(quoteBad);
    if (quoteBad === null && text.slice(...statement.quote_span) !== statement.quote) {
      out.push(`statement: quote ${JSON.stringify(statement.quote)} differs from its quote_span's text`);
    }
  }
  for (const event of found.events) out.push(spanProblem(text, event.span, `event ${event.type}`));
  for (const d of found.diagnostics) {
    if (d.place !== null) out.push(spanProblem(text, d.place, `diagnostic ${d.ruleId}`));
    if (d.ruleId === 'stage-failed') out.push(d.message);
  }
  return out.filter((p): p is string => p !== null);
}

/** Words and marks the annotators react to, so random text reaches their rules. */
const TOKENS = [
  'said', 'told', 'according to', 'claimed', 'reported', 'Tasnim', 'Reuters', 'IRGC', 'MEK',
  'Khamenei', 'Ali', 'Mr.', 'Intelligence Minister', 'Tehran', 'Mashhad', 'Iran', 'Reading',
  'more than', 'at least', 'about', 'nearly', 'up to', 'tens of', 'hundreds of thousands of',
  'thousands', 'half-a-million', 'sixty', 'a thousand', '120,000', '1,500', '1.5', '30%', '1988',
  '2017', 'June 20, 1981', 'summer of', 'last November', 'Dec 2017 / Jan 2018', 'between', 'and',
  'the 1970s', 'in1971', 'protest', 'executed', 'arrested', 'killed', 'sentenced', 'cities',
  'people', 'members', '"', '"', '“', '”', '«', '»', "'", '‘', '’', ':', '.', ',', ';', '(', ')',
  '-', '–', '/', '\n', '\n\n', '\t', ' ', '\u200C', '\u200E', '\u200F', '\u202B', '\u202C',
  '\u061C', '\uFEFF', '\u0000', '\uD800', '\uDC00', '😀', 'e\u0301', 'گفت', 'اعلام کرد',
  'به گفته', 'بیش از', 'حدود', 'دست‌کم', 'هزاران', 'صد و بیست هزار', '۱۲۰', '۱۴ آبان ۱۴۰۱',
  'آبان ۹۸', 'تابستان ۶۷', '٣٠', '٬', '٫', 'تهران', 'مشهد', 'سپاه', 'منافقین', 'اعدام', 'تجمع',
  'ي', 'ك', 'ـ',
]; // prettier-ignore

const soup = fc
  .array(
    fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...TOKENS) }, { weight: 1, arbitrary: fc.string() }),
    {
      maxLength: 80,
    },
  )
  .chain((parts) =>
    fc
      .array(fc.constantFrom(' ', '', '\n', ' '), { minLength: parts.length, maxLength: parts.length })
      .map((gaps) => parts.map((p, i) => p + gaps[i]!).join('')),
  );

const anyUnicode = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: fc.constantFrom(...TOKENS.join('')), maxLength: 400 }),
);

/** Quotation marks of every style, unbalanced and nested. */
const quotes = fc
  .array(
    fc.oneof(
      fc.constantFrom('"', '“', '”', '«', '»', "'", '‘', '’', '‹', '›', '„', '「', '」'),
      fc.constantFrom('He said ', 'گفت: ', 'Tasnim reported: ', 'protests in 32 cities', ' '),
      fc.string({ maxLength: 12 }),
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(''));

const language = fc.constantFrom('en', 'fa', 'und');
const published = fc.constantFrom<Time | null>(null, PUBLISHED, {
  start: '1988',
  end: '1988',
  precision: 'year',
});

beforeAll(() => {
  // Loading the gazetteer and rules happens once; keep it out of the timed cases.
  run('Tehran, 2019: more than 1,000 people, Tasnim said.');
  run('به گفته تسنیم، بیش از ۱۲۰ هزار نفر در تهران.', 'fa');
});

describe('default pipeline robustness', () => {
  it('never fails and keeps every span inside the text on random Unicode', () => {
    fc.assert(
      fc.property(anyUnicode, language, published, (text, lang, when) => {
        expect(problems(text, pipeline.run({ text, language: lang, published: when, source: null }))).toEqual(
          [],
        );
      }),
      { numRuns: 300 },
    );
  });

  it('keeps every span equal to its text on mixed English, Persian, digits and direction marks', () => {
    fc.assert(
      fc.property(soup, language, published, (text, lang, when) => {
        expect(problems(text, pipeline.run({ text, language: lang, published: when, source: null }))).toEqual(
          [],
        );
      }),
      { numRuns: 400 },
    );
  });

  it('keeps every span equal to its text with unbalanced and nested quotation marks', () => {
    fc.assert(
      fc.property(quotes, language, (text, lang) => {
        expect(problems(text, run(text, lang))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    ['English', 'On December 31, 2017, Tasnim said: "more than 1,500 people protested in 32 cities." '],
    ['Persian', 'به گفته خبرگزاری تسنیم، دست‌کم ۱۲۰ هزار نفر در ۱۴ آبان ۱۴۰۱ در تهران تجمع کردند؛ '],
    ['a token soup', fc.sample(soup, { numRuns: 40, seed: 7 }).join(' ')],
  ])('handles a 1 MB line of %s', (_, unit) => {
    const text = unit
      .replace(/\n/g, ' ')
      .repeat(Math.ceil(1e6 / unit.length))
      .slice(0, 1_000_000);
    const started = performance.now();
    const found = run(text, /[\u0600-\u06FF]/.test(unit) ? 'fa' : 'en');
    // Generous: a hang, not a slow machine, is what this catches.
    expect(performance.now() - started).toBeLessThan(30_000);
    expect(problems(text, found)).toEqual([]);
  });
});

/** Inputs known to make backtracking regular expressions explode, each ~30,000 characters. */
const WORST_CASES: ReadonlyArray<readonly [string, string]> = [
  ['digits with comma separators', '1,'],
  ['digits with dot separators', '1.'],
  ['a run of digits', '1'],
  ['digits and spaces', '1 '],
  ['Persian digits with Arabic separators', '۱٬'],
  ['digits with direction marks', '\u200F1\u200E,'],
  ['number words joined by "and"', 'one hundred and '],
  ['Persian number words joined by و', 'هزار و '],
  ['stacked qualifiers', 'more than at least about '],
  ['vague amounts', 'tens of thousands of hundreds of '],
  ['spaces', ' '],
  ['tabs and newlines', '\t\n '],
  ['dots', '.'],
  ['dots and spaces', '. '],
  ['straight double quotes', '"'],
  ['curly quotes', '“'],
  ['guillemets', '«'],
  ['apostrophes', "'"],
  ['unclosed quotations after a verb', 'he said "a '],
  ['attribution chains', 'according to '],
  ['Persian letters with ZWNJ', 'ب\u200C'],
  ['Persian words with ZWNJ', 'می\u200Cشود '],
  ['capitalized words', 'Ali '],
  ['titles', 'Mr. '],
  ['month names', 'December '],
  ['slashed dates', '12/'],
  ['ISO-like dates', '2017-'],
  ['hyphens', 'a-'],
  ['dashes between numbers', '1–'],
  ['possessives', "Iran's "],
  ['opening brackets', '('],
  ['commas', ','],
];

describe('default pipeline worst cases', () => {
  it.each(WORST_CASES)('finishes %s in under a second', (_, unit) => {
    const base = unit.repeat(Math.ceil(30_000 / unit.length));
    for (const text of [base, `${base}x!`]) {
      for (const lang of ['en', 'fa']) {
        const started = performance.now();
        const found = run(text, lang);
        expect(performance.now() - started, `${lang}, ${text.length} characters`).toBeLessThan(1000);
        expect(problems(text, found)).toEqual([]);
      }
    }
  });
});
