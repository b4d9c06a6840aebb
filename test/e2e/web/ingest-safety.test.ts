import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserAvailable, strictPage, useServedSamples } from './_browser.js';

// Text that would run if it were ever treated as markup: each payload sets a flag.
const HOSTILE = [
  'Report from Tehran',
  '',
  'Witnesses said <script>window.__sanadRan = "script"</script> that crowds gathered near the bazaar.',
  'A caption read <img src=x onerror="window.__sanadRan = \'img\'"> under the photograph.',
  'Another line held <svg onload="window.__sanadRan = \'svg\'"></svg> and <a href="javascript:window.__sanadRan=1">a link</a>.',
  '',
].join('\n');

async function ran(page: Page): Promise<unknown> {
  return page.evaluate(() => (globalThis as { __sanadRan?: unknown }).__sanadRan);
}

describe.runIf(browserAvailable())('ingest and untrusted text in Chromium', () => {
  const served = useServedSamples();

  it('ingests an upload whose text holds script and image tags, and shows them as text without running them', async () => {
    const problems: string[] = [];
    const page = await strictPage(served.browser, problems);
    await page.goto(`${served.server.url}ingest`);
    await page.locator('input[name="token"]').fill(served.server.token);
    await page.locator('input[type="file"]').setInputFiles({
      name: 'hostile-report.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from(HOSTILE, 'utf8'),
    });
    await page.waitForSelector('tr[data-state="added"]');
    await page.locator('tr[data-state="added"] a').click();
    await page.waitForSelector('.document-text');

    const shown = (await page.locator('.document-text').textContent())!;
    expect(shown).toContain('<script>window.__sanadRan = "script"</script>');
    expect(shown).toContain('<img src=x onerror=');
    expect(
      await page
        .locator('.document-text script, .document-text img, .document-text svg, .document-text a')
        .count(),
    ).toBe(0);
    expect(await ran(page)).toBeUndefined();

    // The raw original, one click away, is plain text in a sandbox: nothing in it runs either.
    const raw = await page.request.get(
      await page
        .locator('a.raw-link')
        .getAttribute('href')
        .then((h) => new URL(h!, served.server.url).href),
    );
    expect(raw.headers()['content-type']).toMatch(/^text\/plain/);
    expect(raw.headers()['content-security-policy']).toContain('sandbox');
    await page.goto(
      new URL((await page.locator('a.raw-link').getAttribute('href'))!, served.server.url).href,
    );
    expect(await page.locator('body').textContent()).toContain('<script>');
    expect(await ran(page)).toBeUndefined();

    // Found by search, its snippet is text too.
    await page.goto(`${served.server.url}search?q=bazaar`);
    await page.waitForSelector('.hit .snippet');
    expect(await page.locator('.hit script, .hit img').count()).toBe(0);
    expect(await ran(page)).toBeUndefined();
    expect(problems).toEqual([]);
  });

  it('names each refused file with the reason in plain words', async () => {
    const problems: string[] = [];
    const page = await strictPage(served.browser, problems);
    await page.goto(`${served.server.url}ingest`);
    await page.locator('input[name="token"]').fill(served.server.token);
    await page.locator('input[type="file"]').setInputFiles([
      { name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) },
      {
        name: 'picture.png',
        mimeType: 'image/png',
        buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]),
      },
    ]);
    await expect.poll(() => page.locator('tr[data-state="refused"]').count()).toBe(2);
    const messages = await page.locator('tr[data-state="refused"] .error').allTextContents();
    expect(messages.some((m) => m.includes('"empty.txt"'))).toBe(true);
    expect(messages.some((m) => m.includes('"picture.png"'))).toBe(true);
    expect(messages.every((m) => m.startsWith('Cannot ingest'))).toBe(true);
    // Refusals answered with an HTTP error, which the served.browser reports on the console.
    expect(problems.filter((p) => !p.includes('status of 4'))).toEqual([]);
  });

  it('refuses a write without the token, in the page and over HTTP', async () => {
    const problems: string[] = [];
    const page = await strictPage(served.browser, problems);
    await page.goto(`${served.server.url}ingest`);
    await page.locator('input[name="token"]').fill('');
    await page.locator('input[type="file"]').setInputFiles({
      name: 'report.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('Protest in Shiraz\n\nQuokkafest crowds gathered.\n'),
    });
    await page.waitForSelector('tr[data-state="refused"]');
    expect(await page.locator('tr[data-state="refused"] .error').textContent()).toMatch(
      /^Cannot POST \/api\/ingest: the request has no token/,
    );

    const form = new FormData();
    form.append('file', new Blob(['Protest in Shiraz\n\nQuokkafest crowds gathered.\n']), 'report.txt');
    const none = await fetch(`${served.server.url}api/ingest`, { method: 'POST', body: form });
    expect(none.status).toBe(401);
    expect(((await none.json()) as { error: { code: string } }).error.code).toBe('SANAD_UNAUTHORIZED');
    const wrong = await fetch(`${served.server.url}api/ingest`, {
      method: 'POST',
      body: form,
      headers: { Authorization: 'Bearer not-the-token' },
    });
    expect(wrong.status).toBe(401);
    // Nothing was added by the refused writes.
    const found = (await (await fetch(`${served.server.url}api/search?q=Quokkafest`)).json()) as {
      documents: unknown[];
    };
    expect(found.documents).toEqual([]);
  });
});
