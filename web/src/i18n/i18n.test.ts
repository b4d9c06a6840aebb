import { describe, expect, it } from 'vitest';
import { EVENT_TYPES } from '../api/event-types.js';
import { GROUPS } from '../api/groups.js';
import { i18nFor, LANGUAGES } from './index.js';

describe('the translation files', () => {
  it('translate every English message into every other language', () => {
    const english = Object.keys(LANGUAGES['en']!).sort();
    for (const [code, messages] of Object.entries(LANGUAGES)) {
      expect(Object.keys(messages).sort(), code).toEqual(english);
      for (const [key, text] of Object.entries(messages)) {
        if (key === '$meta') continue;
        // Every placeholder of the English message is kept.
        const placeholders = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
        expect(placeholders(text as string), `${code} ${key}`).toEqual(
          placeholders(LANGUAGES['en']![key as 'app.name']),
        );
      }
    }
  });
});

describe('the names of groups and event types', () => {
  it('are in every language', () => {
    for (const [code, messages] of Object.entries(LANGUAGES)) {
      for (const group of GROUPS)
        expect(messages, `${code} group.${group}`).toHaveProperty([`group.${group}`]);
      for (const type of EVENT_TYPES)
        expect(messages, `${code} type.${type}`).toHaveProperty([`type.${type}`]);
    }
  });
});

describe('i18nFor()', () => {
  it('writes Persian numbers in Persian digits and English ones in ASCII digits', () => {
    expect(i18nFor('fa').num(14160)).toBe('۱۴٬۱۶۰');
    expect(i18nFor('en').num(14160)).toBe('14,160');
    expect(i18nFor('fa').t('search.total', { count: 9, query: 'اعدام' })).toBe('۹ نتیجه برای «اعدام»');
  });

  it('dates Persian days in the Solar Hijri calendar with the Gregorian date beside', () => {
    expect(i18nFor('fa').day('2022-09-16')).toBe('۲۵ شهریور ۱۴۰۱ (۱۶ سپتامبر ۲۰۲۲)');
    expect(i18nFor('en').day('2022-09-16')).toBe('16 September 2022');
    // A Gregorian year spans two Solar Hijri years.
    expect(i18nFor('fa').day('2022')).toBe('۱۴۰۰ – ۱۴۰۱ (۲۰۲۲)');
  });

  it('joins names with the separators of the language', () => {
    expect(i18nFor('en').list(['Tehran', 'Mashhad', 'Zahedan'])).toBe('Tehran, Mashhad, Zahedan');
    expect(i18nFor('fa').list(['تهران', 'مشهد'])).toMatch(/^تهران،\u200f? مشهد$/);
  });

  it('is right-to-left in Persian and falls back to English for an unknown language', () => {
    expect(i18nFor('fa').dir).toBe('rtl');
    expect(i18nFor('xx').lang).toBe('en');
    expect(i18nFor('en').t('language.de' as 'language.en')).toBe('de');
  });
});
