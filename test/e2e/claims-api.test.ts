/**
 * The claims API served by the real `sanad serve` over the sample reports: the same JSON as
 * `sanad claims --json`, one proposition with its history, the review queue, and reviews that
 * need the token.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Proposition } from '../../src/core/claims.js';
import { serve, type Served } from './web/_browser.js';
import { SAMPLES, SAMPLES_FA, sanad, tempHome } from './_cli.js';

let home: string;
let server: Served;

/** The fields of the answers these tests read. */
interface Answer {
  error: { code: string };
  review: unknown;
  reviews: Array<{ reason: string }>;
  propositions: Proposition[];
  corroboration: number;
}

async function api(path: string, init: RequestInit = {}): Promise<{ status: number; body: Answer }> {
  const response = await fetch(new URL(path, server.url), init);
  return { status: response.status, body: (await response.json()) as Answer };
}

function post(body: unknown, token: string | null = server.token) {
  return api('/api/reviews', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
}

beforeAll(async () => {
  home = tempHome();
  expect(sanad(home, ['ingest', SAMPLES, SAMPLES_FA]).status).toBe(0);
  server = await serve(home);
});

afterAll(async () => {
  await server?.stop();
});

describe('the claims API', () => {
  it('answers GET /api/propositions exactly as sanad claims --json prints, with the same filters', async () => {
    const { status, body } = await api('/api/propositions?contested=true&group=rights-ngo&limit=50');
    expect(status).toBe(200);
    await server.stop();
    const printed = sanad(home, [
      'claims',
      '--json',
      '--contested',
      '--group',
      'rights-ngo',
      '--limit',
      '50',
    ]);
    server = await serve(home);
    expect(printed.status, printed.stderr).toBe(0);
    expect(body).toEqual(JSON.parse(printed.stdout));
    expect((body as unknown as Proposition[]).length).toBeGreaterThan(0);
  });

  it('records a review with the token (401 without, 400 and 404 with codes) and shows it newest first', async () => {
    const [first] = (await api('/api/review-queue?order=contested&limit=1')).body
      .propositions as Proposition[];
    expect(first!.contested).toBe(true);
    const refused = await post({ target: first!.id, decision: 'accept', reason: 'checked' }, null);
    expect(refused.status).toBe(401);
    expect((await post({ target: first!.id, decision: 'maybe', reason: 'x' })).body.error.code).toBe(
      'SANAD_INVALID_ARGUMENT',
    );
    const missing = await post({ target: 'pr_0000000000000000', decision: 'accept', reason: 'x' });
    expect([missing.status, missing.body.error.code]).toEqual([404, 'SANAD_NOT_FOUND']);

    const accepted = await post({ target: first!.id, decision: 'accept', reason: 'checked' });
    expect(accepted.status).toBe(201);
    const rejected = await post({ target: first!.id, decision: 'reject', reason: 'two events' });
    expect(rejected.body.review).toMatchObject({ target: first!.id, decision: 'reject', edit: null });

    const shown = await api(`/api/propositions/${first!.id}`);
    expect(shown.body.review).toMatchObject({ decision: 'rejected', reason: 'two events' });
    expect(shown.body.reviews.map((r) => r.reason)).toEqual(['two events', 'checked']);
    expect(shown.body.corroboration).toBe(0);
    const queue = (await api('/api/review-queue?limit=10000')).body.propositions as Proposition[];
    expect(queue.map((p) => p.id)).not.toContain(first!.id);
    expect((await api('/api/propositions/pr_0000000000000000')).status).toBe(404);
  });
});
