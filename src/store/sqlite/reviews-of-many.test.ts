import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import type { ProjectableEntry } from '../projection-store.js';
import { openSqliteStore } from './open-sqlite-store.js';

function review(seq: number, target: string): ProjectableEntry {
  return {
    seq,
    at: '2025-01-01T00:00:00.000Z',
    kind: 'review.recorded',
    payload: { target, decision: 'accept', edit: null, reason: `checked ${seq}` },
    prev: 'sha256:x',
    hash: 'sha256:y',
  };
}

it('reads the reviews of more targets than SQLite binds in one statement, oldest first', async () => {
  const store = await openSqliteStore(join(mkdtempSync(join(tmpdir(), 'sanad-reviews-')), 'store.sqlite'));
  try {
    await store.apply([review(1, 'pr_00000000000000aa'), review(2, 'ev_00000000000000bb')]);
    // A proposition of a large store holds tens of thousands of assertions, each a target; one
    // target named twice (ev_…bb is among the generated ones too) is read once.
    const targets = Array.from({ length: 40_000 }, (_, i) => `ev_${i.toString(16).padStart(16, '0')}`);
    targets.push('ev_00000000000000bb', 'pr_00000000000000aa');
    const reviews = await store.reviews(targets);
    expect(reviews.map((r) => [r.seq, r.target])).toEqual([
      [1, 'pr_00000000000000aa'],
      [2, 'ev_00000000000000bb'],
    ]);
  } finally {
    await store.close();
  }
});
