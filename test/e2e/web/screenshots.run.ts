/**
 * `npm run screenshots`: a PNG of each screen into docs/screenshots/, for the README. The
 * store holds the sample reports as sanad's default pipeline extracts them (sample-store.ts).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { ROOT } from '../_cli.js';
import { sampleHome } from '../../testdata/sample-store.js';
import { browserAvailable, launchBrowser, serve, strictPage } from './_browser.js';

const OUT = join(ROOT, 'docs', 'screenshots');

it.runIf(browserAvailable())('saves a PNG of every screen', async () => {
  mkdirSync(OUT, { recursive: true });
  const server = await serve(await sampleHome());
  const browser = await launchBrowser();
  const problems: string[] = [];
  try {
    const page = await strictPage(browser, problems);
    await page.goto(`${server.url}ingest`);
    await page.waitForSelector('.drop-zone');
    // The language is set on the page that has settled, then the next page is opened with it.
    const shoot = async (name: string, path: string, ready: string, lang = 'en'): Promise<void> => {
      await page.evaluate(
        (code) =>
          (
            globalThis as unknown as { localStorage: { setItem(key: string, value: string): void } }
          ).localStorage.setItem('sanad.lang', code),
        lang,
      );
      await page.goto(`${server.url}${path}`);
      await page.waitForSelector(ready);
      await page.waitForTimeout(400); // let the chart and the map finish drawing
      await page.screenshot({ path: join(OUT, `${name}.png`), fullPage: false });
    };
    await shoot('search', 'search?q=Tehran', '.hit-group');
    await shoot('search-fa', 'search?q=%D8%A7%D8%B9%D8%AF%D8%A7%D9%85', '.hit-group', 'fa');
    await page.goto(`${server.url}search?q=Mahshahr`);
    await page.waitForSelector('.hits-document .hit-title');
    const documentPath = new URL(
      (await page.locator('.hits-document .hit-title').first().getAttribute('href'))!,
      server.url,
    ).pathname.slice(1);
    await shoot('document', documentPath, 'mark.hl');
    await page.goto(`${server.url}search?q=killed&kind=statement&source=Reuters`);
    await page.waitForSelector('.hits-statement .hit-title');
    const statementPath = (await page
      .locator('.hits-statement .hit-title')
      .first()
      .getAttribute('href'))!.slice(1);
    await shoot('statement', statementPath, 'ol.chain');
    await shoot('events', 'events', '.event-table');
    await shoot('timeline', 'timeline?bucket=month&from=2019-10-01&to=2023-01-31', '.timeline-chart canvas');
    await shoot('map', 'map?from=2022-09-01&to=2022-12-31', '.event-circle');
    await shoot('map-fa', 'map', '.event-circle', 'fa');
    await shoot('ingest', 'ingest', '.drop-zone');
    await shoot('claims', 'propositions?contested=true', '.proposition-table');
    // A contested proposition whose figures come from more than one group.
    const contested = (await (
      await fetch(new URL('/api/propositions?contested=true', server.url))
    ).json()) as Array<{ id: string; assertions: Array<{ group: string }> }>;
    const shown = contested.find(
      (p) => new Set(p.assertions.map((a) => a.group)).size >= 2 && p.assertions.length <= 4,
    )!;
    await shoot('proposition', `propositions/${shown.id}`, '.assertion');
    await shoot('proposition-fa', `propositions/${shown.id}`, '.assertion', 'fa');
    await shoot('review', 'review?order=contested', '.token-form');
    await page.locator('.token-form input[name="token"]').fill(server.token);
    await page.locator('.token-form input[name="token"]').press('Enter');
    await page.waitForSelector('.queue-item[aria-selected="true"]');
    await page.locator('body').press('j');
    await page.keyboard.press('e');
    await page.keyboard.type('The report gives a range; keep both ends');
    await page.screenshot({ path: join(OUT, 'review.png'), fullPage: false });
    expect(problems).toEqual([]);
  } finally {
    await browser.close();
    await server.stop();
  }
});
