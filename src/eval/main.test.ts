import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { GOLD_FIELDS } from './compare-fields.js';

const main = fileURLToPath(new URL('../../dist/eval/main.js', import.meta.url));

// `npm test` builds first; a bare `vitest run` before any build has nothing to run.
describe.skipIf(!existsSync(main))('npm run eval', () => {
  it('prints each field of the team gold and ends with one JSON line of their figures', () => {
    const out = execFileSync(process.execPath, [main, '--only', 'samples'], {
      encoding: 'utf8',
      timeout: 120_000,
    });
    const lines = out.trimEnd().split('\n');
    for (const field of GOLD_FIELDS) expect(out).toMatch(new RegExp(`^${field} +\\d\\.\\d{3} `, 'm'));
    const figures = JSON.parse(lines[lines.length - 1]!) as Record<string, number>;
    for (const field of GOLD_FIELDS) {
      for (const key of ['p', 'r', 'f1']) expect(figures[`${field}_${key}`]).toBeGreaterThanOrEqual(0);
    }
  });
});
