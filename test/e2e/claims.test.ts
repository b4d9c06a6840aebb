/**
 * `sanad claims`, `sanad review` and `sanad show pr_…` on the sample reports, ingested for real
 * into a temporary home by the real `bin/sanad`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Proposition } from '../../src/core/claims.js';
import { copyHome, SAMPLES, SAMPLES_FA, sanad, tempHome } from './_cli.js';

let ingested: string;

function claims(home: string, args: readonly string[] = []): Proposition[] {
  const result = sanad(home, ['claims', '--json', '--limit', '10000', ...args]);
  expect(result.status, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as Proposition[];
}

/** The 1988 massacre: the NCRI's 30,000 against Amnesty's and the UN's thousands. */
function massacre(propositions: readonly Proposition[]): Proposition {
  const found = propositions.find(
    (p) =>
      p.when?.start.startsWith('1988') &&
      p.assertions.some((a) => a.group === 'ncri-mek' && a.low === 30000) &&
      p.assertions.some((a) => a.holder === 'Amnesty International'),
  );
  expect(found, 'a 1988 proposition holding both the 30,000 and Amnesty').toBeDefined();
  return found!;
}

beforeAll(() => {
  ingested = tempHome();
  const result = sanad(ingested, ['ingest', SAMPLES, SAMPLES_FA]);
  expect(result.status, result.stderr).toBe(0);
});

describe('sanad claims on the sample reports', () => {
  it('lists the conflicting 1988 figures as contested, naming both holders and their groups', () => {
    const contested = claims(ingested, ['--contested']);
    expect(contested.every((p) => p.contested)).toBe(true);
    const proposition = massacre(contested);
    expect(proposition.range.high).toBe(30000);
    expect(proposition.groups).toEqual(expect.arrayContaining(['ncri-mek', 'rights-ngo']));

    const table = sanad(ingested, ['claims', '--contested', '--limit', '10000']);
    expect(table.status, table.stderr).toBe(0);
    const block = table.stdout.slice(table.stdout.indexOf(proposition.id)).split('\npr_')[0]!;
    expect(block).toContain('contested');
    expect(block).toMatch(/30000\s+.*\(ncri-mek\)/);
    expect(block).toMatch(/2000–9999\s+Amnesty International \(rights-ngo\)/);
  });

  it('counts several outlets of one camp as one voice', () => {
    const proposition = massacre(claims(ingested));
    const camp = new Set(proposition.assertions.filter((a) => a.group === 'ncri-mek').map((a) => a.holder));
    expect(camp.size).toBeGreaterThanOrEqual(2);
    expect(proposition.groups.filter((group) => group === 'ncri-mek')).toHaveLength(1);
    expect(proposition.corroboration).toBe(proposition.groups.length);
    expect(proposition.corroboration).toBeLessThan(new Set(proposition.assertions.map((a) => a.holder)).size);
  });

  it('counts a figure relayed by a wire service for the officials who gave it, not the wire', () => {
    const relayed = claims(ingested)
      .flatMap((p) => p.assertions)
      .find((a) => a.chain[0]?.name === 'Reuters' && a.low === 1500);
    expect(relayed).toMatchObject({ group: 'iran-state' });
    expect(relayed!.chain.at(-1)!.name).toBe(relayed!.holder);
  });

  it("flags a state holder's admission against interest", () => {
    const admissions = claims(ingested).filter((p) => p.admission_against_interest);
    expect(admissions.length).toBeGreaterThan(0);
    const credited = admissions.find((p) => p.admissions.includes('state-credits-opposition-with-protests'));
    expect(credited?.assertions.some((a) => ['iran-state', 'irgc'].includes(a.group))).toBe(true);
  });

  it('filters by group, and gives the same ids after a rebuild', () => {
    const before = claims(ingested, ['--group', 'un']);
    expect(before.length).toBeGreaterThan(0);
    expect(before.every((p) => p.groups.includes('un'))).toBe(true);
    const home = copyHome(ingested);
    expect(sanad(home, ['rebuild']).status).toBe(0);
    expect(claims(home, ['--group', 'un'])).toEqual(before);
  });
});

describe('sanad review', () => {
  it('changes what the next claims prints, keeps the ledger verifiable and survives a rebuild', () => {
    const home = copyHome(ingested);
    const proposition = massacre(claims(home));
    const camp = proposition.assertions.filter((a) => a.group === 'ncri-mek');
    for (const assertion of camp) {
      const rejected = sanad(home, ['review', assertion.event, '--reject', '--reason', 'count not sourced']);
      expect(rejected.status, rejected.stderr).toBe(0);
    }
    const accepted = sanad(home, ['review', proposition.id, '--accept', '--reason', 'same massacre']);
    expect(accepted.stdout).toMatch(/recorded accept of pr_/);

    const after = claims(home).find((p) => p.id === proposition.id)!;
    expect(after.assertions).toHaveLength(proposition.assertions.length);
    expect(after.groups).not.toContain('ncri-mek');
    expect(after.corroboration).toBe(proposition.corroboration - 1);
    expect(after.range.high).toBeLessThan(30000);
    expect(after.review).toMatchObject({ decision: 'accepted', reason: 'same massacre' });
    expect(
      after.assertions
        .filter((a) => !a.counted)
        .map((a) => a.id)
        .sort(),
    ).toEqual(camp.map((a) => a.id).sort());

    const shown = sanad(home, ['show', proposition.id]);
    expect(shown.status, shown.stderr).toBe(0);
    expect(shown.stdout).toContain('[rejected: not counted]');
    expect(shown.stdout).toMatch(/review history \(newest first\)\n\s+\S+\s+accept: same massacre/);
    expect(shown.stdout).toMatch(/chain\s+\S.* \[outlet\] → /);

    const verified = sanad(home, ['verify']);
    expect(verified.status, verified.stderr).toBe(0);
    const reviewed = claims(home);
    expect(sanad(home, ['rebuild']).status).toBe(0);
    expect(claims(home)).toEqual(reviewed);
  });

  it('keeps the original figure beside an edit', () => {
    const home = copyHome(ingested);
    const proposition = massacre(claims(home));
    const amnesty = proposition.assertions.find((a) => a.holder === 'Amnesty International')!;
    const edited = sanad(home, [
      'review',
      amnesty.event,
      '--edit',
      '{"low": 4500}',
      '--reason',
      'later count',
    ]);
    expect(edited.status, edited.stderr).toBe(0);
    const after = claims(home).find((p) => p.id === proposition.id)!;
    const judged = after.assertions.find((a) => a.id === amnesty.id)!;
    expect(judged).toMatchObject({
      low: amnesty.low,
      high: amnesty.high,
      edited: { low: 4500, high: amnesty.high },
    });
    expect(judged.review).toMatchObject({ decision: 'edited', edit: { low: 4500 } });
  });

  it('refuses a bad review with one clear error and stores nothing', () => {
    const home = copyHome(ingested);
    const head = sanad(home, ['verify']).stdout;
    const cases: Array<[string[], RegExp]> = [
      [
        ['review', 'pr_0000000000000000', '--accept', '--reason', 'x'],
        /Cannot find proposition "pr_0000000000000000"/,
      ],
      [
        ['review', 'nonsense', '--accept', '--reason', 'x'],
        /expected a proposition \(pr_…\), event \(ev_…\) or statement \(st_…\) id/,
      ],
      [['review', 'pr_0000000000000000', '--accept'], /--reason TEXT is required/],
      [['review', 'pr_0000000000000000', '--accept', '--reject', '--reason', 'x'], /exactly one of/],
      [
        ['review', 'pr_0000000000000000', '--edit', '{oops', '--reason', 'x'],
        /Cannot read --edit "\{oops": not JSON/,
      ],
    ];
    for (const [args, message] of cases) {
      const result = sanad(home, args);
      expect(result.status, args.join(' ')).not.toBe(0);
      expect(result.stderr).toMatch(message);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    }
    expect(sanad(home, ['verify']).stdout).toBe(head);
  });
});

/** The shape of schema.org ClaimReview JSON-LD that fact-check readers rely on. */
const ClaimReviewDocument = z.object({
  '@context': z.literal('https://schema.org'),
  '@graph': z.array(
    z.object({
      '@type': z.literal('ClaimReview'),
      identifier: z.string().regex(/^pr_[0-9a-f]{16}$/),
      datePublished: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
      claimReviewed: z.string().min(1),
      reviewBody: z.string().min(1),
      author: z.object({ '@type': z.string(), name: z.string() }),
      reviewRating: z
        .object({
          '@type': z.literal('Rating'),
          ratingValue: z.number(),
          worstRating: z.number(),
          bestRating: z.number(),
          alternateName: z.string(),
        })
        .refine((r) => r.worstRating <= r.ratingValue && r.ratingValue <= r.bestRating),
      itemReviewed: z.object({
        '@type': z.literal('Claim'),
        author: z.array(z.object({ '@type': z.string(), name: z.string() })).min(1),
        appearance: z
          .array(z.object({ '@type': z.literal('CreativeWork'), identifier: z.string(), text: z.string() }))
          .min(1),
      }),
    }),
  ),
});

describe('sanad export --format claimreview', () => {
  it('writes one ClaimReview per reviewed proposition, rated by the latest decision', () => {
    const home = copyHome(ingested);
    const all = claims(home);
    const proposition = massacre(all);
    const other = all.find((p) => p.id !== proposition.id && p.contested)!;
    expect(sanad(home, ['review', proposition.id, '--accept', '--reason', 'same massacre']).status).toBe(0);
    expect(sanad(home, ['review', other.id, '--reject', '--reason', 'two events']).status).toBe(0);
    const out = join(home, 'reviewed.jsonld');
    const exported = sanad(home, ['export', '--format', 'claimreview', '--out', out]);
    expect(exported.status, exported.stderr).toBe(0);
    const document = ClaimReviewDocument.parse(JSON.parse(readFileSync(out, 'utf8')));
    const byId = new Map(document['@graph'].map((review) => [review.identifier, review]));
    expect([...byId.keys()].sort()).toEqual([proposition.id, other.id].sort());
    expect(byId.get(proposition.id)!.reviewRating.ratingValue).toBe(3);
    expect(byId.get(other.id)!.reviewRating.ratingValue).toBe(1);
    expect(byId.get(proposition.id)!.claimReviewed).toMatch(
      /^killed \(killing\), .*: 2000 to 30000 \(contested\)$/,
    );
    expect(byId.get(proposition.id)!.itemReviewed.author.map((a) => a.name)).toContain(
      'Amnesty International',
    );
  });
});
