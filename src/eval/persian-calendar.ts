/**
 * Checks Solar Hijri arithmetic on the Gregorian ↔ Jalali day pairs and the leap and common
 * years taken from jalaali-js's tests (`persian-pairs/jalaali-js-known-pairs.json`): conversion
 * both ways, month 12's length, and the dates annotator reading each day written out in Persian
 * ("۲ فروردین ۱۳۰۴") and in Latin transliteration ("2 Farvardin 1304"). Unit-level checks on
 * eleven pairs, not a measure of extraction from running text.
 * @module
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  datesAnnotator,
  gregorianToSolarHijri,
  solarHijriToGregorian,
  solarMonthLength,
} from '../extract/annotators/dates/index.js';
import { createPipeline } from '../extract/pipeline.js';
import { normalizeText } from '../core/text.js';
import { fieldScore, type CorpusScore, type Scorer } from './score.js';

type Triple = readonly [number, number, number];

/** The shape of `jalaali-js-known-pairs.json`. */
export interface KnownPairs {
  readonly pairs: ReadonlyArray<{ readonly gregorian: Triple; readonly jalaali: Triple }>;
  readonly leap_years: readonly number[];
  readonly common_years: readonly number[];
}

const SOLAR_MONTHS = [
  ['فروردین', 'Farvardin'],
  ['اردیبهشت', 'Ordibehesht'],
  ['خرداد', 'Khordad'],
  ['تیر', 'Tir'],
  ['مرداد', 'Mordad'],
  ['شهریور', 'Shahrivar'],
  ['مهر', 'Mehr'],
  ['آبان', 'Aban'],
  ['آذر', 'Azar'],
  ['دی', 'Dey'],
  ['بهمن', 'Bahman'],
  ['اسفند', 'Esfand'],
] as const;

const persianDigits = (n: number): string => String(n).replace(/\d/g, (d) => '۰۱۲۳۴۵۶۷۸۹'[Number(d)] ?? d);
const iso = ([y, m, d]: Triple): string =>
  `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/** The day the dates annotator reads in `text`, or null when it finds no single day. */
function readDay(text: string, language: string): string | null {
  const normalized = normalizeText(text);
  const found = createPipeline()
    .use(datesAnnotator)
    .run({ text: normalized, language, published: null, source: null }).dates;
  const day = found.find((d) => d.precision === 'day' && d.calendar === 'solar_hijri');
  return day ? day.start : null;
}

function tally(results: readonly boolean[], field: string): ReturnType<typeof fieldScore> {
  const right = results.filter(Boolean).length;
  const wrong = results.length - right;
  return fieldScore(field, right, wrong, wrong);
}

/** Scores the checks above on `known`. */
export function scoreKnownPairs(known: KnownPairs): CorpusScore {
  const toGregorian: boolean[] = [];
  const toSolar: boolean[] = [];
  const inPersian: boolean[] = [];
  const inLatin: boolean[] = [];
  for (const { gregorian, jalaali } of known.pairs) {
    const [jy, jm, jd] = jalaali;
    const g = solarHijriToGregorian(jy, jm, jd);
    toGregorian.push(iso([g.y, g.m, g.d]) === iso(gregorian));
    const j = gregorianToSolarHijri({ y: gregorian[0], m: gregorian[1], d: gregorian[2] });
    toSolar.push(iso([j.jy, j.jm, j.jd]) === iso(jalaali));
    const [fa = '', latin = ''] = SOLAR_MONTHS[jm - 1] ?? [];
    const persian = `این رویداد در ${persianDigits(jd)} ${fa} ${persianDigits(jy)} رخ داد.`;
    inPersian.push(readDay(persian, 'fa') === iso(gregorian));
    inLatin.push(readDay(`It happened on ${jd} ${latin} ${jy}.`, 'en') === iso(gregorian));
  }
  const leap = [
    ...known.leap_years.map((y) => solarMonthLength(y, 12) === 30),
    ...known.common_years.map((y) => solarMonthLength(y, 12) === 29),
  ];
  return {
    corpus: 'persian-calendar',
    scores: [
      tally(toGregorian, 'calendar.solar_to_gregorian'),
      tally(toSolar, 'calendar.gregorian_to_solar'),
      tally(leap, 'calendar.leap_years'),
      tally(inPersian, 'dates.solar_hijri_persian_text'),
      tally(inLatin, 'dates.solar_hijri_latin_text'),
    ],
    notes: [
      `${known.pairs.length} day pairs, ${known.leap_years.length} leap and ${known.common_years.length} common years; a wrong answer counts as both a false positive and a false negative`,
    ],
  };
}

const PAIRS = join('persian-pairs', 'jalaali-js-known-pairs.json');

/** jalaali-js's known day pairs and leap years, through sanad's calendar code and annotator. */
export const persianCalendar: Scorer = {
  name: 'persian-calendar',
  bundled: false,
  score(sharedCorpus) {
    if (!sharedCorpus || !existsSync(join(sharedCorpus, PAIRS))) return Promise.resolve(null);
    const known = JSON.parse(readFileSync(join(sharedCorpus, PAIRS), 'utf8')) as KnownPairs;
    return Promise.resolve(scoreKnownPairs(known));
  },
};
