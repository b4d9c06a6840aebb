import { describe, expect, it } from 'vitest';
import { mayReadReference } from './english-chrono.js';

describe('mayReadReference', () => {
  it('says a parser of years, decades or seasons never reads the reference day', () => {
    expect(mayReadReference('sanad:year', 'the prisoners held since the last quarter of 1988')).toBe(false);
    expect(mayReadReference('sanad:decade', 'through the 1990s and last year')).toBe(false);
  });

  it('says the quarter parser reads it only where its words are', () => {
    expect(mayReadReference('sanad:quarter', 'exports fell sharply last quarter, the ministry said')).toBe(
      true,
    );
    expect(mayReadReference('sanad:quarter', 'in the first quarter of next year')).toBe(true);
    expect(mayReadReference('sanad:quarter', 'were executed in 1988 in the northern jails')).toBe(false);
  });

  it("takes chrono's own parsers to read it whatever the words", () => {
    expect(mayReadReference('ENMonthNameParser', 'were executed in 1988 in the northern jails')).toBe(true);
  });
});
