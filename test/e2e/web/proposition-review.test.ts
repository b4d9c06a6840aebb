import { describe, expect, it } from 'vitest';
import { browserAvailable, strictPage, useServedSamples } from './_browser.js';

interface Assertion {
  holder: string;
  group: string;
  low: number | null;
  high: number | null;
  evidence: string;
}
interface Proposition {
  id: string;
  contested: boolean;
  corroboration: number;
  groups: string[];
  review: { decision: string; reason: string } | null;
  assertions: Assertion[];
}
interface Review {
  decision: string;
  reason: string;
}

describe.runIf(browserAvailable())('propositions and the review queue in Chromium', () => {
  const served = useServedSamples();
  const api = async <T>(path: string): Promise<T> => {
    const response = await fetch(new URL(path, served.server.url));
    expect(response.status, path).toBe(200);
    return (await response.json()) as T;
  };

  it('opens a contested proposition from the claims list and shows both figures and both groups', async () => {
    // A contested proposition whose assertions come from at least two groups, as the store has it.
    const contested = await api<Proposition[]>('/api/propositions?contested=true');
    const chosen = contested.find(
      (p) => new Set(p.assertions.map((a) => a.group)).size >= 2 && p.assertions.length <= 8,
    );
    expect(chosen, 'a contested proposition held by two groups in the samples').toBeDefined();
    const proposition = chosen!;

    const problems: string[] = [];
    const page = await strictPage(served.browser, problems);
    await page.goto(served.server.url);
    await page.getByRole('link', { name: 'Claims' }).click();
    await page.locator('input[name="contested"]').check();
    await page.waitForURL(/contested=true/);
    // Every row listed is contested, and the chosen one is among them. The unfiltered list stays
    // on screen until the filtered one arrives, so the rows are read until they change.
    const flags = () =>
      page
        .locator('.proposition-table tbody tr')
        .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-contested')));
    await expect.poll(flags).toEqual(contested.map(() => 'true'));
    await page.locator(`tr[data-id="${proposition.id}"] a`).first().click();
    await page.waitForSelector('.assertion');
    expect(new URL(page.url()).pathname).toBe(`/propositions/${proposition.id}`);

    expect(await page.locator('[data-badge="contested"]').count()).toBe(1);
    const cards = page.locator('.assertion');
    expect(await cards.count()).toBe(proposition.assertions.length);
    const shownGroups = await cards.evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-group')));
    expect(new Set(shownGroups)).toEqual(new Set(proposition.assertions.map((a) => a.group)));
    expect(await page.locator('.assertion [data-field="holder"]').allTextContents()).toEqual(
      proposition.assertions.map((a) => a.holder),
    );
    // Each assertion's own figure, side by side: the lows the API gives, in the order it gives them.
    const figures = await page.locator('.assertion [data-field="figure"]').allTextContents();
    proposition.assertions.forEach((assertion, index) => {
      if (assertion.low !== null) expect(figures[index]).toContain(assertion.low.toLocaleString('en-US'));
    });
    expect(new Set(proposition.assertions.map((a) => a.low)).size).toBeGreaterThanOrEqual(2);
    expect(await page.locator('.assertion [data-field="evidence"]').first().textContent()).toBe(
      proposition.assertions[0]!.evidence,
    );
    expect(await page.locator('[data-field="corroboration"]').textContent()).toContain(
      String(proposition.corroboration),
    );
    // The cards stand side by side: the second starts level with the first.
    const [first, second] = await cards.evaluateAll((nodes) =>
      nodes.slice(0, 2).map((n) => n.getBoundingClientRect().top),
    );
    expect(second).toBe(first);
    expect(problems).toEqual([]);
  });

  it('lays a proposition out right to left in Persian, with Persian digits and the first assertion on the right', async () => {
    const contested = await api<Proposition[]>('/api/propositions?contested=true');
    const proposition = contested.find((p) => p.assertions.length >= 2 && p.assertions[0]!.low !== null)!;
    const problems: string[] = [];
    const page = await strictPage(served.browser, problems);
    await page.goto(`${served.server.url}propositions/${proposition.id}`);
    await page.waitForSelector('.assertion');
    await page.locator('button[data-lang="fa"]').click();
    await expect.poll(() => page.locator('html').getAttribute('dir')).toBe('rtl');
    expect(await page.locator('[data-badge="contested"]').textContent()).toBe('مورد مناقشه');
    const figure = (await page.locator('.assertion [data-field="figure"]').first().textContent())!;
    expect(figure).toContain(proposition.assertions[0]!.low!.toLocaleString('fa-IR'));
    expect(figure).not.toMatch(/[0-9]/);
    const [first, second] = await page
      .locator('.assertion')
      .evaluateAll((nodes) => nodes.slice(0, 2).map((n) => n.getBoundingClientRect().left));
    expect(first).toBeGreaterThan(second!);
    expect(problems).toEqual([]);
  });

  it('records a review from the keyboard with the token, and shows it after a reload', async () => {
    const problems: string[] = [];
    const page = await strictPage(served.browser, problems);
    await page.goto(`${served.server.url}review?order=contested`);
    await page.locator('.token-form input[name="token"]').fill(served.server.token);
    await page.locator('.token-form input[name="token"]').press('Enter');
    await page.waitForSelector('.queue-item[aria-selected="true"]');
    const selectedId = () => page.locator('.queue-item[aria-selected="true"]').getAttribute('data-id');
    const ids = await page
      .locator('.queue-item')
      .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-id')));
    const queue = await api<{ propositions: Proposition[] }>('/api/review-queue?order=contested');
    expect(ids).toEqual(queue.propositions.map((p) => p.id));
    expect(ids.length).toBeGreaterThanOrEqual(2);

    // j moves down, k back up; the arrows do the same.
    await page.locator('body').press('j');
    await expect.poll(selectedId).toBe(ids[1]);
    await page.locator('body').press('k');
    await expect.poll(selectedId).toBe(ids[0]);
    await page.locator('body').press('ArrowDown');
    await expect.poll(selectedId).toBe(ids[1]);
    const target = ids[1]!;

    // a picks "accept" and puts the cursor in the reason; Enter records it.
    await page.keyboard.press('a');
    expect(await page.locator('button[data-decision="accept"]').getAttribute('aria-pressed')).toBe('true');
    await page.keyboard.type('Checked against the original report');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.review-panel [role="status"]');
    expect(await page.locator(`.queue-item[data-id="${target}"]`).count()).toBe(0);

    // After a reload: the token is still kept for the tab, and the item has left the queue.
    await page.reload();
    await page.waitForSelector('.queue-item');
    expect(await page.locator('.token-kept').count()).toBe(1);
    expect(await page.locator(`.queue-item[data-id="${target}"]`).count()).toBe(0);

    // The proposition shows the decision and its reason in its history.
    await page.goto(`${served.server.url}propositions/${target}`);
    await page.waitForSelector('.review-history li');
    expect(await page.locator('[data-badge="review"]').textContent()).toBe('accepted');
    expect(await page.locator('.review-history .reason').first().textContent()).toBe(
      'Checked against the original report',
    );
    const stored = await api<Proposition & { reviews: Review[] }>(`/api/propositions/${target}`);
    expect(stored.review).toMatchObject({
      decision: 'accepted',
      reason: 'Checked against the original report',
    });
    expect(stored.reviews).toHaveLength(1);
    expect(problems).toEqual([]);
  });

  it('refuses a review without the right token, in the page and over HTTP, and records nothing', async () => {
    const problems: string[] = [];
    const page = await strictPage(served.browser, problems);
    await page.goto(`${served.server.url}review`);
    await page.locator('.token-form input[name="token"]').fill('not-the-token');
    await page.locator('.token-form button').click();
    await page.waitForSelector('.queue-item[aria-selected="true"]');
    const target = (await page.locator('.queue-item[aria-selected="true"]').getAttribute('data-id'))!;
    await page.locator('body').press('r');
    await page.keyboard.type('Not what the source says');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.review-panel [role="alert"]');
    expect(await page.locator('.review-panel [role="alert"]').textContent()).toMatch(
      /^Cannot POST \/api\/reviews: the token is wrong/,
    );
    // The wrong token is forgotten and asked for again; the item stays in the queue.
    expect(await page.locator('.token-form').count()).toBe(1);
    expect(await page.locator(`.queue-item[data-id="${target}"]`).count()).toBe(1);
    // The served.browser logs the refused request itself; nothing else went wrong.
    expect(problems.filter((p) => !/status of 401/.test(p))).toEqual([]);

    const post = (headers: Record<string, string>) =>
      fetch(new URL('/api/reviews', served.server.url), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...headers },
        body: JSON.stringify({ target, decision: 'reject', reason: 'no token' }),
      });
    const none = await post({});
    expect(none.status).toBe(401);
    expect(((await none.json()) as { error: { code: string } }).error.code).toBe('SANAD_UNAUTHORIZED');
    expect((await post({ Authorization: 'Bearer wrong' })).status).toBe(401);
    const stored = await api<{ reviews: Review[]; review: unknown }>(`/api/propositions/${target}`);
    expect(stored.reviews).toEqual([]);
    expect(stored.review).toBeNull();
  });
});
