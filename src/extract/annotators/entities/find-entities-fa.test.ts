import { describe, expect, it } from 'vitest';
import { findEntityMentions } from './index.js';

function found(text: string, kind: 'person' | 'organization'): string[] {
  return findEntityMentions(text)
    .filter((e) => e.kind === kind)
    .map((e) => e.text);
}

describe('Persian verbs end names', () => {
  it('takes no verb or compound-verb noun for a surname', () => {
    expect(found('مراسم بزرگداشت امام موسی برگزار می‌شود.', 'person')).not.toContain('موسی برگزار');
    expect(found('پس از دیدار با مادرش، زهرا رفت.', 'person')).toEqual([]);
    expect(found('در این فیلم مهدی فتحی بازی می‌کند.', 'person')).toEqual(['مهدی فتحی']);
  });

  it('still reads a surname before a noun that starts no verb', () => {
    expect(found('حسین رضایی مصاحبه کرد.', 'person')).toEqual(['حسین رضایی']);
    expect(found('خانم کاظمی تشکر کرد.', 'person')).toEqual(['کاظمی']);
  });

  it('ends an organization before the noun of a compound verb', () => {
    expect(found('اعضای انجمن صنفی معلمان همراهی می‌کنند.', 'organization')).toEqual(['انجمن صنفی معلمان']);
    expect(found('کمیته پیگیری هنوز تشکیل نشده است.', 'organization')).toEqual(['کمیته پیگیری']);
    expect(found('کمیته پیگیری تشکیل نشده‌اند.', 'organization')).toEqual(['کمیته پیگیری']);
  });
});
