import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserAvailable, strictPage, useServedSamples } from './_browser.js';

async function mapEvents(page: Page): Promise<number> {
  return Number(await page.locator('.map-summary').getAttribute('data-events'));
}

describe.runIf(browserAvailable())('the timeline and the map in Chromium', () => {
  const served = useServedSamples();

  it('brushing a range under the timeline changes the counts on the map', async () => {
    const problems: string[] = [];
    const page = await strictPage(served.browser, problems);
    await page.goto(`${served.server.url}map`);
    await page.waitForSelector('.event-circle');
    const before = await mapEvents(page);
    const circlesBefore = await page.locator('.event-circle').count();
    expect(before).toBeGreaterThan(0);

    // Drag the slider's end handle (40 px from the chart's right edge, 22 px above its bottom)
    // back to two thirds of the way: the range then ends years before the 2022 protests.
    const box = (await page.locator('.timeline-chart').boundingBox())!;
    const y = box.y + box.height - 8 - 14;
    await page.mouse.move(box.x + box.width - 40, y);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.8, y, { steps: 8 });
    await page.mouse.move(box.x + box.width * 0.66, y, { steps: 8 });
    await page.mouse.up();

    // The range goes into the address with replaceState, which is no navigation: poll for it.
    await expect.poll(() => page.url()).toMatch(/from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}/);
    await expect.poll(() => mapEvents(page)).toBeLessThan(before);
    const range = new URL(page.url()).searchParams;
    expect(range.get('from')! < range.get('to')!).toBe(true);
    expect(await page.locator('.event-circle').count()).toBeLessThanOrEqual(circlesBefore);
    // Every place listed has at least one event in the range.
    const counts = await page
      .locator('.place-table tr[data-count]')
      .evaluateAll((rows) => rows.map((r) => Number(r.getAttribute('data-count'))));
    expect(counts.every((n) => n >= 1)).toBe(true);
    expect(problems).toEqual([]);
  });

  it('lists the events of a bar selected on the timeline', async () => {
    const problems: string[] = [];
    const page = await strictPage(served.browser, problems);
    await page.goto(`${served.server.url}timeline?bucket=year`);
    await page.waitForSelector('.timeline-chart canvas');
    // The tallest bar is somewhere; click along the plot's lower edge until one answers.
    const box = (await page.locator('.timeline-chart').boundingBox())!;
    for (
      let x = box.x + 50;
      x < box.x + box.width - 24 && (await page.locator('.picked-bar').count()) === 0;
      x += 4
    ) {
      await page.mouse.click(x, box.y + box.height - 72 - 3);
    }
    await page.waitForSelector('.picked-bar .event-table');
    expect(await page.locator('.picked-bar .event-table tbody tr').count()).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });
});
