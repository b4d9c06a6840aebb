import { describe, expect, it } from 'vitest';
import { normalizeText } from '../core/text.js';
import { detectLanguage } from './detect-language.js';

function detectNormalized(text: string): string {
  return detectLanguage(normalizeText(text), text);
}

describe('detectLanguage()', () => {
  it('detects English prose as "en"', () => {
    expect(
      detectLanguage(
        'Security forces arrested dozens of protesters in Tehran on Friday, according to witnesses and rights groups.',
      ),
    ).toBe('en');
  });

  it('falls back to "en" for very short Latin text, where guesses are noise', () => {
    expect(detectLanguage('Hello')).toBe('en');
  });

  it('detects Persian typed with Persian letters as "fa"', () => {
    expect(detectNormalized('گزارش‌ها حاکی است که چندین کارگر پتروشیمی در ماهشهر بازداشت شدند.')).toBe('fa');
  });

  it('detects Persian typed with Arabic ي and ك and no Persian-only letters as "fa"', () => {
    expect(
      detectNormalized(
        'نيروهای امنيتی روز سه‌شنبه دست‌كم ۴۰ دانشجو را در تبريز بازداشت كردند و خانواده‌ها از سرنوشت آنان بی‌خبرند.',
      ),
    ).toBe('fa');
  });

  it('detects Arabic as "ar" even after its letters are unified to Persian forms', () => {
    expect(
      detectNormalized(
        'قالت منظمة حقوقية إن قوات الأمن اعتقلت عشرات المتظاهرين في مدينة الأهواز خلال الأسبوع الماضي.',
      ),
    ).toBe('ar');
  });

  it('detects German as "de"', () => {
    expect(
      detectLanguage(
        'Die Sicherheitskräfte haben am Freitag in Teheran Dutzende Demonstranten festgenommen, berichteten Augenzeugen.',
      ),
    ).toBe('de');
  });

  it('says "und" when there are no letters at all', () => {
    expect(detectLanguage('12 345 — 2023/08/08')).toBe('und');
  });
});
