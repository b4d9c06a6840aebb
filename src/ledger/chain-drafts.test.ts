import canonicalize from 'canonicalize';
import { describe, expect, it } from 'vitest';
import { chainDrafts } from './chain-drafts.js';
import { GENESIS_PREV, hashEntry } from './ledger-entry.js';
import { documentDraft } from './_test-helpers.js';

describe('chainDrafts()', () => {
  const drafts = [
    documentDraft(1),
    documentDraft(2, 'Protesters chanted «زن، زندگی، آزادی» 🕊️ in Zahedan; "quoted" \\ back\nslash'),
    { kind: 'review.recorded' as const, payload: { target: 'pr_1', reason: 'دو اعتراض متفاوت', edit: null } },
  ];
  const batch = chainDrafts({ seq: 0, hash: GENESIS_PREV }, drafts, '2025-03-01T10:00:00.000Z');

  it('hashes each entry as the canonical JSON of the entry without its hash', () => {
    let prev = GENESIS_PREV;
    batch.entries.forEach((entry, index) => {
      expect(entry.prev).toBe(prev);
      expect(entry.hash).toBe(hashEntry({ ...entry, payload: drafts[index]!.payload }));
      prev = entry.hash;
    });
  });

  it('writes each line as the canonical JSON of the whole entry, and the file bytes as those lines in UTF-8', () => {
    expect(batch.lines).toEqual(batch.entries.map((entry) => canonicalize(entry)));
    expect(batch.bytes().equals(Buffer.from(`${batch.lines.join('\n')}\n`, 'utf8'))).toBe(true);
  });
});
