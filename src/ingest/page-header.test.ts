import { describe, expect, it } from 'vitest';
import { isBreadcrumb, linesAboveBreadcrumb } from './page-header.js';

describe('isBreadcrumb', () => {
  it('knows a trail from the home page, separated or glued together', () => {
    expect(isBreadcrumb('Home » News » Iran')).toBe(true);
    expect(isBreadcrumb('  home / reports')).toBe(true);
    expect(isBreadcrumb('HomeNewsStrike in Abadan...')).toBe(true);
  });

  it('does not take a sentence or a heading that starts with "Home" for one', () => {
    expect(isBreadcrumb('Homes were raided in Zahedan.')).toBe(false);
    expect(isBreadcrumb('Home Ministry officials said')).toBe(false);
  });
});

describe('linesAboveBreadcrumb', () => {
  it('gives the header lines above the trail', () => {
    const text = 'Monday, May 6, 2024\n\n  Subscribe  \nHome » Iran\nTitle\nBody.';
    expect([...linesAboveBreadcrumb(text)]).toEqual(['Monday, May 6, 2024', 'Subscribe']);
  });

  it('gives nothing when the page has no trail near its top', () => {
    expect(linesAboveBreadcrumb('Monday, May 6, 2024\nTitle\nBody.').size).toBe(0);
    const deep = [...Array.from({ length: 20 }, (_, i) => `Line ${i}`), 'Home » Iran'].join('\n');
    expect(linesAboveBreadcrumb(deep).size).toBe(0);
  });
});
