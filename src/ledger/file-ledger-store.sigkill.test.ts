/**
 * A real crash: a child process appending large batches is killed with SIGKILL, and the
 * ledger it leaves must verify and accept the next append. The child imports the built
 * module from dist/, because plain node cannot import TypeScript sources.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { documentDraft, tempLedgerPath } from './_test-helpers.js';
import { openFileLedger } from './file-ledger-store.js';
import { verifyLedger } from './verify-ledger.js';

const BUILT = fileURLToPath(new URL('../../dist/ledger/index.js', import.meta.url));
const skipReason = existsSync(BUILT)
  ? null
  : `${BUILT} is missing; run "npm run build" (npm test does) first`;

// Batches of about 4 MB, so that the kill is likely to land inside a batch's write.
const CHILD = `
import { openFileLedger } from ${JSON.stringify(pathToFileURL(BUILT).href)};
const ledger = openFileLedger(process.argv[2]);
const text = 'Security forces raided homes in Zahedan. نیروهای امنیتی به خانه‌ها یورش بردند. '.repeat(200);
for (let batch = 0; ; batch++) {
  const drafts = [];
  for (let i = 0; i < 200; i++) drafts.push({ kind: 'document.added', payload: { batch, i, text } });
  await ledger.append(drafts);
}
`;

const title = 'leaves a ledger that verifies, and that the next open appends to cleanly';

describe('a writer killed with SIGKILL mid-batch', () => {
  it.skipIf(skipReason !== null)(
    skipReason === null ? title : `${title} (skipped: ${skipReason})`,
    async () => {
      const path = tempLedgerPath();
      const script = join(mkdtempSync(join(tmpdir(), 'sanad-sigkill-')), 'append-forever.mjs');
      writeFileSync(script, CHILD);
      const child = spawn(process.execPath, [script, path], { stdio: ['ignore', 'ignore', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      const closed = new Promise<NodeJS.Signals | null>((resolve) =>
        child.on('close', (_code, signal) => resolve(signal)),
      );

      // Wait until a few batches are on disk, then let it run ~200 ms more before the kill.
      // The child appends forever: it is killed on every path, or it would fill the disk.
      const started = Date.now();
      try {
        while (!(existsSync(path) && statSync(path).size > 8_000_000)) {
          if (child.exitCode !== null)
            throw new Error(`Cannot run the crash test: the child exited first (${stderr})`);
          if (Date.now() - started > 30_000)
            throw new Error(`Cannot run the crash test: the child wrote too little in 30 s (${stderr})`);
          await new Promise((resolve) => setTimeout(resolve, 10));
        }
        await new Promise((resolve) => setTimeout(resolve, 200));
      } finally {
        child.kill('SIGKILL');
      }
      expect(await closed).toBe('SIGKILL');

      const verified = await verifyLedger(path);
      expect(verified).toMatchObject({ ok: true });
      expect(verified.count).toBeGreaterThan(0);

      const ledger = openFileLedger(path);
      try {
        expect((await ledger.head()).seq).toBe(verified.count);
        await ledger.append([documentDraft(1)]);
      } finally {
        await ledger.close();
      }
      expect(await verifyLedger(path)).toEqual({
        ok: true,
        count: verified.count + 1,
        head: expect.any(String) as string,
      });
    },
  );
});
