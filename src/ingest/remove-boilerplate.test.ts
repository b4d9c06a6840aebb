import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../core/text.js';
import { removeBoilerplate } from './remove-boilerplate.js';

// Written for these tests in the manner of scraped advocacy pages: a language menu printed at
// the top and again at the bottom, share buttons, a doubled photo caption, a comment form.
const PARAGRAPHS = [
  'Security forces detained at least 40 students in Tabriz on Tuesday, according to a local rights monitor.',
  'Relatives said the detainees were taken to an unknown location and denied access to lawyers.',
  'A spokesman for the provincial judiciary claimed that the students had "disturbed public order" and would be tried soon.',
  'Witnesses reported that riot police used tear gas near the university gate; several people were injured.',
];
const SCRAPED = [
  'English',
  'Français',
  'Deutsch',
  'فارسی',
  '',
  'Students Detained in Tabriz as Campus Protests Spread',
  '',
  'Rights Monitor Report, March 3, 2024',
  '6 min read',
  'Print Email',
  '',
  'Students gather outside the main gate of the university',
  '',
  PARAGRAPHS[0],
  '',
  'Students gather outside the main gate of the university',
  '',
  '',
  '',
  '',
  PARAGRAPHS[1],
  '',
  'Share this:',
  'Facebook',
  'Twitter',
  '',
  PARAGRAPHS[2],
  '',
  PARAGRAPHS[3],
  '',
  'English',
  'Français',
  'Deutsch',
  'فارسی',
  '',
  '© 2024 Rights Monitor. All rights reserved.',
  'Contact Us',
  'Leave a Reply',
  'Your email address will not be published. Required fields are marked *',
  'Comment *',
  'This is a reader comment that goes on for long enough to look like a paragraph of text, really.',
  'Scroll to Top',
].join('\n');

describe('removeBoilerplate()', () => {
  const cleaned = removeBoilerplate(SCRAPED);
  const lines = cleaned.split('\n');

  it('keeps every body paragraph of a scraped page', () => {
    for (const paragraph of PARAGRAPHS) expect(lines).toContain(paragraph);
  });

  it('keeps the title line and the dateline', () => {
    expect(lines[0]).toBe('Students Detained in Tabriz as Campus Protests Spread');
    expect(lines).toContain('Rights Monitor Report, March 3, 2024');
  });

  it('drops a language menu printed twice, share buttons, reading time and the copyright line', () => {
    for (const furniture of [
      'English',
      'Français',
      'فارسی',
      '6 min read',
      'Print Email',
      'Share this:',
      'Facebook',
      'Contact Us',
    ]) {
      expect(lines).not.toContain(furniture);
    }
    expect(cleaned).not.toContain('©');
  });

  it('keeps the first of a repeated photo caption and drops the second', () => {
    expect(
      lines.filter((line) => line === 'Students gather outside the main gate of the university'),
    ).toHaveLength(1);
  });

  it('drops everything after "Leave a Reply" near the end, reader comments included', () => {
    expect(cleaned).not.toContain('Leave a Reply');
    expect(cleaned).not.toContain('reader comment');
    expect(cleaned).not.toContain('Scroll to Top');
  });

  it('collapses runs of blank lines to one blank line', () => {
    expect(cleaned).not.toMatch(/\n\n\n/);
    expect(cleaned.startsWith('\n')).toBe(false);
  });

  it('keeps a list of names printed once, since it may be evidence', () => {
    const list = [
      'The following prisoners were named by their families this week:',
      'Ali Rezaei',
      'Maryam Karimi',
      'Hossein Ahmadi',
      '',
    ].join('\n');
    expect(removeBoilerplate(list).split('\n')).toEqual([
      'The following prisoners were named by their families this week:',
      'Ali Rezaei',
      'Maryam Karimi',
      'Hossein Ahmadi',
    ]);
  });

  it('keeps "Leave a Reply" content when the marker comes before most of the text', () => {
    const early = ['Leave a Reply', PARAGRAPHS[0], PARAGRAPHS[1], PARAGRAPHS[2]].join('\n');
    expect(removeBoilerplate(early).split('\n')).toEqual([PARAGRAPHS[0], PARAGRAPHS[1], PARAGRAPHS[2]]);
  });

  it('drops a breadcrumb glued to "Home" even when it ends in an ellipsis', () => {
    const text =
      'HomeNewsIran Human Rights: Teachers Arrested in Three Provinces as Strike Enters Its Second Week...\nTeachers Arrested in Three Provinces';
    expect(removeBoilerplate(text)).toBe('Teachers Arrested in Three Provinces');
  });

  it('drops a long cookie banner but not a body paragraph that mentions cookies', () => {
    const banner =
      'This website uses cookies to improve your experience. We will assume you are fine with this, but you can opt out if you wish.';
    const body =
      'Investigators said the agency tracked the activists through browser cookies and messaging apps, according to court papers.';
    expect(removeBoilerplate([banner, body].join('\n'))).toBe(body);
  });

  it('keeps a paragraph that merely starts with "Copyright"', () => {
    const body =
      'Copyright disputes over the banned film reached the Revolutionary Court in Tehran last year, lawyers said.';
    expect(removeBoilerplate(body)).toBe(body);
  });
});

// The seeds are not ours: they live in ../shared beside the repository, where it is.
const SEEDS = fileURLToPath(new URL('../../../shared/corpus/seeds', import.meta.url));

describe.skipIf(!existsSync(SEEDS))('removeBoilerplate() on the real seed articles', () => {
  const files = existsSync(SEEDS)
    ? readdirSync(SEEDS)
        .filter((name) => name.endsWith('.txt'))
        .sort()
    : [];

  it.each(files)('removes the furniture of %s and keeps every long line', (name) => {
    const original = normalizeText(readFileSync(join(SEEDS, name), 'utf8'));
    const cleaned = removeBoilerplate(original);
    const kept = new Set(cleaned.split('\n'));
    for (const furniture of ['Scroll to Top', 'Leave a Reply', 'Farsi vervios here'])
      expect(kept.has(furniture)).toBe(false);
    expect(cleaned).not.toMatch(/^Home(?=[A-Z])/m);
    const longLines = original.split('\n').filter((line) => line.trim().split(/\s+/).length > 20);
    expect(longLines.length).toBeGreaterThan(5);
    for (const line of longLines) expect(kept.has(line.trimEnd())).toBe(true);
  });
});
