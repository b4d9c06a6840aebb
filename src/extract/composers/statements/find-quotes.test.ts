import { describe, expect, it } from 'vitest';
import { findQuotes } from './find-quotes.js';

function inner(text: string): string[] {
  return findQuotes(text).map((q) => text.slice(q.inner[0], q.inner[1]));
}

describe('findQuotes()', () => {
  it('pairs curly double quotes', () => {
    expect(inner('He said “the plot has failed” on Monday.')).toEqual(['the plot has failed']);
  });

  it('pairs straight double quotes, opening and closing by context', () => {
    expect(inner('A "first" and a "second" quote.')).toEqual(['first', 'second']);
  });

  it('keeps a quote inside guillemets', () => {
    expect(inner('او گفت: «دشمن شکست خورد.» سپس رفت.')).toEqual(['دشمن شکست خورد.']);
  });

  it('tells single quotation marks from apostrophes', () => {
    const text = "Iran's minister said 'we don't negotiate' and left; the students' union agreed.";
    expect(inner(text)).toEqual(["we don't negotiate"]);
  });

  it("pairs ''…'' (two straight single marks) as one quotation, with the apostrophes inside kept", () => {
    const text = "''That's the country's weak point,'' he said. ''It won't last.''";
    expect(inner(text)).toEqual(["That's the country's weak point,", "It won't last."]);
    const [first] = findQuotes(text);
    expect(text[first!.close]).toBe("'");
    expect(text[first!.close + 1]).toBe(' ');
  });

  it('pairs curly single quotes but not the apostrophe in Iran’s', () => {
    expect(inner('Iran’s leader called it ‘a plot’ twice.')).toEqual(['a plot']);
  });

  it('finds a quotation nested inside another with its depth', () => {
    const quotes = findQuotes('“Rajavi wrote ‘rise up’ on Twitter,” Tasnim said.');
    expect(quotes.map((q) => q.depth)).toEqual([0, 1]);
  });

  it('drops an opening mark left unclosed at the end of its line', () => {
    expect(inner('He said “this never closes.\nA new “line” here.')).toEqual(['line']);
  });

  it('stays linear on a megabyte of unbalanced marks', () => {
    const text = '“a ‘b « "c '.repeat(100_000);
    const started = performance.now();
    findQuotes(text);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
