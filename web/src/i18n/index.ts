/**
 * The interface's languages: every message lives in a JSON file beside this one, and a new
 * language is a new file (picked up at build time). Numbers and dates use the platform's Intl.
 * @module
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type en from './en.json';

export type MessageKey = Exclude<keyof typeof en, '$meta'>;

interface Meta {
  /** The language's own name, shown in the switcher. */
  name: string;
  dir: 'ltr' | 'rtl';
  /** Locale for numbers, e.g. "fa-IR" for Persian digits. */
  numbers: string;
  /** Locale for dates, with its calendar, e.g. "fa-IR-u-ca-persian". */
  dates: string;
  /** A second calendar shown beside the first, or null. */
  secondDates: string | null;
}

type Messages = Record<MessageKey, string> & { $meta: Meta };

const files = import.meta.glob<Messages>('./*.json', { eager: true, import: 'default' });

/** Every language, by code (the file's name). */
export const LANGUAGES: Readonly<Record<string, Messages>> = Object.fromEntries(
  Object.entries(files).map(([path, messages]) => [path.replace(/^.*\/|\.json$/g, ''), messages]),
);

export interface I18n {
  readonly lang: string;
  readonly dir: 'ltr' | 'rtl';
  /** A message with `{name}` placeholders filled in (numbers formatted for the language). */
  t(key: MessageKey, params?: Readonly<Record<string, string | number>>): string;
  /** A number in the language's digits. */
  num(value: number): string;
  /** Names joined as the language joins a list ("a, b, c"; "الف، ب، و ج"). */
  list(values: readonly string[]): string;
  /** A `YYYY-MM-DD` day (or its first 7 or 4 characters) in the language's calendar, with the second calendar beside. */
  day(value: string | null | undefined): string;
}

const cache = new Map<string, I18n>();

/** The formatters of a language; unknown codes fall back to English. */
export function i18nFor(lang: string): I18n {
  const code = LANGUAGES[lang] ? lang : 'en';
  const cached = cache.get(code);
  if (cached) return cached;
  const messages = LANGUAGES[code]!;
  const meta = messages.$meta;
  const numbers = new Intl.NumberFormat(meta.numbers);
  const dateFormats = (locale: string) => ({
    day: new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }),
    month: new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', timeZone: 'UTC' }),
    year: new Intl.DateTimeFormat(locale, { year: 'numeric', timeZone: 'UTC' }),
  });
  const first = dateFormats(meta.dates);
  const second = meta.secondDates ? dateFormats(meta.secondDates) : null;
  const num = (value: number): string => numbers.format(value);
  const lists = new Intl.ListFormat(meta.numbers, { style: 'short', type: 'unit' });
  const i18n: I18n = {
    lang: code,
    dir: meta.dir,
    num,
    list: (values) => lists.format(values),
    t(key, params) {
      // An unknown key (a language code sanad has no name for) shows its last part as it is.
      const template = messages[key] ?? LANGUAGES['en']![key] ?? key.slice(key.lastIndexOf('.') + 1);
      return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
        const value = params?.[name];
        if (value === undefined) return whole;
        return typeof value === 'number' ? num(value) : value;
      });
    },
    day(value) {
      if (!value) return '';
      const precision = value.length <= 4 ? 'year' : value.length <= 7 ? 'month' : 'day';
      const date = new Date(
        `${value.slice(0, 4)}-${value.slice(5, 7) || '01'}-${value.slice(8, 10) || '01'}T00:00:00Z`,
      );
      if (Number.isNaN(date.getTime())) return value;
      // A Gregorian month or year straddles two months or years of another calendar: show both.
      const last = new Date(
        precision === 'day'
          ? date.getTime()
          : Date.UTC(
              date.getUTCFullYear() + (precision === 'year' ? 1 : 0),
              date.getUTCMonth() + (precision === 'month' ? 1 : 0),
              0,
            ),
      );
      const from = first[precision].format(date);
      const to = first[precision].format(last);
      const main = from === to ? from : `${from} – ${to}`;
      return second ? `${main} (${second[precision].format(date)})` : main;
    },
  };
  cache.set(code, i18n);
  return i18n;
}

export const I18nContext = createContext<I18n>(i18nFor('en'));

/** The current language's formatters. */
export function useI18n(): I18n {
  return useContext(I18nContext);
}
