import { describe, expect, it } from 'vitest';
import { browserAvailable, strictPage, useServedSamples } from './_browser.js';

const PERSIAN_DIGIT = /[۰-۹]/;
const ASCII_DIGIT = /[0-9]/;

describe.runIf(browserAvailable())('the interface in Persian, in Chromium', () => {
  const served = useServedSamples();

  it('switches to right-to-left with mirrored navigation, Persian digits and Solar Hijri dates beside Gregorian ones', async () => {
    const problems: string[] = [];
    const page = await strictPage(served.browser, problems);
    await page.goto(`${served.server.url}search?q=Mashhad`);
    await page.waitForSelector('.hit-group');
    expect(await page.getAttribute('html', 'dir')).toBe('ltr');
    const brandLtr = (await page.locator('.brand').boundingBox())!;

    await page.locator('button[data-lang="fa"]').click();
    await expect.poll(() => page.getAttribute('html', 'dir')).toBe('rtl');
    expect(await page.getAttribute('html', 'lang')).toBe('fa');
    expect(await page.locator('nav').first().textContent()).toContain('جست‌وجو');
    // Mirrored: the brand moves from the left edge to the right edge.
    const brandRtl = (await page.locator('.brand').boundingBox())!;
    expect(brandLtr.x).toBeLessThan(200);
    expect(brandRtl.x).toBeGreaterThan(1000);

    const counts = await page.locator('.facet .count').allTextContents();
    expect(counts.length).toBeGreaterThan(0);
    expect(counts.every((text) => PERSIAN_DIGIT.test(text) && !ASCII_DIGIT.test(text))).toBe(true);
    // A publication date: the Solar Hijri year (13xx or 14xx) first, the Gregorian one beside it.
    const dates = await page.locator('.hit .meta span').allTextContents();
    expect(dates.some((text) => /[۱][۳۴][۰-۹]{2}.*\(.*[۱۲][۹۰][۰-۹]{2}\)/.test(text))).toBe(true);

    // The choice is remembered across a reload and applies to every screen.
    await page.goto(`${served.server.url}map`);
    await page.waitForSelector('.map-summary');
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    expect(await page.locator('.map-summary').textContent()).toMatch(PERSIAN_DIGIT);

    await page.locator('button[data-lang="en"]').click();
    await expect.poll(() => page.getAttribute('html', 'dir')).toBe('ltr');
    expect(await page.locator('.map-summary').textContent()).toMatch(ASCII_DIGIT);
    expect(problems).toEqual([]);
  });
});
