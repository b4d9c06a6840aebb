import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createDefaultPipeline } from '../../default-preset.js';
import { createPipeline } from '../../pipeline.js';
import { quantitiesAnnotator } from './quantities-annotator.js';

function sample(path: string): string {
  const raw = readFileSync(new URL(`../../../../samples/${path}`, import.meta.url), 'utf8');
  return raw.replace(/^---\n[\s\S]*?\n---\n/, '');
}

function run(text: string, language = 'en') {
  return createPipeline().use(quantitiesAnnotator).run({ text, language, published: null, source: null });
}

describe('quantitiesAnnotator', () => {
  it('fills the quantities of an English report, each span slicing to its text', () => {
    const text = sample('en/2019-12-16-amnesty-aban-304.md');
    const { quantities } = run(text);
    expect(quantities.map((q) => [q.text, q.low, q.high, q.qualifier, q.unit])).toEqual([
      ['At least 304', 304, null, 'at_least', 'people'],
      ['thousands', 2000, 9999, 'vague', 'people'],
      ['dozens', 24, 99, 'vague', 'cities'],
      ['8', 8, 8, 'exact', 'provinces'],
      ['Thousands', 2000, 9999, 'vague', 'people'],
      ['731', 731, 731, 'exact', 'banks'],
      ['140', 140, 140, 'exact', 'sites'],
    ]);
    for (const q of quantities) expect(text.slice(q.span[0], q.span[1])).toBe(q.text);
  });

  it('fills the quantities of a Persian report written with Persian digits', () => {
    const { quantities } = run(sample('fa/2022-11-05-hrana-protests-day50.md'), 'fa');
    expect(quantities.map((q) => [q.text, q.low, q.qualifier, q.counted])).toEqual([
      ['دست‌کم ۳۱۸', 318, 'at_least', 'معترض'],
      ['۴۹', 49, 'exact', 'کودک'],
      ['۱۳۴', 134, 'exact', 'شهر'],
      ['۱۳۲', 132, 'exact', 'دانشگاه'],
      ['۱۴ هزار و ۱۶۰', 14160, 'exact', 'بازداشت‌شدگان'],
      ['۲۷۶۶', 2766, 'exact', 'بازداشت‌شدگان'],
      ['۳۸۵', 385, 'exact', 'دانشجو'],
      ['۳۸', 38, 'exact', 'نیروهای حکومتی'],
      ['ده‌ها', 24, 'vague', 'نماز‌گزار و معترض'],
      ['حدود هزار', 1000, 'about', 'نفر'],
    ]);
  });

  it('reports a year it would not count although people follow it', () => {
    const { quantities, diagnostics } = run('The 1988 prisoners were executed in secret.');
    expect(quantities).toEqual([]);
    expect(diagnostics).toEqual([
      expect.objectContaining({
        source: 'quantities',
        ruleId: 'year-or-count',
        place: [4, 8],
        severity: 'info',
      }),
    ]);
  });

  it('is part of the default pipeline', () => {
    const pipeline = createDefaultPipeline();
    expect(pipeline.version).toContain(`quantities@${quantitiesAnnotator.version}`);
    const { quantities } = pipeline.run({
      text: 'About 200 people died.',
      language: 'en',
      published: null,
      source: null,
    });
    expect(quantities).toHaveLength(1);
  });
});
