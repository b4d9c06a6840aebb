import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Quantity } from '../../../core/types.js';
import { findQuantities, scanQuantities } from './find-quantities.js';

type Row = [text: string, low: number | null, high: number | null, qualifier: Quantity['qualifier']];

function rows(text: string): Row[] {
  return findQuantities(text).map((q) => [q.text, q.low, q.high, q.qualifier]);
}

function only(text: string): Quantity {
  const found = findQuantities(text);
  expect(found, JSON.stringify(found)).toHaveLength(1);
  return found[0] as Quantity;
}

function skippedAs(text: string): string[] {
  return scanQuantities(text).skipped.map((s) => s.reason);
}

describe('findQuantities() reads numbers', () => {
  it('reads digits with thousands separators', () => {
    expect(rows('Police detained 120,000 people and 1,500 more were injured.')).toEqual([
      ['120,000', 120000, 120000, 'exact'],
      ['1,500', 1500, 1500, 'exact'],
    ]);
  });

  it('reads digits with a scale word or suffix', () => {
    expect(rows('The damage came to 2.5 million dollars, not $4bn.')).toEqual([
      ['2.5 million', 2500000, 2500000, 'exact'],
      ['$4bn', 4000000000, 4000000000, 'exact'],
    ]);
  });

  it('reads English number words', () => {
    expect(rows('Sixty prisoners, a thousand workers and half-a-million voters took part.')).toEqual([
      ['Sixty', 60, 60, 'exact'],
      ['a thousand', 1000, 1000, 'exact'],
      ['half-a-million', 500000, 500000, 'exact'],
    ]);
  });

  it('reads Persian and Arabic-Indic digits, keeping spans on the original text', () => {
    const text = 'گزارش‌ها از ۳۱۸ معترض و ٤٩ کودک حکایت دارد.';
    const found = findQuantities(text);
    expect(found.map((q) => [q.text, q.low])).toEqual([
      ['۳۱۸', 318],
      ['٤٩', 49],
    ]);
    for (const q of found) expect(text.slice(q.span[0], q.span[1])).toBe(q.text);
  });

  it('reads Persian number words, alone and mixed with digits', () => {
    expect(rows('صد و بیست هزار نفر آمدند و ۱۴ هزار و ۱۶۰ نفر بازداشت شدند.')).toEqual([
      ['صد و بیست هزار', 120000, 120000, 'exact'],
      ['۱۴ هزار و ۱۶۰', 14160, 14160, 'exact'],
    ]);
  });

  it('reads a Persian decimal written with a slash', () => {
    expect(only('تورم ۲/۵ درصد افزایش یافت.')).toMatchObject({ low: 2.5, unit: 'percent' });
  });
});

describe('findQuantities() reads vague amounts', () => {
  it.each([
    ['Tens of thousands of people marched.', 'Tens of thousands', 10000, 99999],
    ['Hundreds of thousands of people marched.', 'Hundreds of thousands', 100000, 999999],
    ['Several thousand workers went on strike.', 'Several thousand', 2000, 9999],
    ['Thousands of protesters were arrested.', 'Thousands', 2000, 9999],
    ['Dozens of cities joined.', 'Dozens', 24, 99],
    ['Several students were expelled.', 'Several', 3, 9],
    ['هزاران معترض به خیابان آمدند.', 'هزاران', 2000, 9999],
    ['ده‌ها شهر به اعتراضات پیوستند.', 'ده‌ها', 24, 99],
    ['اعتراضات در چند شهر آغاز شد.', 'چند', 3, 9],
  ])('reads %j', (text, written, low, high) => {
    expect(only(text)).toMatchObject({ text: written, low, high, qualifier: 'vague', approximate: true });
  });

  it('multiplies a vague amount by the scale after it', () => {
    expect(only('The losses ran to thousands of billions of rials.')).toMatchObject({
      text: 'thousands of billions',
      low: 2e12,
      high: 9999e9,
      unit: 'rials',
    });
  });

  it('needs a counted noun after "several" and "چند"', () => {
    // "several times", "چند روز پیش": no amount of anything.
    expect(findQuantities('He was summoned several times, and چند روز پیش again.')).toEqual([]);
  });
});

describe('findQuantities() reads qualifiers into intervals', () => {
  it.each([
    ['more than 120,000 people', 'more than 120,000', 120000, null, 'more_than', false],
    ['over 300 protesters', 'over 300', 300, null, 'more_than', false],
    ['at least 304 people', 'at least 304', 304, null, 'at_least', false],
    ['some 200 people', 'some 200', 200, 200, 'about', true],
    ['roughly 230 people', 'roughly 230', 230, 230, 'about', true],
    ['around 87,000 people', 'around 87,000', 87000, 87000, 'about', true],
    ['approximately 40 cities', 'approximately 40', 40, 40, 'about', true],
    ['nearly 1,500 people', 'nearly 1,500', 1500, 1500, 'about', true],
    ['up to 15,000 troublemakers', 'up to 15,000', null, 15000, 'at_most', false],
    ['fewer than 50 people', 'fewer than 50', null, 50, 'less_than', false],
    ['200 or more protesters', '200 or more', 200, null, 'at_least', false],
    ['بیش از ۵۰ مرکز', 'بیش از ۵۰', 50, null, 'more_than', false],
    ['حدود ۸۷ هزار نفر', 'حدود ۸۷ هزار', 87000, 87000, 'about', true],
    ['دست‌کم ۳۱۸ معترض', 'دست‌کم ۳۱۸', 318, null, 'at_least', false],
    ['دست کم ۳۱۸ معترض', 'دست کم ۳۱۸', 318, null, 'at_least', false],
    ['کمتر از ۱۰۰ نفر', 'کمتر از ۱۰۰', null, 100, 'less_than', false],
  ])('reads %j', (text, written, low, high, qualifier, approximate) => {
    expect(only(text)).toMatchObject({ text: written, low, high, qualifier, approximate });
  });

  it('does not take a qualifier across a sentence end', () => {
    expect(only('The strike was over. 300 workers went home.')).toMatchObject({
      text: '300',
      qualifier: 'exact',
    });
  });

  it('leaves "200 and more than 50" as two figures', () => {
    expect(rows('200 killed and more than 50 injured')).toEqual([
      ['200', 200, 200, 'exact'],
      ['more than 50', 50, null, 'more_than'],
    ]);
  });

  it('bounds a vague amount by its qualifier', () => {
    expect(only('more than several thousand people')).toMatchObject({
      low: 2000,
      high: null,
      qualifier: 'more_than',
    });
  });
});

describe('findQuantities() reads ranges', () => {
  it.each([
    ['between 40 and 45 of the dead', 'between 40 and 45', 40, 45],
    ['40 to 45 of the dead', '40 to 45', 40, 45],
    ['1,000-5,000 people', '1,000-5,000', 1000, 5000],
    ['three or four officials', 'three or four', 3, 4],
    ['2 to 3 million people', '2 to 3 million', 2000000, 3000000],
    ['بین صد و بیست هزار تا دویست هزار نفر', 'بین صد و بیست هزار تا دویست هزار', 120000, 200000],
    ['۳۰ تا ۴۰ نفر', '۳۰ تا ۴۰', 30, 40],
  ])('reads %j', (text, written, low, high) => {
    expect(only(text)).toMatchObject({ text: written, low, high, qualifier: 'range' });
  });

  it('reads a range whose ends both carry the currency', () => {
    expect(only('Bail was set between $62 and $68 a share.')).toMatchObject({
      low: 62,
      high: 68,
      unit: 'dollars',
    });
    expect(only('Fines range from $250,000 to $1 million.')).toMatchObject({ low: 250000, high: 1e6 });
  });

  it('keeps "0.4 per cent to 13,176" and "by 20 to 300" as two figures', () => {
    expect(rows('The index fell 0.4 per cent to 13,176.').map((r) => r[0])).toEqual([
      '0.4 per cent',
      '13,176',
    ]);
    expect(rows('The deficit grew by 20 to 300 billion.').map((r) => r[0])).toEqual(['20', '300 billion']);
  });

  it('keeps a change "from 20 to 30" as two figures', () => {
    expect(rows('The toll rose from 20 to 30 people.').map((r) => r[0])).toEqual(['20', '30']);
  });

  it('keeps an approximate range approximate', () => {
    expect(only('about 40 to 45 people')).toMatchObject({
      low: 40,
      high: 45,
      qualifier: 'range',
      approximate: true,
    });
  });
});

describe('findQuantities() finds the unit and the counted noun phrase', () => {
  it.each([
    ['3,208 MEK members and supporters were executed', 'people', 'MEK members and supporters'],
    ['Protests spread to 142 cities', 'cities', 'cities'],
    ['in 22 of the country’s 31 provinces', 'provinces', 'provinces'],
    ['several members of the security forces were hurt', 'people', 'members of the security forces'],
    ['731 banks and 140 government sites', 'banks', 'banks'],
    ['more than 3,000 such activities', 'acts', 'such activities'],
    ['60 percent of the protesters', 'percent', 'protesters'],
    ['30,000 were killed', 'people', 'killed'],
    ['six of them have been sentenced to death', 'people', 'sentenced'],
    ['a 3,000-strong crowd gathered', 'people', 'crowd'],
    ['The number of arrested students has reached 1,200.', 'people', 'arrested students'],
    ['۱۳۴ شهر', 'cities', 'شهر'],
    ['۲۷۶۶ نفر از بازداشت‌شدگان', 'people', 'بازداشت‌شدگان'],
    ['تعداد بازداشت‌شدگان به ۱۴ هزار و ۱۶۰ نفر رسیده است', 'people', 'بازداشت‌شدگان'],
    ['۱۳۲ دانشگاه ثبت شده است', 'universities', 'دانشگاه'],
    ['ده‌ها نمازگزار و معترض کشته شدند', 'people', 'نمازگزار و معترض'],
  ])('reads %j', (text, unit, counted) => {
    const found = findQuantities(text);
    expect(found[0]).toMatchObject({ unit, counted });
  });

  it('reads measures glued to the digits or joined by a hyphen', () => {
    expect(rows('a 6.1-inch screen, 256GB of storage and 15kHz to 17kHz').map((r) => r.slice(0, 3))).toEqual([
      ['6.1-inch', 6.1, 6.1],
      ['256GB', 256, 256],
      ['15kHz to 17kHz', 15, 17],
    ]);
    expect(findQuantities('a 10-km march')[0]?.unit).toBe('km');
  });

  it('reads a sign and a decimal written without its leading zero', () => {
    expect(rows('The score was -5 and the rate .001 per cent; منفی ۳ درجه')).toEqual([
      ['-5', -5, -5, 'exact'],
      ['.001 per cent', 0.001, 0.001, 'exact'],
      ['منفی ۳', -3, -3, 'exact'],
    ]);
  });

  it('counts "one per cent" though "one" alone needs a noun', () => {
    expect(only('Growth was one per cent.')).toMatchObject({ low: 1, unit: 'percent' });
  });

  it('leaves unit and counted null when nothing counted follows', () => {
    expect(only('Confrontations were reported in at least 40.')).toMatchObject({ unit: null, counted: null });
  });

  it('gives a percentage no counted noun when the noun is what changed', () => {
    expect(only('a 43% increase')).toMatchObject({ unit: 'percent', counted: null });
  });
});

describe('findQuantities() leaves out numbers that are not counts', () => {
  it.each([
    ['Protests began in 1988 and again in 2019.', 'year'],
    ['The 2019 protests were crushed.', 'year'],
    ['The 1988 massacre is remembered.', 'year'],
    ['در سال ۹۸ اعتراضات گسترده بود.', 'year'],
    ['قتل‌عام ۶۷ را فراموش نکرده‌ایم.', 'year'],
    ['He was arrested on June 20, 1981, in Tehran.', 'date'],
    ['She was born on 20 June in Rasht.', 'date'],
    ['امروز ۱۴ آبان است.', 'date'],
    ['The hearing is on 12/5/2019.', 'date'],
    ['Mohsen Shekari, 23, was executed.', 'age'],
    ['A 22-year-old woman died.', 'modifier'],
    ['He was aged 17 at the time.', 'age'],
    ['children under 18 were held', 'age'],
    ['یک دختر ۱۶ ساله بازداشت شد.', 'age'],
    ['He spent three days in custody.', 'duration'],
    ['They were held for five consecutive years.', 'duration'],
    ['او ۱۰ سال زندانی بود.', 'duration'],
    ['The vote was on the 3rd round.', 'ordinal'],
    ['بیست و سوم آبان بود.', 'ordinal'],
    ['Article 18 of the covenant applies.', 'reference'],
    ['ماده ۲۸۶ قانون مجازات', 'reference'],
    ['Call +98 21 8888 1234 for details.', 'phone'],
    ['11 min read', 'furniture'],
    ['Page 2 of 10', 'furniture'],
    ['The meeting started at 10:30 in Evin.', 'time'],
    ['The rally ended at 8 p.m. in Tehran.', 'time'],
    ['COVID-19 spread fast.', 'code'],
    ['Protests of the 1980s were smaller.', 'decade'],
  ])('skips %j', (text, reason) => {
    expect(findQuantities(text)).toEqual([]);
    expect(skippedAs(text)).toContain(reason);
  });

  it('skips a number that names a product, team or index', () => {
    expect(findQuantities('The new iPhone 11 Pro, Game 6 and the S&P 500 index.')).toEqual([]);
    expect(only('In Zahedan 96 people were killed.')).toMatchObject({ low: 96, unit: 'people' });
  });

  it('skips a list marker at the start of a line but not a count there', () => {
    expect(rows('1. Background\n300 people were arrested.').map((r) => r[0])).toEqual(['300']);
  });

  it('skips "one" without a counted noun and Persian یک before anything but a classifier', () => {
    expect(findQuantities('One of the guards said no one saw it. یک فعال مدنی گفت.')).toEqual([]);
    expect(rows('One protester and یک نفر').map((r) => r[0])).toEqual(['One', 'یک']);
  });

  it('keeps a year-like number that counts people', () => {
    expect(only('At least 2000 protesters were detained.')).toMatchObject({ low: 2000, unit: 'people' });
    expect(only('۱۴۰۰ نفر بازداشت شدند.')).toMatchObject({ low: 1400, unit: 'people' });
  });

  it('skips English month names only when capitalized', () => {
    expect(only('300 may have died.')).toMatchObject({ low: 300 });
  });
});

describe('findQuantities() on any input', () => {
  it('returns spans that slice to each item’s text, sorted by start', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.string({ unit: 'grapheme', maxLength: 20 }),
            fc.constantFrom(
              ' 1,500 ',
              'بیش از ۵۰',
              ' at least ',
              'tens of thousands',
              '-',
              ' to ',
              '۱۴ هزار و ۱۶۰',
              '\u200c',
              '\u200f',
              '«',
              ' between 3 and ',
              '$',
              '%',
              ' one ',
            ),
          ),
          { maxLength: 30 },
        ),
        (parts) => {
          const text = parts.join('');
          const found = findQuantities(text);
          let last = -1;
          for (const q of found) {
            expect(text.slice(q.span[0], q.span[1])).toBe(q.text);
            expect(q.span[0]).toBeGreaterThanOrEqual(last);
            last = q.span[0];
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('finishes quickly on long runs of digits, separators and number words', () => {
    // Inputs that would blow up a backtracking pattern or a rescan per position; each is 50 kB.
    const worst = [
      '1'.repeat(50_000),
      '1,'.repeat(25_000),
      '100 '.repeat(12_500),
      '۱۲۳٬'.repeat(12_500),
      '1 to '.repeat(10_000),
      '+1 '.repeat(16_000),
      'one hundred and '.repeat(3_000),
      'بیست و '.repeat(7_000),
      'thousands of '.repeat(4_000),
      'between 1 and '.repeat(3_500),
      `${'x'.repeat(25_000)}1${'/'.repeat(25_000)}`,
      `${'a'.repeat(39)}1`.repeat(1_250),
    ];
    for (const text of worst) {
      const started = performance.now();
      findQuantities(text);
      expect(performance.now() - started, text.slice(0, 20)).toBeLessThan(1000);
    }
  });

  it('reads a 1 MB line without a break', () => {
    const sentence =
      'At least 304 people, about 1,500 by other counts, were killed in 29 provinces on 16 November 2019; ';
    const text = sentence.repeat(Math.ceil(1_000_000 / sentence.length));
    const started = performance.now();
    const found = findQuantities(text);
    expect(performance.now() - started).toBeLessThan(5000);
    expect(found.length).toBe(3 * Math.ceil(1_000_000 / sentence.length));
  });
});
