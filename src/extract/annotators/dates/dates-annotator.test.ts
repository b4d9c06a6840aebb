import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../../core/text.js';
import type { DateMention } from '../../../core/types.js';
import { createPipeline } from '../../pipeline.js';
import { datesAnnotator } from './dates-annotator.js';

function datesIn(text: string, published: string | null, language = 'en'): DateMention[] {
  const normalized = normalizeText(text);
  const pipeline = createPipeline().use(datesAnnotator);
  const found = pipeline.run({
    text: normalized,
    language,
    published: published ? { start: published, end: published, precision: 'day' } : null,
    source: null,
  });
  for (const d of found.dates) expect(normalized.slice(d.span[0], d.span[1])).toBe(d.text);
  return [...found.dates];
}

/** text, start, end, precision and calendar of each mention, for compact expectations. */
function summary(text: string, published: string | null, language = 'en'): string[] {
  return datesIn(text, published, language).map(
    (d) => `${d.text} | ${d.start} ${d.end} ${d.precision} ${d.calendar}`,
  );
}

describe('datesAnnotator on English Gregorian dates', () => {
  const cases: ReadonlyArray<readonly [string, string, string]> = [
    ['The demonstration of June 20, 1981 was crushed.', 'June 20, 1981', '1981-06-20 1981-06-20 day'],
    ['after the demonstration of 20th June 1981, called by', '20th June 1981', '1981-06-20 1981-06-20 day'],
    ['Iran Focus Friday 6th Dec 2019 Iran protests', 'Friday 6th Dec 2019', '2019-12-06 2019-12-06 day'],
    ['The letter, dated Jul 12, 2017, was leaked.', 'Jul 12, 2017', '2017-07-12 2017-07-12 day'],
    ['He was moved to Evin in May 1972 and freed later.', 'May 1972', '1972-05-01 1972-05-31 month'],
    ['Thousands were hanged in the summer of 1988.', 'summer of 1988', '1988-06-01 1988-08-31 season'],
    [
      'Prisoners were killed in the summer and autumn of 1988.',
      'summer and autumn of 1988',
      '1988-06-01 1988-11-30 season',
    ],
    ['Fuel ran short in winter 2019-2020.', 'winter 2019-2020', '2019-12-01 2020-02-29 season'],
    ['Gas was cut in the winter of 2021/22.', 'winter of 2021/22', '2021-12-01 2022-02-28 season'],
    [
      'Strikes ran through the autumn and winter of 2021.',
      'autumn and winter of 2021',
      '2021-09-01 2022-02-28 season',
    ],
    ['The protests began in late December 2017.', 'late December 2017', '2017-12-21 2017-12-31 range'],
    ['Unrest (Dec 2017 / Jan 2018) spread fast.', 'Dec 2017 / Jan 2018', '2017-12-01 2018-01-31 range'],
    [
      'Thousands were executed between 1979 and 1981.',
      'between 1979 and 1981',
      '1979-01-01 1981-12-31 range',
    ],
    ['Political prisons filled up in the 1970s.', '1970s', '1970-01-01 1979-12-31 decade'],
    [
      'She was held in Evin from 1987 to the summer of 1988.',
      'from 1987 to the summer of 1988',
      '1987-01-01 1988-08-31 range',
    ],
    [
      'Repression deepened between the 1980s and the 1990s.',
      'between the 1980s and the 1990s',
      '1980-01-01 1999-12-31 range',
    ],
    ['The purge came towards the end of 1981.', 'towards the end of 1981', '1981-09-01 1981-12-31 range'],
    ['He was first arrested in 1988 in Tabriz.', '1988', '1988-01-01 1988-12-31 year'],
    ['Survivors of the 1988 massacre testified.', '1988', '1988-01-01 1988-12-31 year'],
    [
      'Khomeini, in a 1980 speech after the rally, railed against them.',
      '1980',
      '1980-01-01 1980-12-31 year',
    ],
    ['She was born in1971 in Rasht.', '1971', '1971-01-01 1971-12-31 year'],
    [
      'Between late July and early September 1988, prisoners were hanged.',
      'Between late July and early September 1988',
      '1988-07-21 1988-09-10 range',
    ],
    [
      'Families learned of it in November and December 1988.',
      'November and December 1988',
      '1988-11-01 1988-12-31 range',
    ],
    ['Inflation peaked in mid-2018, the bank said.', 'mid-2018', '2018-05-01 2018-08-31 range'],
    [
      'Oil exports fell in the third quarter of 2018.',
      'the third quarter of 2018',
      '2018-07-01 2018-09-30 range',
    ],
    ['Its Q4 2018 report showed losses.', 'Q4 2018', '2018-10-01 2018-12-31 range'],
  ];
  it.each(cases)('reads %j as %j', (sentence, text, value) => {
    expect(summary(sentence, '2019-12-16')).toEqual([`${text} | ${value} gregorian`]);
  });
});

describe('datesAnnotator resolves relative English dates against publication', () => {
  // Published on Monday 16 December 2019.
  const cases: ReadonlyArray<readonly [string, string, string]> = [
    ['The crackdown last November killed hundreds.', 'last November', '2019-11-01 2019-11-30 month'],
    ['The trial opens next January.', 'next January', '2020-01-01 2020-01-31 month'],
    ['A new law is due next summer.', 'next summer', '2020-06-01 2020-08-31 season'],
    ['Talks resume this coming March.', 'this coming March', '2020-03-01 2020-03-31 month'],
    ['The trial opens next January 10.', 'January 10', '2020-01-10 2020-01-10 day'],
    ['Protesters gathered on April 19 in Tehran.', 'April 19', '2019-04-19 2019-04-19 day'],
    ['They were arrested on 2 Jul at dawn.', '2 Jul', '2019-07-02 2019-07-02 day'],
    ['Executions rose sharply over the past year.', 'the past year', '2018-12-16 2019-12-15 year'],
    ['In the past week alone, 56 were killed.', 'the past week', '2019-12-09 2019-12-15 week'],
    ['The ministry said on Tuesday that it had acted.', 'Tuesday', '2019-12-10 2019-12-10 day'],
    ['Amnesty said last week that 208 were killed.', 'last week', '2019-12-09 2019-12-15 week'],
    ['Agents raided his home late last night.', 'last night', '2019-12-15 2019-12-15 day'],
    ['Strikes spread over the weekend.', 'the weekend', '2019-12-14 2019-12-15 range'],
    ['He was detained last weekend in Arak.', 'last weekend', '2019-12-14 2019-12-15 range'],
    [
      'Amnesty said that between 15 and 18 November at least 304 died.',
      'between 15 and 18 November',
      '2019-11-15 2019-11-18 range',
    ],
    ['The massacre took place thirty-one years ago.', 'thirty-one years ago', '1988-01-01 1988-12-31 year'],
    ['The economy shrank by 2 percent last quarter.', 'last quarter', '2019-07-01 2019-09-30 range'],
    ['Rents doubled over the past 3 years.', 'the past 3 years', '2016-12-16 2019-12-15 range'],
    ['Talks will resume on January 10 in Vienna.', 'January 10', '2020-01-10 2020-01-10 day'],
    ['Talks resumed on January 10 in Vienna.', 'January 10', '2019-01-10 2019-01-10 day'],
    ['The truce ends three weeks from tomorrow.', 'three weeks from tomorrow', '2020-01-07 2020-01-07 day'],
    [
      'The plant should reopen by the end of the year.',
      'by the end of the year',
      '2019-09-01 2019-12-31 range',
    ],
    ['The law takes effect by end of year.', 'end of year', '2019-09-01 2019-12-31 range'],
    [
      'Hundreds were hanged by the end of the year 1988.',
      'by the end of the year 1988',
      '1988-09-01 1988-12-31 range',
    ],
    ['Earlier this year, 20 were hanged.', 'Earlier this year', '2019-01-01 2019-12-15 range'],
    [
      'From 1981 to the present, thousands were jailed.',
      'From 1981 to the present',
      '1981-01-01 2019-12-16 range',
    ],
    ['Prices tripled between 2017 and now.', 'between 2017 and now', '2017-01-01 2019-12-16 range'],
    [
      'Between now and the end of the year, ten more trials are due.',
      'Between now and the end of the year',
      '2019-12-16 2019-12-31 range',
    ],
    ['From now until March, the ban holds.', 'From now until March', '2019-12-16 2020-03-31 range'],
    ['In 2019 to date, 200 were hanged.', '2019', '2019-01-01 2019-12-31 year'],
    [
      'Exports rose in the first quarter of next year.',
      'the first quarter of next year',
      '2020-01-01 2020-03-31 range',
    ],
  ];
  it.each(cases)('reads %j as %j', (sentence, text, value) => {
    expect(summary(sentence, '2019-12-16')).toEqual([`${text} | ${value} gregorian`]);
  });

  it('counts "three days later" from the date before it', () => {
    expect(summary('He was arrested on September 13. He died three days later.', '2022-09-22')).toEqual([
      'September 13 | 2022-09-13 2022-09-13 day gregorian',
      'three days later | 2022-09-16 2022-09-16 day gregorian',
    ]);
  });

  it('counts "the next day" from the date before it, and leaves it out with none', () => {
    expect(summary('The strike began on 4 March. Shops stayed shut the next day.', '2021-03-20')).toEqual([
      '4 March | 2021-03-04 2021-03-04 day gregorian',
      'the next day | 2021-03-05 2021-03-05 day gregorian',
    ]);
    expect(summary('Shops stayed shut the next day.', '2021-03-20')).toEqual([]);
  });

  it('reads a bare weekday after a date in the same sentence as the next such day', () => {
    expect(
      summary('Prices rose on Friday, November 15, 2019, and protests spread on Saturday.', '2019-11-27'),
    ).toEqual([
      'Friday, November 15, 2019 | 2019-11-15 2019-11-15 day gregorian',
      'Saturday | 2019-11-16 2019-11-16 day gregorian',
    ]);
  });

  it('reads a weekday after "will" as the next one, not the last', () => {
    expect(summary('The council will meet on Tuesday to decide.', '2019-12-16')).toEqual([
      'Tuesday | 2019-12-17 2019-12-17 day gregorian',
    ]);
  });

  it('dates the clause after "came five days after" five days before publication', () => {
    // The statement is the news peg; what it came after is the thing dated.
    expect(
      summary('The statement came five days after the commander said 300 were killed.', '2022-12-03'),
    ).toEqual(['five days after | 2022-11-28 2022-11-28 day gregorian']);
  });

  it('leaves "three days later" out when nothing earlier dates it', () => {
    expect(summary('Three days later he was released.', '2019-12-16')).toEqual([]);
  });

  it('reads "of today" as the present day in general, and "today" alone as the day of publication', () => {
    expect(summary('So the issue of the MEK is our issue of today.', '2023-08-08')).toEqual([]);
    expect(summary('Shops in Zahedan stayed shut today.', '2023-08-08')).toEqual([
      'today | 2023-08-08 2023-08-08 day gregorian',
    ]);
  });

  it('reports relative dates it cannot resolve without a publication date', () => {
    const pipeline = createPipeline().use(datesAnnotator);
    const out = pipeline.run({
      text: 'The ministry acted last November.',
      language: 'en',
      published: null,
      source: null,
    });
    expect(out.dates).toEqual([]);
    expect(out.diagnostics.map((d) => d.ruleId)).toEqual(['relative-without-publication']);
  });

  it('without a publication date, still reads years, decades and seasons, and still not relative dates', () => {
    const pipeline = createPipeline().use(datesAnnotator);
    const out = pipeline.run({
      text: 'In 1988 and through the 1990s the ministry held prisoners in the northern jails, and it did so again last November. In the summer of 2009 it acted on Monday.',
      language: 'en',
      published: null,
      source: null,
    });
    expect(out.dates.map((d) => `${d.text} | ${d.start} ${d.end} ${d.precision}`)).toEqual([
      '1988 | 1988-01-01 1988-12-31 year',
      '1990s | 1990-01-01 1999-12-31 decade',
      'summer of 2009 | 2009-06-01 2009-08-31 season',
    ]);
    expect(out.diagnostics.map((d) => d.ruleId)).toEqual(['relative-without-publication']);
  });
});

describe('datesAnnotator without a publication date', () => {
  it('reads dates whose year is written, and weekdays after them, beside relative dates it leaves unresolved', () => {
    const pipeline = createPipeline().use(datesAnnotator);
    const out = pipeline.run({
      text: 'He was arrested on June 20, 1981 and freed last week. The ruling of 2019-03-04 cites the March 1988 order and Friday prayers of June 2010 from 12/05/2011. The appeal of 5 June 2019 failed on Monday, and that Tuesday, the next week.',
      language: 'en',
      published: null,
      source: null,
    });
    expect(out.dates.map((d) => `${d.text} | ${d.start} ${d.end} ${d.precision}`)).toEqual([
      'June 20, 1981 | 1981-06-20 1981-06-20 day',
      '2019-03-04 | 2019-03-04 2019-03-04 day',
      'March 1988 | 1988-03-01 1988-03-31 month',
      'June 2010 | 2010-06-01 2010-06-30 month',
      '12/05/2011 | 2011-12-05 2011-12-05 day',
      '5 June 2019 | 2019-06-05 2019-06-05 day',
      'Monday | 2019-06-10 2019-06-10 day',
      'Tuesday | 2019-06-11 2019-06-11 day',
    ]);
    expect(out.diagnostics.map((d) => d.ruleId)).toEqual(['relative-without-publication']);
  });
});

describe('datesAnnotator leaves numbers and words that are not dates alone', () => {
  const cases: readonly string[] = [
    'About 1,500 people were killed.',
    'More than 2000 protesters were arrested.',
    'Article 1988 of the code was cited.',
    'Officials who sat on the commissions were named.',
    'Jan Egeland called for an inquiry.',
    'Within two days the protests had spread to 100 cities.',
    'More than six months after the crackdown, the toll is unknown.',
    'The protests lasted for three days.',
    'Case 133-2019 was sent back to the court.',
    'Over the past quarter century, prices rose tenfold.',
    'A quarter of the vote went to him.',
    'She was named woman of the year by the magazine.',
    'He spent the weekend in solitary confinement.',
    'Visits are banned on weekends.',
    'He was freed at the end of year two of his sentence.',
    'They were tested at the end of week 7.',
    'The talks reached the end of the road.',
    'A mid-level official was dismissed.',
    'January Jones starred in the film.',
    'The actress June Carter sang at the rally.',
    'The first days of the revolution were chaotic.',
    'Both were tried on the same day.',
    'The family has had no answer to date.',
    'The shares of 21st Century Fox fell.',
    'The dynasty ruled for a century.',
  ];
  it.each(cases)('finds no date in %j', (sentence) => {
    expect(summary(sentence, '2019-12-16')).toEqual([]);
  });
});

describe('datesAnnotator on the first and last days of a period, "the same day" and "that year"', () => {
  const cases: ReadonlyArray<readonly [string, string, string]> = [
    [
      'Strikes spread in the first days of January 2018.',
      'the first days of January 2018',
      '2018-01-01 2018-01-07 range',
    ],
    [
      'He was hanged in the last days of December 1988.',
      'the last days of December 1988',
      '1988-12-25 1988-12-31 range',
    ],
    [
      'The camp was emptied in the final days of February 2020.',
      'the final days of February 2020',
      '2020-02-23 2020-02-29 range',
    ],
    ['Arrests began in the first days of 1979.', 'the first days of 1979', '1979-01-01 1979-01-31 range'],
  ];
  it.each(cases)('reads %j as %j', (sentence, text, value) => {
    expect(summary(sentence, '2019-12-16')).toEqual([`${text} | ${value} gregorian`]);
  });

  it('reads "the same day" as the day named before it in the sentence', () => {
    expect(
      summary('The strike began in Saqqez on Saturday and spread the same day to Baneh.', '2022-09-22'),
    ).toEqual([
      'Saturday | 2022-09-17 2022-09-17 day gregorian',
      'the same day | 2022-09-17 2022-09-17 day gregorian',
    ]);
  });

  it('leaves "the same day" out when no day comes before it in the sentence, or a clause dates it', () => {
    expect(summary('He was arrested on 3 May. His home was searched the same day.', '2022-09-22')).toEqual([
      '3 May | 2022-05-03 2022-05-03 day gregorian',
    ]);
    expect(
      summary('On 3 May he learned he was charged on the same day that his son was.', '2022-09-22'),
    ).toEqual(['3 May | 2022-05-03 2022-05-03 day gregorian']);
  });

  it('reads "that year" and "the same month" as the year or month of the last date before them', () => {
    expect(
      summary(
        'Thousands were executed in 1988. That year, the prisons were sealed. He was arrested on 3 March 2009 and hanged later that month.',
        '2022-09-22',
      ),
    ).toEqual([
      '1988 | 1988-01-01 1988-12-31 year gregorian',
      'That year | 1988-01-01 1988-12-31 year gregorian',
      '3 March 2009 | 2009-03-03 2009-03-03 day gregorian',
      'that month | 2009-03-01 2009-03-31 month gregorian',
    ]);
  });

  it('gives "January of that year" the year of the date before it, not of publication', () => {
    expect(summary('The purge began in 1981. It peaked in January of that year.', '2022-09-22')).toEqual([
      '1981 | 1981-01-01 1981-12-31 year gregorian',
      'January of that year | 1981-01-01 1981-01-31 month gregorian',
    ]);
  });

  it('leaves "that year" out with no date before it, or when the date before spans years', () => {
    expect(summary('That year, the prisons were sealed.', '2022-09-22')).toEqual([]);
    expect(summary('Between 1981 and 1985 they were jailed. That year was hard.', '2022-09-22')).toEqual([
      'Between 1981 and 1985 | 1981-01-01 1985-12-31 range gregorian',
    ]);
    expect(summary('In 1988 she said that year after year nothing changed.', '2022-09-22')).toEqual([
      '1988 | 1988-01-01 1988-12-31 year gregorian',
    ]);
  });

  it('reads a month before a capitalized word as a date when a preposition comes before it', () => {
    expect(summary('In January Tehran saw protests again.', '2020-08-05')).toEqual([
      'January | 2020-01-01 2020-01-31 month gregorian',
    ]);
    expect(summary('At a June Trump rally he spoke.', '2020-08-05')).toEqual([
      'June | 2020-06-01 2020-06-30 month gregorian',
    ]);
  });
});

describe('datesAnnotator on a day or range whose year follows "in" or "of"', () => {
  const cases: ReadonlyArray<readonly [string, string, string]> = [
    ['He was hanged on 26 June of 1988 in Evin.', '26 June of 1988', '1988-06-26 1988-06-26 day'],
    ['She was detained on June 3rd in 2019 at home.', 'June 3rd in 2019', '2019-06-03 2019-06-03 day'],
    ['It began on the 19th of July of 1988.', 'the 19th of July of 1988', '1988-07-19 1988-07-19 day'],
    ['He was held from April to June in 1988.', 'from April to June in 1988', '1988-04-01 1988-06-30 range'],
    [
      'Prisoners vanished between July and September of 1988.',
      'between July and September of 1988',
      '1988-07-01 1988-09-30 range',
    ],
    [
      'The camp was shut from 26 June to 28 June in 2020.',
      'from 26 June to 28 June in 2020',
      '2020-06-26 2020-06-28 range',
    ],
    // No such day: the month, not "1 June".
    ['A letter dated 31 June of 1988 was forged.', '31 June of 1988', '1988-06-01 1988-06-30 month'],
  ];
  it.each(cases)('reads %j as %j, with or without a publication date', (sentence, text, value) => {
    expect(summary(sentence, '2021-03-01')).toEqual([`${text} | ${value} gregorian`]);
    expect(summary(sentence, null)).toEqual([`${text} | ${value} gregorian`]);
  });

  it('does not read the end of a year as a day ("2020 to 30 June" is not 20 to 30 June)', () => {
    expect(summary('Figures for 2020 to 30 June were published.', '2021-03-01')).toEqual([
      '30 June | 2020-06-30 2020-06-30 day gregorian',
    ]);
  });

  it('gives every month of a list the year written at its end', () => {
    expect(summary('Strikes hit Ahvaz in March, May and June 2018.', '2019-12-16')).toEqual([
      'March | 2018-03-01 2018-03-31 month gregorian',
      'May and June 2018 | 2018-05-01 2018-06-30 range gregorian',
    ]);
    expect(summary('Arrests came in October, November, December 2017.', '2019-12-16')).toEqual([
      'October | 2017-10-01 2017-10-31 month gregorian',
      'November | 2017-11-01 2017-11-30 month gregorian',
      'December 2017 | 2017-12-01 2017-12-31 month gregorian',
    ]);
    expect(summary('Protests spread in December, January and February 2018.', '2019-12-16')).toEqual([
      'December | 2017-12-01 2017-12-31 month gregorian',
      'January and February 2018 | 2018-01-01 2018-02-28 range gregorian',
    ]);
  });

  it('lends no year across other words', () => {
    expect(summary('In March, the strikes of May and June 2018 resumed.', '2019-12-16')).toEqual([
      'March | 2019-03-01 2019-03-31 month gregorian',
      'May and June 2018 | 2018-05-01 2018-06-30 range gregorian',
    ]);
  });

  it('joins two months with "and" only after "between"', () => {
    expect(summary('Killings peaked in July and September of 1988.', '2021-03-01')).toEqual([
      'July | 1988-07-01 1988-07-31 month gregorian',
      'September of 1988 | 1988-09-01 1988-09-30 month gregorian',
    ]);
  });
});

describe('datesAnnotator on counted units of a period ("the first week of 2021")', () => {
  const cases: ReadonlyArray<readonly [string, string, string]> = [
    [
      'Forty people were hanged in the first three months of 2021.',
      'the first three months of 2021',
      '2021-01-01 2021-03-31 range',
    ],
    ['The third month of 2016 was the worst.', 'The third month of 2016', '2016-03-01 2016-03-31 month'],
    ['He was arrested in the first week of 2020.', 'the first week of 2020', '2020-01-01 2020-01-07 week'],
    [
      'Twelve were detained in the last week of this month.',
      'the last week of this month',
      '2019-12-25 2019-12-31 week',
    ],
    [
      'Executions doubled in the first ten days of last year.',
      'the first ten days of last year',
      '2018-01-01 2018-01-10 range',
    ],
    ['The amnesty fell on the last day of 2015.', 'the last day of 2015', '2015-12-31 2015-12-31 day'],
    [
      'He spent the last two years of the 1970s in Evin.',
      'the last two years of the 1970s',
      '1978-01-01 1979-12-31 range',
    ],
  ];
  it.each(cases)('reads %j as %j', (sentence, text, value) => {
    expect(summary(sentence, '2019-12-16')).toEqual([`${text} | ${value} gregorian`]);
  });

  it('reads an ordinal in digits, and no part of an ordinal of two words', () => {
    expect(summary('The ruling is due on the 15th day of next month.', '2019-12-16')).toEqual([
      'the 15th day of next month | 2020-01-15 2020-01-15 day gregorian',
    ]);
    expect(summary('He was hanged on the twenty third day of September.', '2019-12-16')).toEqual([
      'September | 2019-09-01 2019-09-30 month gregorian',
    ]);
  });

  it('leaves a year or month after "the" whole, since it names a thing', () => {
    expect(summary('He was shot on the final day of the 2018 protests.', '2019-12-16')).toEqual([
      '2018 | 2018-01-01 2018-12-31 year gregorian',
    ]);
    expect(summary('Raids began in the first week of the year 2018.', '2019-12-16')).toEqual([
      'the first week of the year 2018 | 2018-01-01 2018-01-07 week gregorian',
    ]);
  });

  it('leaves the whole period when the count is vague or the unit is plural without one', () => {
    expect(summary('Raids grew in the first few weeks of 2020.', '2020-06-01')).toEqual([
      '2020 | 2020-01-01 2020-12-31 year gregorian',
    ]);
    expect(summary('Raids grew in the first weeks of 2020.', '2020-06-01')).toEqual([
      '2020 | 2020-01-01 2020-12-31 year gregorian',
    ]);
  });

  it('applies the part again when a month takes its year from a later one', () => {
    expect(
      summary('Between the last ten days of July and August 1988, thousands died.', '2019-12-16'),
    ).toEqual(['Between the last ten days of July and August 1988 | 1988-07-22 1988-08-31 range gregorian']);
  });
});

describe('datesAnnotator on parts of a decade or season named with "the"', () => {
  const cases: ReadonlyArray<readonly [string, string, string]> = [
    ['Purges went on until the end of the 1980s.', 'the end of the 1980s', '1987-01-01 1989-12-31 range'],
    [
      'They were hanged at the end of the summer of 1988.',
      'at the end of the summer of 1988',
      '1988-08-01 1988-08-31 range',
    ],
    ['He was first arrested early in 1981.', 'early in 1981', '1981-01-01 1981-04-30 range'],
    ['She left Iran late in the 1970s.', 'late in the 1970s', '1977-01-01 1979-12-31 range'],
  ];
  it.each(cases)('reads %j as %j', (sentence, text, value) => {
    expect(summary(sentence, '2019-12-16')).toEqual([`${text} | ${value} gregorian`]);
  });

  it('leaves a year or month that names a thing after "the" whole', () => {
    expect(summary('By the end of the 2018 protests, 30 had died.', '2019-12-16')).toEqual([
      '2018 | 2018-01-01 2018-12-31 year gregorian',
    ]);
    expect(summary('By the end of the November 2019 protests, 300 had died.', '2019-12-16')).toEqual([
      'November 2019 | 2019-11-01 2019-11-30 month gregorian',
    ]);
  });
});

describe('datesAnnotator on two days of one month joined by "and"', () => {
  it('reads the bare number beside a day as another day of its month', () => {
    expect(summary('Two men were hanged on January 7 and 8 in Karaj.', '2023-03-05')).toEqual([
      'January 7 | 2023-01-07 2023-01-07 day gregorian',
      '8 | 2023-01-08 2023-01-08 day gregorian',
    ]);
    expect(summary('Strikes were held on 18 and 19 June 2019.', '2023-03-05')).toEqual([
      '18 | 2019-06-18 2019-06-18 day gregorian',
      '19 June 2019 | 2019-06-19 2019-06-19 day gregorian',
    ]);
  });

  it('leaves a count after "and" alone', () => {
    expect(summary('On January 7 and 8 people were killed.', '2023-03-05')).toEqual([
      'January 7 | 2023-01-07 2023-01-07 day gregorian',
    ]);
    expect(summary('Prices rose on January 7 and 8.5 percent more later.', '2023-03-05')).toEqual([
      'January 7 | 2023-01-07 2023-01-07 day gregorian',
    ]);
  });
});

describe('datesAnnotator on the week that holds a day', () => {
  it('reads "the week of 10 April 2019" as Monday to Sunday around the day', () => {
    expect(summary('He was moved to Evin in the week of 10 April 2019.', '2019-12-16')).toEqual([
      'the week of 10 April 2019 | 2019-04-08 2019-04-14 week gregorian',
    ]);
    expect(summary('The trial opened the week beginning February 4.', '2019-12-16')).toEqual([
      'the week beginning February 4 | 2019-02-04 2019-02-10 week gregorian',
    ]);
  });

  it('leaves a week without "the" before a day alone', () => {
    expect(summary('He was held for a week starting 3 May 2019.', '2019-12-16')).toEqual([
      '3 May 2019 | 2019-05-03 2019-05-03 day gregorian',
    ]);
  });

  it('leaves a week before a month alone', () => {
    expect(summary('A week of April protests ended.', '2019-12-16')).toEqual([
      'April | 2019-04-01 2019-04-30 month gregorian',
    ]);
  });
});

describe('datesAnnotator on a month before a count', () => {
  it('reads "In March, 12 people" as the month, not as 12 March', () => {
    expect(summary('In March, 12 people were hanged in Karaj.', '2019-12-16')).toEqual([
      'March | 2019-03-01 2019-03-31 month gregorian',
    ]);
    expect(summary('By October, 3,000 had been detained.', '2019-12-16')).toEqual([
      'October | 2019-10-01 2019-10-31 month gregorian',
    ]);
  });

  it('reads a month before a count of people, or a number no day or year is, as the month', () => {
    expect(summary('In June 40 protesters were arrested in Arak.', '2019-12-16')).toEqual([
      'June | 2019-06-01 2019-06-30 month gregorian',
    ]);
    expect(summary('In April 19 people were hanged in Qezelhesar.', '2019-12-16')).toEqual([
      'April | 2019-04-01 2019-04-30 month gregorian',
    ]);
    expect(summary('During May, 40 were hanged.', '2019-12-16')).toEqual([
      'May | 2019-05-01 2019-05-31 month gregorian',
    ]);
  });

  it('keeps the day after "on" even before a count noun', () => {
    expect(summary('On April 19 protesters gathered in Arak.', '2019-12-16')).toEqual([
      'April 19 | 2019-04-19 2019-04-19 day gregorian',
    ]);
  });

  it('still reads a day with an ordinal ending, and a year, after the comma', () => {
    expect(summary('The hearing was held on October, 1st.', '2019-12-16')).toEqual([
      'October, 1st | 2019-10-01 2019-10-01 day gregorian',
    ]);
    expect(summary('In June, 2019, he was freed.', '2019-12-16')).toEqual([
      'June, 2019 | 2019-06-01 2019-06-30 month gregorian',
    ]);
  });
});

describe('datesAnnotator on "May" and other months beside capitalized words', () => {
  const months: ReadonlyArray<readonly [string, string]> = [
    ['He has been held in Evin since May.', 'May | 2019-05-01 2019-05-31 month gregorian'],
    ['Strikes resumed in mid-May.', 'mid-May | 2019-05-11 2019-05-20 range gregorian'],
    ['Arrests rose between April and May.', 'between April and May | 2019-04-01 2019-05-31 range gregorian'],
    ['May saw more arrests than April.', 'May | 2019-05-01 2019-05-31 month gregorian'],
    ['The May protests spread to Arak.', 'May | 2019-05-01 2019-05-31 month gregorian'],
    [
      "If October's strikes were large, May's were larger.",
      'October | 2019-10-01 2019-10-31 month gregorian',
    ],
  ];
  it.each(months)('reads the month in %j', (sentence, value) => {
    expect(summary(sentence, '2019-12-16')[0]).toBe(value);
  });

  const notMonths: readonly string[] = [
    'Prime Minister Theresa May said she was concerned.',
    'Iran May Execute Wrestler Within Days',
    'Women March in Tehran Against the Law',
    'May God protect the prisoners.',
    'May I ask what the charge is?',
    'Women March March Again in Tehran',
    'The verdict may be overturned.',
  ];
  it.each(notMonths)('finds no month in %j', (sentence) => {
    expect(summary(sentence, '2019-12-16')).toEqual([]);
  });
});

describe('datesAnnotator on a weekday with a day of the month', () => {
  // Published on Sunday 1 May 2022.
  it('reads "Fri 14th" and "Tuesday the 11th" as the latest such day before publication', () => {
    expect(summary('The strike began on Fri 14th and ended on Tuesday the 11th.', '2022-05-01')).toEqual([
      'Fri 14th | 2022-01-14 2022-01-14 day gregorian',
      'Tuesday the 11th | 2022-01-11 2022-01-11 day gregorian',
    ]);
  });

  it('leaves a count after a weekday alone, and a named month to chrono', () => {
    expect(summary('On Friday 40 people were killed.', '2022-05-01')).toEqual([
      'Friday | 2022-04-29 2022-04-29 day gregorian',
    ]);
    expect(summary('On Friday 14th of January they met.', '2022-05-01')).toEqual([
      'Friday 14th of January | 2022-01-14 2022-01-14 day gregorian',
    ]);
  });
});

describe('datesAnnotator on centuries', () => {
  const cases: ReadonlyArray<readonly [string, string, string]> = [
    ['Iran changed more in the 20th century than before.', 'the 20th century', '1900-01-01 1999-12-31 range'],
    ['It is a twenty-first century crackdown.', 'twenty-first century', '2000-01-01 2099-12-31 range'],
    ['They met in a 19th-century palace.', '19th-century', '1800-01-01 1899-12-31 range'],
    [
      'Land reform came in the second half of the 20th century.',
      'the second half of the 20th century',
      '1950-01-01 1999-12-31 range',
    ],
    [
      'The shrine was built in the late 16th century.',
      'the late 16th century',
      '1570-01-01 1599-12-31 range',
    ],
  ];
  it.each(cases)('reads %j as %j', (sentence, text, value) => {
    expect(summary(sentence, null)).toEqual([`${text} | ${value} gregorian`]);
  });
});

describe('datesAnnotator on Persian dates', () => {
  const cases: ReadonlyArray<readonly [string, string, string, string]> = [
    ['تجمع در ۱۴ آبان ۱۴۰۱ برگزار شد.', '۱۴ آبان ۱۴۰۱', '2022-11-05 2022-11-05 day', 'solar_hijri'],
    ['اعتراضات آبان ۹۸ سرکوب شد.', 'آبان ۹۸', '2019-10-23 2019-11-21 month', 'solar_hijri'],
    ['در تابستان ۶۷ هزاران زندانی اعدام شدند.', 'تابستان ۶۷', '1988-06-22 1988-09-22 season', 'solar_hijri'],
    ['زندانیان در سال ۱۳۶۷ اعدام شدند.', 'سال ۱۳۶۷', '1988-03-21 1989-03-20 year', 'solar_hijri'],
    ['زندانیان در ۱۳۶۷ اعدام شدند.', '۱۳۶۷', '1988-03-21 1989-03-20 year', 'solar_hijri'],
    ['قتل‌عام ۶۷ جنایت علیه بشریت است.', '۶۷', '1988-03-21 1989-03-20 year', 'solar_hijri'],
    ['این نامه در ۳۰ سپتامبر ۲۰۲۲ منتشر شد.', '۳۰ سپتامبر ۲۰۲۲', '2022-09-30 2022-09-30 day', 'gregorian'],
    ['مراسم در ۱۰ محرم ۱۴۴۴ برگزار شد.', '۱۰ محرم ۱۴۴۴', '2022-08-08 2022-08-08 day', 'lunar_hijri'],
    [
      'گزارش امروز شنبه ۱۴ آبان ۱۴۰۱ منتشر شد.',
      'امروز شنبه ۱۴ آبان ۱۴۰۱',
      '2022-11-05 2022-11-05 day',
      'solar_hijri',
    ],
    ['حکم پنجشنبه گذشته اجرا شد.', 'پنجشنبه گذشته', '2022-12-08 2022-12-08 day', 'gregorian'],
    ['شورا سی و پنج سال پیش تشکیل شد.', 'سی و پنج سال پیش', '1987-03-21 1988-03-20 year', 'solar_hijri'],
    [
      'اعدام‌ها در روزهای پایانی مرداد ۱۳۶۷ آغاز شد.',
      'روزهای پایانی مرداد ۱۳۶۷',
      '1988-08-16 1988-08-22 range',
      'solar_hijri',
    ],
    [
      'اعتراض‌ها در روزهای نخست مهر ۱۴۰۱ گسترش یافت.',
      'روزهای نخست مهر ۱۴۰۱',
      '2022-09-23 2022-09-29 range',
      'solar_hijri',
    ],
    [
      'تورم در نیمه دوم سال ۱۴۰۰ بالا رفت.',
      'نیمه دوم سال ۱۴۰۰',
      '2021-09-23 2022-03-20 range',
      'solar_hijri',
    ],
    ['در نیمه مهر ۱۴۰۱ بازداشت شد.', 'نیمه مهر ۱۴۰۱', '2022-10-03 2022-10-12 range', 'solar_hijri'],
  ];
  it.each(cases)('reads %j as %j', (sentence, text, value, calendar) => {
    expect(summary(sentence, '2022-12-12', 'fa')).toEqual([`${text} | ${value} ${calendar}`]);
  });

  it('reads "۳۰ سپتامبر" without a year as the latest 30 September before publication', () => {
    expect(summary('این نامه در ۳۰ سپتامبر منتشر شد.', '2022-12-12', 'fa')).toEqual([
      '۳۰ سپتامبر | 2022-09-30 2022-09-30 day gregorian',
    ]);
  });

  it('counts "همان روز" and a following weekday from the date before them in the sentence', () => {
    expect(
      summary(
        'افزایش قیمت در بامداد جمعه ۲۴ آبان اعلام شد و اعتراضات از عصر همان روز آغاز شد و در روز شنبه به ۱۰۰ شهر رسید.',
        '2019-11-27',
        'fa',
      ),
    ).toEqual([
      'بامداد جمعه ۲۴ آبان | 2019-11-15 2019-11-15 day solar_hijri',
      'عصر همان روز | 2019-11-15 2019-11-15 day gregorian',
      'روز شنبه | 2019-11-16 2019-11-16 day gregorian',
    ]);
  });

  it('counts "سه روز پس از حادثه" from the last date of the text', () => {
    expect(
      summary('حادثه در روز ۲۶ آبان رخ داد. متهم سه روز پس از حادثه دستگیر شد.', '2022-12-12', 'fa'),
    ).toEqual([
      'روز ۲۶ آبان | 2022-11-17 2022-11-17 day solar_hijri',
      'سه روز پس از حادثه | 2022-11-20 2022-11-20 day gregorian',
    ]);
  });

  it('finds no date in Friday prayers, a count of people, or a rough span', () => {
    expect(summary('پس از نماز جمعه ۱۳۰۰ نفر تجمع کردند.', '2022-12-12', 'fa')).toEqual([]);
    expect(summary('او کمتر از یک ماه پس از بازداشت اعدام شد.', '2022-12-12', 'fa')).toEqual([]);
  });
});

describe('datesAnnotator on any input', () => {
  it('never throws and keeps every span inside the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        datesIn(`${text} on 3 May 1988 ${text} ۱۴ آبان ${text}`, '2020-01-01');
      }),
      { numRuns: 200 },
    );
  });

  it('reads long runs of digits, separators, month names and spaces in under a second each', () => {
    const worst = [
      '1'.repeat(200_000),
      ' 1988-'.repeat(20_000),
      'between 1 and '.repeat(10_000),
      'May May May '.repeat(10_000),
      '۱۴ ۱۴ آبان '.repeat(5_000),
      // A weekday, a range or a month followed by a long run of spaces once took seconds.
      `شنبه${' '.repeat(30_000)}،${' '.repeat(30_000)}x`,
      `۱۴${' '.repeat(30_000)}تا${' '.repeat(30_000)}۱۵ x`,
      `January${' '.repeat(30_000)}to${' '.repeat(30_000)}x`,
      `اواخر${'\u200c'.repeat(30_000)}سال x`,
    ];
    const pipeline = createPipeline().use(datesAnnotator);
    const published = { start: '2020-01-01', end: '2020-01-01', precision: 'day' as const };
    pipeline.run({
      text: 'Warm up on 3 May 1988 and ۱۴ آبان ۱۴۰۱.',
      language: 'en',
      published,
      source: null,
    });
    for (const text of worst) {
      const started = performance.now();
      const found = pipeline.run({ text, language: 'en', published, source: null });
      const elapsed = performance.now() - started;
      expect(elapsed).toBeLessThan(1000);
      expect(found.dates.every((d) => text.slice(d.span[0], d.span[1]) === d.text)).toBe(true);
    }
  });
});

describe('datesAnnotator on Persian ranges and relative days', () => {
  it('reads "از اوایل مهر تا اواخر آبان ۱۴۰۱" as one range that takes its year from the end', () => {
    expect(summary('از اوایل مهر تا اواخر آبان ۱۴۰۱ اعتراضات ادامه داشت.', '2022-12-12', 'fa')).toEqual([
      'از اوایل مهر تا اواخر آبان ۱۴۰۱ | 2022-09-23 2022-11-21 range solar_hijri',
    ]);
  });

  it('reads "بین ۱۵ و ۱۸ آبان ۹۸" as a range of days', () => {
    expect(summary('بین ۱۵ و ۱۸ آبان ۹۸ صدها نفر کشته شدند.', '2019-12-16', 'fa')).toEqual([
      'بین ۱۵ و ۱۸ آبان ۹۸ | 2019-11-06 2019-11-09 range solar_hijri',
    ]);
  });

  it('reads "هفته گذشته" as the Saturday-to-Friday week before publication', () => {
    expect(summary('هفته گذشته ۱۲ نفر بازداشت شدند.', '2022-11-05', 'fa')).toEqual([
      'هفته گذشته | 2022-10-29 2022-11-04 week gregorian',
    ]);
  });
});

describe('datesAnnotator on Solar Hijri dates in English text', () => {
  const cases: ReadonlyArray<readonly [string, string, string]> = [
    ['He was executed in 1367 SH, in the summer.', '1367 SH', '1988-03-21 1989-03-20 year'],
    ['In the Iranian year 1367 thousands died.', 'Iranian year 1367', '1988-03-21 1989-03-20 year'],
    ['On 18 Dey 1404 he was arrested.', '18 Dey 1404', '2026-01-08 2026-01-08 day'],
  ];
  it.each(cases)('reads %j as %j', (sentence, text, value) => {
    expect(summary(sentence, '2026-02-01')).toEqual([`${text} | ${value} solar_hijri`]);
  });

  it('leaves a count in the Solar Hijri year range alone', () => {
    expect(summary('About 1300 people were arrested.', '2026-02-01')).toEqual([]);
  });
});
