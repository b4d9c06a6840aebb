/**
 * Scores execution events on the Abdorrahman Boroumand Center's case narratives of
 * prisoners executed in 1988 (../shared/corpus/boroumand-1988, 3,392 YAML records; see its
 * SOURCE.md). Each record's `circumstances` text goes through the pipeline on its own, and
 * the events found are checked against the record's structured fields:
 *
 * - **execution found**: an `execution` event exists (an `execution` or `killing` event
 *   when `cause_of_death` does not say execution). Every record is an execution, so this
 *   has no false positives; its recall is the figure.
 * - **year**: an execution event's time contains the date of death; when the record gives
 *   `YYYY-01-01`, which stands for the year alone, a time that overlaps that year and spans
 *   two years at most. A false positive is a
 *   record whose execution events are dated, but none rightly; a false negative, a record
 *   with no dated execution event.
 * - **place**: an execution event's places name `place_of_death` or `province` (spellings
 *   through the gazetteer: Esfahan = Isfahan). Scored only on records whose text names that
 *   place at all; false positives and negatives as for the year.
 *
 * The notes add the share of records with no event at all, and how often any extracted
 * place (not only an event's) names the place of death.
 * @module
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { normalizeText } from '../core/text.js';
import type { Place, SanadEvent } from '../core/types.js';
import { findPlace } from '../extract/annotators/places/gazetteer.js';
import { createDefaultPipeline, type Pipeline } from '../extract/index.js';
import { fieldScore, type CorpusScore, type Scorer } from './score.js';

/** One case narrative and the fields it is scored against. */
export interface BoroumandRecord {
  readonly id: string;
  readonly text: string;
  /** `YYYY-MM-DD`; `YYYY-01-01` usually means the year alone. */
  readonly dateOfDeath: string | null;
  readonly placeOfDeath: string | null;
  readonly province: string | null;
  readonly causeOfDeath: string | null;
}

export interface BoroumandOptions {
  /** The pipeline to score; the default pipeline when absent. */
  readonly pipeline?: () => Pipeline;
  /** Score only the first N records (file name order), for quick runs. */
  readonly limit?: number;
}

const SOURCE = 'Abdorrahman Boroumand Center';

function stringField(value: unknown): string | null {
  if (typeof value === 'string' && value.trim() !== '') return value.trim();
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return null;
}

/** Reads one YAML record; null when it has no narrative. */
export function readBoroumandRecord(yamlText: string): BoroumandRecord | null {
  const data: unknown = parse(yamlText);
  if (typeof data !== 'object' || data === null) return null;
  const record = data as Record<string, unknown>;
  const text = stringField(record['circumstances']);
  if (text === null) return null;
  return {
    id: stringField(record['id']) ?? '',
    text: normalizeText(text),
    dateOfDeath: stringField(record['date_of_death']),
    placeOfDeath: stringField(record['place_of_death']),
    province: stringField(record['province']),
    causeOfDeath: stringField(record['cause_of_death']),
  };
}

function canonical(name: string): string {
  return (findPlace(name)?.name ?? name).toLowerCase();
}

/** The canonical names a record's place of death may be given by. */
function goldPlaces(record: BoroumandRecord): Set<string> {
  const names = new Set<string>();
  for (const name of [record.placeOfDeath, record.province]) {
    if (name === null) continue;
    names.add(canonical(name));
    names.add(canonical(name.replace(/\s+province$/i, '')));
  }
  return names;
}

/** Whether the text names the place of death in any spelling the gazetteer knows. */
function namesGoldPlace(record: BoroumandRecord): boolean {
  for (const name of [record.placeOfDeath, record.province]) {
    if (name === null) continue;
    const spellings = findPlace(name)?.en ?? [name];
    if (spellings.some((s) => s.length > 0 && record.text.includes(s))) return true;
  }
  return false;
}

/** Longest event time still read as naming a year ("1988-89 mass execution", not "since 1979"). */
const MAX_YEAR_SPAN_DAYS = 731;

function days(start: string, end: string): number {
  return (Date.parse(end) - Date.parse(start)) / 86_400_000;
}

/**
 * Whether an event's time gives the date of death: it contains the day, or, when the
 * record gives the year alone (`YYYY-01-01`), it overlaps that year and spans two at most.
 */
export function timeGivesDeath(when: { start: string; end: string }, dateOfDeath: string): boolean {
  if (!dateOfDeath.endsWith('-01-01')) return when.start <= dateOfDeath && when.end >= dateOfDeath;
  const year = dateOfDeath.slice(0, 4);
  return (
    when.start <= `${year}-12-31` &&
    when.end >= `${year}-01-01` &&
    days(when.start, when.end) <= MAX_YEAR_SPAN_DAYS
  );
}

function wantedTypes(record: BoroumandRecord): ReadonlySet<string> {
  return /execution/i.test(record.causeOfDeath ?? '')
    ? new Set(['execution'])
    : new Set(['execution', 'killing']);
}

/** How one record fared. */
export interface RecordOutcome {
  readonly found: boolean;
  readonly anyEvent: boolean;
  /** "right", "wrong" (dated, but not rightly) or "none" (no dated execution event). */
  readonly year: 'right' | 'wrong' | 'none' | 'unscored';
  readonly place: 'right' | 'wrong' | 'none' | 'unscored';
  readonly anyPlaceRight: boolean;
}

/** Checks the events and places extracted from one record against its fields. */
export function judgeRecord(
  record: BoroumandRecord,
  events: readonly SanadEvent[],
  places: readonly Place[],
): RecordOutcome {
  const types = wantedTypes(record);
  const executions = events.filter((e) => types.has(e.type));
  let year: RecordOutcome['year'] = 'unscored';
  if (record.dateOfDeath !== null) {
    const death = record.dateOfDeath;
    const dated = executions.filter((e) => e.when !== null);
    if (dated.length === 0) year = 'none';
    else year = dated.some((e) => e.when !== null && timeGivesDeath(e.when, death)) ? 'right' : 'wrong';
  }
  const gold = goldPlaces(record);
  let place: RecordOutcome['place'] = 'unscored';
  if (gold.size > 0 && namesGoldPlace(record)) {
    const placed = executions.filter((e) => e.where.length > 0);
    if (placed.length === 0) place = 'none';
    else place = placed.some((e) => e.where.some((w) => gold.has(canonical(w)))) ? 'right' : 'wrong';
  }
  return {
    found: executions.length > 0,
    anyEvent: events.length > 0,
    year,
    place,
    anyPlaceRight: places.some((p) => gold.has(canonical(p.name))),
  };
}

/** The records of the corpus folder, in file name order. */
export function readBoroumandFolder(folder: string, limit = Infinity): BoroumandRecord[] {
  const records: BoroumandRecord[] = [];
  for (const file of readdirSync(folder)
    .filter((f) => f.endsWith('.yaml'))
    .sort()) {
    if (records.length >= limit) break;
    const record = readBoroumandRecord(readFileSync(join(folder, file), 'utf8'));
    if (record) records.push(record);
  }
  return records;
}

function tally(outcomes: readonly RecordOutcome[], field: 'year' | 'place') {
  const scored = outcomes.filter((o) => o[field] !== 'unscored');
  return {
    tp: scored.filter((o) => o[field] === 'right').length,
    fp: scored.filter((o) => o[field] === 'wrong').length,
    fn: scored.filter((o) => o[field] === 'none').length,
    of: scored.length,
  };
}

function percent(part: number, whole: number): string {
  return whole === 0 ? 'n/a' : `${((100 * part) / whole).toFixed(1)}%`;
}

async function scoreBoroumand(
  sharedCorpus: string | null,
  options: BoroumandOptions,
): Promise<CorpusScore | null> {
  if (sharedCorpus === null) return null;
  const records = readBoroumandFolder(join(sharedCorpus, 'boroumand-1988'), options.limit);
  if (records.length === 0) return null;
  const pipeline = (options.pipeline ?? createDefaultPipeline)();
  const outcomes: RecordOutcome[] = [];
  for (const record of records) {
    const extraction = pipeline.run({ text: record.text, language: 'en', published: null, source: SOURCE });
    outcomes.push(judgeRecord(record, extraction.events, extraction.places));
  }
  const found = outcomes.filter((o) => o.found).length;
  const year = tally(outcomes, 'year');
  const place = tally(outcomes, 'place');
  const noEvent = outcomes.filter((o) => !o.anyEvent).length;
  const anyPlace = outcomes.filter((o) => o.anyPlaceRight).length;
  return {
    corpus: `boroumand-1988 (${records.length} case narratives)`,
    scores: [
      fieldScore('boroumand execution found', found, 0, records.length - found),
      fieldScore('boroumand execution year', year.tp, year.fp, year.fn),
      fieldScore('boroumand execution place', place.tp, place.fp, place.fn),
    ],
    notes: [
      `execution event found in ${percent(found, records.length)} of records; no event at all in ${percent(noEvent, records.length)}`,
      `year scored on ${year.of} records with a date of death; place on ${place.of} records whose text names the place of death`,
      `any extracted place names the place of death in ${percent(anyPlace, records.length)} of records`,
      `extractor ${pipeline.version}`,
    ],
  };
}

/** The Boroumand scorer with options (a pipeline under development, a record limit). */
export function boroumandScorer(options: BoroumandOptions = {}): Scorer {
  return { name: 'boroumand-1988', bundled: false, score: (shared) => scoreBoroumand(shared, options) };
}

/** Execution events on the Boroumand Center's 1988 case narratives. */
export const boroumand: Scorer = boroumandScorer();

// `node dist/eval/boroumand.js [SHARED_CORPUS]`: this scorer alone.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const shared = process.argv[2] ?? fileURLToPath(new URL('../../../shared/corpus', import.meta.url));
  const result = await boroumand.score(shared);
  if (result === null) console.log(`boroumand-1988: nothing to score under ${shared}`);
  else {
    console.log(result.corpus);
    for (const s of result.scores) {
      console.log(`${s.field}: P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)} F1 ${s.f1.toFixed(3)}`);
    }
    for (const note of result.notes) console.log(`  ${note}`);
  }
}
