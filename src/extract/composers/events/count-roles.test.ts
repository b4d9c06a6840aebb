import { describe, expect, it } from 'vitest';
import type { Quantity } from '../../../core/types.js';
import { rulesFor, sharedRules } from './_rules.js';
import { scanWords } from './_words.js';
import { quantity } from './_test-helpers.js';
import { countRoles } from './count-roles.js';

function roles(text: string, quantities: Quantity[], language = 'en'): string[] {
  const words = scanWords(text);
  return countRoles(quantities, words, 0, words.length, rulesFor(language), sharedRules).map(
    (r) => `${r.quantity.text}:${r.role ?? '-'}${r.subset ? ' (subset)' : ''}`,
  );
}

describe('countRoles()', () => {
  it('reads the role of a count of people from the verb after it', () => {
    const text = 'At least 304 people were killed and thousands more injured.';
    expect(
      roles(text, [quantity(text, 'At least 304', 304, null), quantity(text, 'thousands', 2000, 9999)]),
    ).toEqual(['At least 304:killed', 'thousands:injured']);
  });

  it('reads the role from a cue before the figure when none follows', () => {
    const text = 'IHR recorded the deaths of at least 56 protesters.';
    expect(roles(text, [quantity(text, 'at least 56', 56, null)])).toEqual(['at least 56:killed']);
  });

  it('lets a verb outrank the noun counted', () => {
    const text = 'More than 1,000 protesters were arrested.';
    expect(roles(text, [quantity(text, 'More than 1,000', 1001, null)])).toEqual([
      'More than 1,000:arrested',
    ]);
  });

  it('takes the role of a unit that names it', () => {
    const text = 'Protests spread to 72 cities; IHR counted 834 executions.';
    expect(
      roles(text, [
        quantity(text, '72', 72, 72, { unit: 'cities' }),
        quantity(text, '834', 834, 834, { unit: 'executions' }),
      ]),
    ).toEqual(['72:locations', '834:executed']);
  });

  it('gives no role to money or percentages', () => {
    const text = 'Prices rose 300 percent before people were arrested.';
    expect(roles(text, [quantity(text, '300', 300, 300, { unit: 'percent' })])).toEqual(['300:-']);
  });

  it('marks a figure that counts part of another', () => {
    const text =
      'At least 56 protesters were killed, 41 of them in Kurdish cities; among the dead were 60 children.';
    expect(
      roles(text, [
        quantity(text, 'At least 56', 56, null),
        quantity(text, '41', 41, 41),
        quantity(text, '60', 60, 60),
      ]).map((r) => r.endsWith('(subset)')),
    ).toEqual([false, true, true]);
  });

  it('keeps "six of them" when no figure of the same role is given whole', () => {
    const text = 'At least 21 people have been charged, and six of them have been sentenced to death.';
    expect(roles(text, [quantity(text, 'At least 21', 21, null), quantity(text, 'six', 6, 6)])).toEqual([
      'At least 21:-',
      'six:sentenced',
    ]);
  });

  it('looks far enough after a Persian figure to reach its verb', () => {
    const text = '۳۸ نفر از نیروهای حکومتی نیز در جریان درگیری‌ها کشته شده‌اند.';
    expect(roles(text, [quantity(text, '۳۸', 38, 38)], 'fa')).toEqual(['۳۸:killed']);
  });
});
