import { describe, expect, it } from 'vitest';
import { sampleHome } from '../testdata/sample-store.js';
import { serve } from './web/_browser.js';
import { sanad, tempHome } from './_cli.js';

describe('sanad serve', () => {
  it('prints its loopback address and, on a line of its own, a fresh token that writes need', async () => {
    const home = await sampleHome();
    const first = await serve(home);
    try {
      expect(first.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      expect(first.output()).toMatch(/^token: [A-Za-z0-9_-]{32}$/m);
      const health = (await (await fetch(new URL('/api/health', first.url))).json()) as { ok: boolean };
      expect(health.ok).toBe(true);
      const form = new FormData();
      form.append('file', new Blob(['Protest in Qom\n\nStudents gathered.\n']), 'qom.txt');
      const refused = await fetch(new URL('/api/ingest', first.url), { method: 'POST', body: form });
      expect(refused.status).toBe(401);
      const accepted = await fetch(new URL('/api/ingest', first.url), {
        method: 'POST',
        body: form,
        headers: { Authorization: `Bearer ${first.token}` },
      });
      expect(accepted.status).toBe(201);
    } finally {
      await first.stop();
    }
    // A second run has another token: a token printed once is not a password for ever.
    const second = await serve(home);
    await second.stop();
    expect(second.token).not.toBe(first.token);
  });

  it('takes its token from SANAD_TOKEN when set', async () => {
    const server = await serve(tempHome(), { SANAD_TOKEN: 'chosen-by-the-user' });
    await server.stop();
    expect(server.token).toBe('chosen-by-the-user');
  });

  it('refuses a port that is not a port, saying what it expected', () => {
    const result = sanad(tempHome(), ['serve', '--port', 'eighty']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('Cannot read --port "eighty": expected a whole number from 0 to 65535');
  });
});
