/**
 * The claims benchmark: a store of at least 100,000 events (the sample reports' real extractions,
 * copied with their dates moved a month and a half further for each copy), regrouped into
 * propositions, then listed as `sanad claims` lists them.
 * @module
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { configFromEnv, openSanad, sampleInputs, type Sanad } from '../app/index.js';
import type { SanadDocument, Time } from '../core/types.js';
import { openFileLedger, type EntryDraft } from '../ledger/index.js';
import type { StoredExtraction } from '../store/index.js';

const DAY_MS = 86_400_000;
/** Days each copy's dates move, so that copies group apart as different happenings would. */
const SHIFT_DAYS = 45;
/** Ledger entries appended at once while building the store: 2,000 raised the bench's peak RSS to 462 MB. */
const BATCH = 200;

export interface ClaimsBench {
  events: number;
  propositions: number;
  rebuildSeconds: number;
  /** CPU time of the regrouping (user + system): what it costs whatever else the machine runs. */
  rebuildCpuSeconds: number;
  queryMs: number;
}

function shifted(time: Time | null, days: number): Time | null {
  if (!time) return null;
  const move = (iso: string): string =>
    new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
  return { ...time, start: move(time.start), end: move(time.end) };
}

async function sampleExtractions(
  work: string,
): Promise<Array<{ document: SanadDocument; extraction: StoredExtraction }>> {
  const sanad = await openSanad(configFromEnv(process.env, { home: join(work, 'claims-seed') }));
  try {
    await sanad.ingest(sampleInputs());
    const listed = await sanad.listDocuments({ limit: 1000 });
    const views = await Promise.all(listed.map((document) => sanad.document(document.id)));
    return views.flatMap((view) =>
      view.extraction ? [{ document: view.document, extraction: view.extraction }] : [],
    );
  } finally {
    await sanad.close();
  }
}

function copyDrafts(samples: Awaited<ReturnType<typeof sampleExtractions>>, copy: number): EntryDraft[] {
  const drafts: EntryDraft[] = [];
  for (const { document, extraction } of samples) {
    const text = `${document.text}\n\nbench copy ${copy}\n`;
    const id = `sha256:${createHash('sha256').update(text, 'utf8').digest('hex')}`;
    const days = copy * SHIFT_DAYS;
    drafts.push({ kind: 'document.added', payload: { document: { ...document, id, text } } });
    drafts.push({
      kind: 'extraction.added',
      payload: {
        document: id,
        extractor: extraction.extractor,
        extraction: {
          quantities: [],
          dates: [],
          places: [],
          entities: [],
          diagnostics: [],
          statements: extraction.statements.map(({ id: _id, ...statement }) => ({
            ...statement,
            when: shifted(statement.when, days),
          })),
          events: extraction.events.map(({ id: _id, ...event }) => ({
            ...event,
            when: shifted(event.when, days),
          })),
        },
      },
    });
  }
  return drafts;
}

async function timeClaims(sanad: Sanad): Promise<number> {
  const timings: number[] = [];
  const filters = [
    {},
    { contested: true },
    { group: 'iran-state' },
    { group: 'rights-ngo', contested: true },
  ];
  for (let i = 0; i < 40; i++) {
    const started = performance.now();
    await sanad.claims(filters[i % filters.length]);
    timings.push(performance.now() - started);
  }
  timings.sort((a, b) => a - b);
  return timings[Math.floor(timings.length / 2)]!;
}

/** Builds the store under `work`, regroups it once more under the clock, and times claims. */
export async function measureClaims(work: string, minEvents = 100_000): Promise<ClaimsBench> {
  const samples = await sampleExtractions(work);
  const perCopy = samples.reduce((sum, sample) => sum + sample.extraction.events.length, 0);
  const copies = Math.ceil(minEvents / Math.max(1, perCopy));
  const home = join(work, 'claims');
  const ledger = openFileLedger(join(home, 'ledger.jsonl'));
  try {
    let pending: EntryDraft[] = [];
    for (let copy = 0; copy < copies; copy++) {
      pending.push(...copyDrafts(samples, copy));
      if (pending.length >= BATCH) {
        await ledger.append(pending);
        pending = [];
      }
    }
    if (pending.length) await ledger.append(pending);
  } finally {
    await ledger.close();
  }
  const sanad = await openSanad(configFromEnv(process.env, { home }));
  try {
    const { events } = await sanad.stats();
    const cpuBefore = process.cpuUsage();
    const regrouped = await sanad.regroup();
    const cpu = process.cpuUsage(cpuBefore);
    return {
      events,
      propositions: regrouped.propositions,
      rebuildSeconds: regrouped.seconds,
      rebuildCpuSeconds: (cpu.user + cpu.system) / 1e6,
      queryMs: await timeClaims(sanad),
    };
  } finally {
    await sanad.close();
  }
}
