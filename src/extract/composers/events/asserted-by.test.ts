import { describe, expect, it } from 'vitest';
import type { Statement } from '../../../core/types.js';
import { assertedBy, attributionSpans } from './asserted-by.js';
import { spanOf, statement } from './_test-helpers.js';

const text = 'Tasnim reported that the minister said 8 agents had been arrested. Officials denied it.';
const outer: Statement = statement(
  text,
  'Tasnim reported that the minister said 8 agents had been arrested.',
  'the minister said 8 agents had been arrested',
  'Tasnim',
);
const inner: Statement = statement(
  text,
  'the minister said 8 agents had been arrested',
  '8 agents had been arrested',
  'the minister',
);

describe('assertedBy()', () => {
  it('names the speaker of the innermost reported words around the event', () => {
    expect(assertedBy(spanOf(text, 'arrested')[0], [outer, inner], 'IRNA')).toBe('the minister');
  });

  it('falls back to the document source outside every statement', () => {
    expect(assertedBy(spanOf(text, 'denied')[0], [outer, inner], 'IRNA')).toBe('IRNA');
  });

  it("prefers the speaker's name, then organization, then role", () => {
    const anonymous: Statement = {
      ...inner,
      speaker: { name: null, role: 'a security source', organization: null },
    };
    expect(assertedBy(spanOf(text, 'arrested')[0], [anonymous], null)).toBe('a security source');
  });
});

describe('attributionSpans()', () => {
  it("gives the words around a quote, where the saying's own date and place stand", () => {
    expect(attributionSpans([outer]).map(([s, e]) => text.slice(s, e))).toEqual([
      'Tasnim reported that ',
      '.',
    ]);
  });
});
