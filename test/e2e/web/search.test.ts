import { describe, expect, it } from 'vitest';
import { browserAvailable, strictPage, useServedSamples } from './_browser.js';

describe.runIf(browserAvailable())('the search screen in Chromium', () => {
  const served = useServedSamples();

  it('finds English text, groups hits by kind, and opens a document with its highlights and hashes', async () => {
    const problems: string[] = [];
    const page = await strictPage(served.browser, problems);
    await page.goto(served.server.url);
    await page.getByRole('searchbox').fill('Tehran');
    await page.getByRole('searchbox').press('Enter');
    await page.waitForSelector('.hit-group');
    expect(new URL(page.url()).searchParams.get('q')).toBe('Tehran');
    const groups = await page
      .locator('.hit-group')
      .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-kind')));
    // One group per kind the API found, in a fixed order.
    const api = (await (await fetch(new URL('/api/search?q=Tehran', served.server.url))).json()) as Record<
      string,
      unknown[]
    >;
    const found = (['document', 'statement', 'event', 'proposition'] as const).filter(
      (kind) => api[`${kind}s`]!.length > 0,
    );
    expect(found).toEqual(['document', 'statement', 'event', 'proposition']);
    expect(groups).toEqual(found);
    // Facet counts add up to the hits the kind facet reports.
    const kindCounts = await page.locator('[data-facet="kind"] .count').allTextContents();
    expect(kindCounts.map(Number).every((n) => n > 0)).toBe(true);

    await page.locator('.hits-document .hit-title').first().click();
    await page.waitForSelector('.document-text');
    expect(page.url()).toContain('/documents/sha256');
    expect(await page.locator('code[data-hash="text"]').textContent()).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(await page.locator('code[data-hash="raw"]').textContent()).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(await page.locator('mark.hl-quantity').count()).toBeGreaterThan(0);
    expect(await page.locator('mark.hl-statement').count()).toBeGreaterThan(0);

    // Selecting a highlighted figure shows what was extracted there.
    await page.locator('mark.hl-quantity').first().click();
    await expect.poll(() => page.locator('.item-details[data-kind="quantity"]').count()).toBe(1);
    expect(problems).toEqual([]);
  });

  it('narrows results with a facet and keeps the filter in the address', async () => {
    const problems: string[] = [];
    const page = await strictPage(served.browser, problems);
    await page.goto(`${served.server.url}search?q=killed`);
    await page.waitForSelector('.hit-group');
    await page.locator('[data-facet="kind"] [data-value="statement"]').click();
    await page.waitForURL(/kind=statement/);
    await expect.poll(() => page.locator('.hit-group').count()).toBe(1);
    expect(await page.locator('.hit-group').getAttribute('data-kind')).toBe('statement');
    expect(problems).toEqual([]);
  });

  it('narrows results to a source group and to what is not reviewed yet, with counts per value', async () => {
    const problems: string[] = [];
    const page = await strictPage(served.browser, problems);
    await page.goto(`${served.server.url}search?q=killed`);
    await page.waitForSelector('[data-facet="group"] .facet-option');
    const option = page.locator('[data-facet="group"] .facet-option').first();
    const group = (await option.getAttribute('data-value'))!;
    const count = Number(await option.locator('.count').textContent());
    await option.click();
    await page.waitForURL(new RegExp(`group=${group}`));
    await expect
      .poll(() => page.locator('[role="status"]').textContent())
      .toBe(`${count} results for "killed"`);

    await page.locator('[data-facet="review"] [data-value="unreviewed"]').click();
    await page.waitForURL(/review=unreviewed/);
    await expect.poll(() => page.locator('.hits-document').count()).toBe(0);
    const api = (await (
      await fetch(new URL(`/api/search?q=killed&group=${group}&review=unreviewed`, served.server.url))
    ).json()) as { total: number };
    await expect
      .poll(() => page.locator('[role="status"]').textContent())
      .toBe(`${api.total} results for "killed"`);
    expect(problems).toEqual([]);
  });

  it('finds Persian text and opens a statement', async () => {
    const problems: string[] = [];
    const page = await strictPage(served.browser, problems);
    await page.goto(served.server.url);
    await page.getByRole('searchbox').fill('اعدام');
    await page.getByRole('searchbox').press('Enter');
    await page.waitForSelector('.hits-statement .hit-title');
    const snippets = await page.locator('.snippet').allTextContents();
    expect(snippets.some((text) => /[\u0600-\u06FF]/.test(text))).toBe(true);
    await page.locator('.hits-statement .hit-title').first().click();
    await page.waitForSelector('blockquote.quote');
    expect(page.url()).toContain('/statements/st_');
    expect(await page.locator('blockquote.quote').textContent()).toMatch(/[\u0600-\u06FF]/);
    expect(problems).toEqual([]);
  });
});
