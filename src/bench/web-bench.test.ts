import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSampleSanad } from '../../test/testdata/sample-store.js';
import type { Sanad } from '../app/index.js';
import { measureApi, measureApiProposition } from './web-bench.js';

describe('the web bench', () => {
  let sanad: Sanad;
  beforeAll(async () => {
    sanad = await openSampleSanad();
  });
  afterAll(async () => {
    await sanad?.close();
  });

  it('times the proposition page over HTTP for the stored propositions', async () => {
    const timing = await measureApiProposition(sanad, 20);
    expect(timing).not.toBeNull();
    expect(timing!.p50).toBeGreaterThan(0);
    expect(timing!.p95).toBeGreaterThanOrEqual(timing!.p50);
  });

  it('refuses to report a time for a request that failed', async () => {
    await expect(measureApi(sanad, ['/api/propositions/pr_0000000000000000'], 1)).rejects.toThrow(
      'Cannot measure the API: "/api/propositions/pr_0000000000000000" answered 404',
    );
  });
});
