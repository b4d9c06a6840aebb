import { describe, expect, it } from 'vitest';
import { browserAvailable, strictPage, useServedSamples } from './_browser.js';

describe.runIf(browserAvailable())('a statement and its chain in Chromium', () => {
  const served = useServedSamples();

  it('goes from a highlighted statement to its chain, outlet first and speaker last, and back along it', async () => {
    const problems: string[] = [];
    const page = await strictPage(served.browser, problems);
    // Reuters reporting what officials told it: a chain of outlet and speaker.
    await page.goto(`${served.server.url}search?q=${encodeURIComponent('"1,500"')}&kind=document`);
    await page.locator('.hits-document .hit-title').first().click();
    await page.waitForSelector('mark.hl-statement');
    const source = await page.locator('dl.facts dd').first().textContent();
    const title = await page.locator('h1').textContent();

    // A stretch of the quote that is nothing else, so the statement itself is selected.
    await page.locator('mark[data-kinds="statement"]').first().click();
    await page.locator('.item-details[data-kind="statement"] a').click();
    await page.waitForSelector('ol.chain');
    expect(page.url()).toContain('/statements/st_');

    const kinds = await page
      .locator('.chain-node')
      .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-kind')));
    const names = await page.locator('.chain-name').allTextContents();
    expect(kinds[0]).toBe('document');
    expect(names[0]).toBe(title);
    expect(kinds[1]).toBe('outlet');
    expect(names[1]).toBe(source); // the outermost link is the document's own source
    expect(names.length).toBeGreaterThanOrEqual(3);
    expect(await page.locator('.chain-node').last().locator('.chain-role').count()).toBe(1);
    expect(names.at(-1)).toBe(await page.locator('[data-field="speaker"]').textContent());

    // The path reads left to right in English: each step starts after the previous one.
    const xs = await page
      .locator('.chain-node')
      .evaluateAll((nodes) => nodes.map((n) => n.getBoundingClientRect().left));
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);

    // Following the first step leads back to the document.
    await page.locator('.chain-name').first().click();
    await page.waitForSelector('.document-text');
    expect(await page.locator('h1').textContent()).toBe(title);
    expect(problems).toEqual([]);
  });
});
