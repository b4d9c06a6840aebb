import { describe, expect, it } from 'vitest';
import { numberPlaceholders } from './placeholders.js';

describe('numberPlaceholders()', () => {
  it('numbers placeholders in order', () => {
    expect(numberPlaceholders('INSERT INTO t (a, b, c) VALUES (?, ?, ?)')).toBe(
      'INSERT INTO t (a, b, c) VALUES ($1, $2, $3)',
    );
  });

  it('leaves question marks inside strings and quoted identifiers alone', () => {
    expect(numberPlaceholders(`SELECT '?', 'it''s ?', "a?" FROM t WHERE x = ? AND y = '?'`)).toBe(
      `SELECT '?', 'it''s ?', "a?" FROM t WHERE x = $1 AND y = '?'`,
    );
  });

  it('changes nothing in a statement without placeholders', () => {
    expect(numberPlaceholders('SELECT 1')).toBe('SELECT 1');
  });
});
