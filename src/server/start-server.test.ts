import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Sanad } from '../app/index.js';
import { openSampleSanad } from '../../test/testdata/sample-store.js';
import { startServer, type RunningServer } from './start-server.js';

const TOKEN = 'test-token-1234';

interface ErrorBody {
  error: { code: string; message: string };
}

describe('the HTTP API on the sample reports', () => {
  let sanad: Sanad;
  let server: RunningServer;
  let webRoot: string;
  const get = (path: string): Promise<Response> => fetch(new URL(path, server.url));
  const json = async <T>(path: string, status = 200): Promise<T> => {
    const response = await get(path);
    const body = (await response.json()) as T;
    expect(response.status, JSON.stringify(body)).toBe(status);
    return body;
  };
  const upload = (
    name: string,
    content: string | Uint8Array,
    token: string | null = TOKEN,
  ): Promise<Response> => {
    const form = new FormData();
    form.append('file', new Blob([content]), name);
    return fetch(new URL('/api/ingest', server.url), {
      method: 'POST',
      body: form,
      headers: token === null ? {} : { Authorization: `Bearer ${token}` },
    });
  };

  beforeAll(async () => {
    sanad = await openSampleSanad();
    webRoot = mkdtempSync(join(tmpdir(), 'sanad-web-'));
    writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>sanad test page</title>');
    server = await startServer({ sanad, port: 0, token: TOKEN, webRoot });
  });
  afterAll(async () => {
    await server?.close();
    sanad?.close();
  });

  it('startServer() binds to 127.0.0.1 unless told otherwise', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  it('GET /api/health answers ok with the ledger head', async () => {
    const health = await json<{ ok: boolean; ledger_head: string; documents: number }>('/api/health');
    expect(health.ok).toBe(true);
    expect(health.ledger_head).toBe((await sanad.stats()).head);
    expect(health.documents).toBe(23);
  });

  it('every answer carries a Content-Security-Policy that forbids inline script', async () => {
    for (const path of ['/api/health', '/', '/documents/anything', '/api/nowhere']) {
      const csp = (await get(path)).headers.get('content-security-policy') ?? '';
      expect(csp, path).toContain("script-src 'self'");
      expect(csp, path).toContain("object-src 'none'");
      expect(csp, path).toContain("base-uri 'none'");
      expect(csp, path).toContain("frame-ancestors 'none'");
      expect(csp, path).not.toContain("unsafe-inline'; script"); // inline style only, never script
    }
  });

  it('serves the web app for its pages and a JSON 404 for unknown API routes', async () => {
    const page = await get('/documents/sha256:abc');
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('sanad test page');
    const missing = await json<ErrorBody>('/api/nowhere', 404);
    expect(missing.error.code).toBe('SANAD_NOT_FOUND');
    expect(missing.error.message).toMatch(
      /^Cannot find route "GET \/api\/nowhere": no such route; see \/api\/openapi.json/,
    );
  });

  it('GET /api/search groups English hits by kind with facet counts that match the hits', async () => {
    const results = await json<{
      documents: Array<{ kind: string; language: string }>;
      statements: Array<{ kind: string }>;
      events: Array<{ kind: string; type: string }>;
      facets: { kind: Record<string, number>; type: Record<string, number> };
      total: number;
    }>('/api/search?q=Tehran&limit=200');
    expect(results.documents.every((hit) => hit.kind === 'document')).toBe(true);
    expect(results.statements.length).toBeGreaterThan(0);
    expect(results.events.length).toBeGreaterThan(0);
    expect(results.events.every((hit) => hit.kind === 'event')).toBe(true);
    expect(results.facets.kind).toEqual({
      event: results.events.length,
      statement: results.statements.length,
      document: results.documents.length,
    });
    const type = results.events[0]!.type;
    const ofType = results.events.filter((hit) => hit.type === type).length;
    expect(results.facets.type[type]).toBe(ofType);

    const narrowed = await json<typeof results>(`/api/search?q=Tehran&kind=event&type=${type}`);
    expect(narrowed.documents).toEqual([]);
    expect(narrowed.statements).toEqual([]);
    expect(narrowed.events.map((hit) => hit.type)).toEqual(Array(ofType).fill(type));
    // The kind facet still counts the other kinds, so a user sees what removing it would give.
    expect(narrowed.facets.kind['document']).toBeGreaterThan(0);
  });

  it('GET /api/search counts and filters by source group and by review', async () => {
    type Results = {
      documents: Array<{ group: string | null; reviewed: boolean | null }>;
      statements: Array<{ group: string | null; reviewed: boolean | null }>;
      events: Array<{ group: string | null; reviewed: boolean | null }>;
      facets: { group: Record<string, number>; review: Record<string, number> };
      total: number;
    };
    const all = await json<Results>('/api/search?q=killed&limit=200');
    const [group, count] = Object.entries(all.facets.group)[0]!;
    const narrowed = await json<Results>(`/api/search?q=killed&limit=200&group=${group}`);
    expect(narrowed.total).toBe(count);
    for (const hit of [...narrowed.documents, ...narrowed.statements, ...narrowed.events])
      expect(hit.group).toBe(group);
    const unreviewed = await json<Results>('/api/search?q=killed&limit=200&review=unreviewed');
    expect(unreviewed.documents).toEqual([]);
    expect(unreviewed.total).toBe(all.facets.review['unreviewed']);
    const bad = await json<ErrorBody>('/api/search?q=killed&review=maybe', 400);
    expect(bad.error.message).toMatch(/^Cannot read the request's query "review": /);
  });

  it('GET /api/search finds Persian text whatever its letter forms', async () => {
    const results = await json<{ documents: Array<{ language: string }>; total: number }>(
      `/api/search?q=${encodeURIComponent('اعدام')}&language=fa`,
    );
    expect(results.total).toBeGreaterThan(0);
    expect(results.documents.every((hit) => hit.language === 'fa')).toBe(true);
  });

  it('GET /api/search refuses a filter it cannot read, saying what it expected', async () => {
    const bad = await json<ErrorBody>('/api/search?q=killed&from=2022-13', 400);
    expect(bad.error.code).toBe('SANAD_INVALID_ARGUMENT');
    expect(bad.error.message).toBe(
      'Cannot read "from": expected a day as YYYY-MM-DD (or YYYY-MM, YYYY), got "2022-13"',
    );
    const kind = await json<ErrorBody>('/api/search?q=killed&kind=person', 400);
    expect(kind.error.message).toMatch(/^Cannot read the request's query "kind": /);
    const missing = await json<ErrorBody>('/api/search', 400);
    expect(missing.error.message).toMatch(/^Cannot read the request's query "q"/);
  });

  it('GET /api/documents/:id gives the text, hashes and every item, each span pointing at its text', async () => {
    const { documents } = await json<{ documents: Array<{ id: string; title: string }> }>(
      '/api/documents?limit=100',
    );
    const listed = documents.find((d) => d.title.startsWith('About 1,500 killed'))!;
    const view = await json<{
      document: { id: string; text: string; raw_hash: string };
      extraction: {
        quantities: Array<{ text: string; span: [number, number] }>;
        statements: Array<{ id: string; quote: string; quote_span: [number, number] }>;
        events: Array<{ id: string }>;
      };
    }>(`/api/documents/${encodeURIComponent(listed.id.slice(7, 19))}`);
    expect(view.document.id).toBe(listed.id);
    for (const q of view.extraction.quantities) expect(view.document.text.slice(...q.span)).toBe(q.text);
    for (const s of view.extraction.statements) {
      expect(view.document.text.slice(...s.quote_span)).toBe(s.quote);
      const one = await json<{ id: string; quote: string; document: string }>(`/api/statements/${s.id}`);
      expect(one).toMatchObject({ id: s.id, quote: s.quote, document: listed.id });
    }
    const event = await json<{ id: string; evidence: string }>(
      `/api/events/${view.extraction.events[0]!.id}`,
    );
    expect(event.evidence.length).toBeGreaterThan(0);

    const raw = await get(`/api/documents/${encodeURIComponent(listed.id)}/raw`);
    expect(raw.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(raw.headers.get('content-security-policy')).toMatch(/sandbox/);
    // The original bytes as read, not the cleaned text.
    expect(await raw.text()).toBe(readFileSync((await sanad.document(listed.id)).document.file!, 'utf8'));
  });

  it('GET /api/documents/:id answers 404 with what to do for an unknown id', async () => {
    const missing = await json<ErrorBody>('/api/documents/0123456789abcdef', 404);
    expect(missing.error).toEqual({
      code: 'SANAD_NOT_FOUND',
      message:
        'Cannot find document "0123456789abcdef": no such id in the store; check the id, or search for the item',
    });
    expect((await json<ErrorBody>('/api/statements/st_nothing', 404)).error.code).toBe('SANAD_NOT_FOUND');
  });

  it('GET /api/events filters by type, dates and place', async () => {
    const { events } = await json<{
      events: Array<{ type: string; when: { start: string; end: string } | null; where: string[] }>;
    }>('/api/events?type=killing&from=2022-09-01&to=2022-12-31');
    expect(events.length).toBeGreaterThan(0);
    for (const event of events) {
      expect(event.type).toBe('killing');
      expect(event.when!.end >= '2022-09-01' && event.when!.start <= '2022-12-31').toBe(true);
    }
    const inZahedan = await json<{ events: Array<{ where: string[] }> }>('/api/events?place=Zahedan');
    expect(inZahedan.events.every((e) => e.where.includes('Zahedan'))).toBe(true);
  });

  it('GET /api/timeline counts every dated event once, in weeks that start on Monday', async () => {
    const all = await json<{ events: Array<{ when: unknown }> }>('/api/events?limit=10000');
    const timeline = await json<{
      bucket: string;
      buckets: Array<{ start: string; total: number }>;
      undated: number;
    }>('/api/timeline?bucket=week&from=2022-09-01&to=2022-12-31');
    expect(timeline.bucket).toBe('week');
    expect(timeline.buckets.every((b) => new Date(`${b.start}T00:00:00Z`).getUTCDay() === 1)).toBe(true);
    const whole = await json<{ buckets: Array<{ total: number }>; undated: number }>(
      '/api/timeline?bucket=year',
    );
    expect(whole.buckets.reduce((sum, b) => sum + b.total, 0) + whole.undated).toBe(all.events.length);
  });

  it('GET /api/map counts fewer events in a narrower range, with coordinates from the gazetteer', async () => {
    const all = await json<{
      events: number;
      places: Array<{ name: string; lat: number; lon: number; count: number }>;
    }>('/api/map');
    const autumn = await json<typeof all>('/api/map?from=2022-09-01&to=2022-12-31');
    expect(autumn.events).toBeLessThan(all.events);
    const tehran = all.places.find((p) => p.name === 'Tehran')!;
    expect(tehran.lat).toBeCloseTo(35.69, 1);
    expect(tehran.lon).toBeCloseTo(51.42, 1);
    const base = await json<{ places: Array<{ kind: string }> }>('/api/places');
    expect(base.places.filter((p) => p.kind === 'province')).toHaveLength(31);
  });

  it('POST /api/ingest refuses a write without the token, or with a wrong one', async () => {
    for (const token of [null, 'wrong-token']) {
      const response = await upload('report.txt', 'Protest in Shiraz\n\nCrowds gathered on Friday.\n', token);
      expect(response.status).toBe(401);
      const body = (await response.json()) as ErrorBody;
      expect(body.error.code).toBe('SANAD_UNAUTHORIZED');
      expect(body.error.message).toMatch(
        /^Cannot POST \/api\/ingest: the (request has no token|token is wrong); send "Authorization: Bearer <token>"/,
      );
    }
  });

  it('POST /api/ingest adds an upload under its own name, then knows it as a duplicate', async () => {
    const text = 'Strike in Ahvaz\n\nOil workers in Ahvaz stopped work on 3 March, a union said.\n';
    const first = await upload('ahvaz strike.txt', text);
    const added = (await first.json()) as { status: string; id: string; input: string };
    expect(first.status).toBe(201);
    expect(added).toMatchObject({ status: 'added', input: 'ahvaz strike.txt' });
    const stored = await sanad.document(added.id);
    expect(stored.document.file).toBe('ahvaz strike.txt');
    const again = await upload('copy.txt', text);
    expect(again.status).toBe(200);
    expect(((await again.json()) as { status: string }).status).toBe('duplicate');
  });

  it('POST /api/ingest refuses what sanad ingest refuses, naming the uploaded file', async () => {
    const empty = await upload('../../etc/empty.txt', '');
    expect(empty.status).toBe(422);
    expect(((await empty.json()) as ErrorBody).error).toEqual({
      code: 'SANAD_INPUT_EMPTY',
      message: 'Cannot ingest "empty.txt": empty (0 bytes)',
    });
    const binary = await upload(
      'photo.txt',
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 1, 2]),
    );
    expect(binary.status).toBe(422);
    expect(((await binary.json()) as ErrorBody).error.code).toBe('SANAD_INPUT_BINARY');
  });

  it('POST /api/ingest/url fetches an http URL and refuses other schemes', async () => {
    const site: Server = createServer((_, response) => {
      response.setHeader('Content-Type', 'text/plain; charset=utf-8');
      response.end('Rally in Tabriz\n\nHundreds of teachers rallied in Tabriz on Tuesday.\n');
    });
    await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(site.address() as AddressInfo).port}/rally.txt`;
      const post = (body: unknown) =>
        fetch(new URL('/api/ingest/url', server.url), {
          method: 'POST',
          body: JSON.stringify(body),
          headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' },
        });
      const fetched = await post({ url });
      expect(fetched.status).toBe(201);
      expect(((await fetched.json()) as { input: string }).input).toBe(url);
      const file = await post({ url: 'file:///etc/passwd' });
      expect(file.status).toBe(400);
      expect(((await file.json()) as ErrorBody).error.code).toBe('SANAD_INVALID_ARGUMENT');
    } finally {
      site.close();
    }
  });

  it('refuses a request body over the limit before reading it all', async () => {
    const response = await fetch(new URL('/api/ingest/url', server.url), {
      method: 'POST',
      body: JSON.stringify({ url: `https://example.org/${'a'.repeat(100_000)}` }),
      headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' },
    });
    expect(response.status).toBe(413);
    expect(((await response.json()) as ErrorBody).error.code).toBe('SANAD_INPUT_TOO_LARGE');
  });
});
