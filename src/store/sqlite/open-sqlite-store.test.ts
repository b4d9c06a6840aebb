import { createHash } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SanadError } from '../../core/errors.js';
import type { Extraction, SanadDocument, SanadEvent, Statement } from '../../core/types.js';
import type {
  ProjectableEntry,
  ProjectableKind,
  ProjectionStore,
  StoredExtraction,
} from '../projection-store.js';
import { openSqliteStore } from './open-sqlite-store.js';

/**
 * The stored extraction without the ids its statements and events carry, after checking that
 * each id finds that very item (the web app links highlights to items by these ids).
 */
function withoutIds(store: ProjectionStore, stored: StoredExtraction | null | undefined): unknown {
  if (!stored) return stored;
  for (const { id, ...statement } of stored.statements) {
    const { id: _id, document: _document, evidence: _evidence, ...found } = store.getStatement(id)!;
    expect(found).toEqual(statement);
  }
  for (const { id, ...event } of stored.events) {
    const { id: _id, document: _document, evidence: _evidence, ...found } = store.getEvent(id)!;
    expect(found).toEqual(event);
  }
  return {
    ...stored,
    statements: stored.statements.map(({ id: _id, ...rest }) => rest),
    events: stored.events.map(({ id: _id, ...rest }) => rest),
  };
}

const opened: ProjectionStore[] = [];
afterEach(() => {
  for (const store of opened.splice(0)) store.close();
});

function openTemp(): ProjectionStore {
  const store = openSqliteStore(join(mkdtempSync(join(tmpdir(), 'sanad-store-')), 'store.sqlite'));
  opened.push(store);
  return store;
}

function documentOf(text: string, fields: Partial<SanadDocument> = {}): SanadDocument {
  return {
    id: `sha256:${createHash('sha256').update(text).digest('hex')}`,
    file: null,
    title: null,
    published: null,
    language: 'en',
    source: null,
    author: null,
    text,
    raw_hash: `sha256:${'a'.repeat(64)}`,
    media_type: 'text/plain',
    ...fields,
  };
}

function entry(seq: number, kind: ProjectableKind, payload: unknown): ProjectableEntry {
  return {
    seq,
    at: '2024-01-01T00:00:00.000Z',
    kind,
    payload,
    prev: `sha256:${seq - 1}`,
    hash: `sha256:${seq}`,
  };
}

function extractionOf(parts: Partial<Extraction>): Extraction {
  return {
    quantities: [],
    dates: [],
    places: [],
    entities: [],
    statements: [],
    events: [],
    diagnostics: [],
    ...parts,
  };
}

function statementAt(text: string, quote: string, speaker: string): Statement {
  const start = text.indexOf(quote);
  return {
    span: [start, start + quote.length],
    quote,
    quote_span: [start, start + quote.length],
    direct: true,
    speaker: { name: speaker, role: null, organization: null },
    verb: 'said',
    when: null,
    chain: [{ name: speaker, kind: 'person' }],
  };
}

function eventAt(text: string, summary: string, fields: Partial<SanadEvent>): SanadEvent {
  const start = text.indexOf(summary);
  return {
    type: 'protest',
    span: [start, start + summary.length],
    summary,
    when: null,
    where: [],
    actors: [],
    targets: [],
    counts: {},
    asserted_by: null,
    ...fields,
  };
}

const ENGLISH_TEXT =
  'Nurses rallied outside the health ministry in Tehran on Monday to demand unpaid wages. ' +
  '"We will return every day until we are paid," a nurse named Leila Ahmadi told reporters. ' +
  'Two days later, security forces detained 14 of the nurses in Mashhad, according to a rights group.';
const english = documentOf(ENGLISH_TEXT, {
  title: 'Nurses protest unpaid wages',
  published: { start: '2023-05-08', end: '2023-05-08', precision: 'day' },
  source: 'Example Wire',
});
const englishExtraction = extractionOf({
  statements: [statementAt(ENGLISH_TEXT, 'We will return every day until we are paid', 'Leila Ahmadi')],
  events: [
    eventAt(ENGLISH_TEXT, 'Nurses rallied outside the health ministry in Tehran', {
      when: { start: '2023-05-08', end: '2023-05-08', precision: 'day' },
      where: ['Tehran'],
    }),
    eventAt(ENGLISH_TEXT, 'security forces detained 14 of the nurses in Mashhad', {
      type: 'arrest',
      when: { start: '2023-05-10', end: '2023-05-10', precision: 'day' },
      where: ['Mashhad'],
      counts: { arrested: { low: 14, high: 14 } },
    }),
  ],
});

// Arabic yeh (ي) and kaf (ك) and Arabic-Indic digits, as some outlets write.
const ARABIC_FORMS_TEXT = 'در شهر كرمانشاه ٢٣ زنداني سياسي روز ١٤ آبان به زندان منتقل شدند.';
// Persian yeh (ی) and keheh (ک), Persian digits and a zero-width non-joiner in خانواده‌های.
const PERSIAN_FORMS_TEXT = 'خانواده‌های زندانیان در شیراز روز ۱۵ آبان ۱۴۰۱ مقابل دادگستری تجمع کردند.';
const arabicForms = documentOf(ARABIC_FORMS_TEXT, { language: 'fa', title: 'انتقال زندانیان' });
const persianForms = documentOf(PERSIAN_FORMS_TEXT, { language: 'fa', title: null });

function sampleEntries(): ProjectableEntry[] {
  return [
    entry(1, 'document.added', { document: english }),
    entry(2, 'extraction.added', {
      document: english.id,
      extractor: 'test@1',
      extraction: englishExtraction,
    }),
    entry(3, 'document.added', { document: arabicForms }),
    entry(4, 'document.added', { document: persianForms }),
    entry(5, 'source.registered', { name: 'Example Wire', group: 'independent-media' }),
  ];
}

function seeded(): ProjectionStore {
  const store = openTemp();
  store.apply(sampleEntries());
  return store;
}

describe('openSqliteStore()', () => {
  it('search() finds an English document and cuts its snippet from the original text', () => {
    const store = seeded();
    const results = store.search('Mashhad detained');
    expect(results.query).toBe('Mashhad detained');
    expect(results.documents.map((hit) => hit.id)).toEqual([english.id]);
    const hit = results.documents[0]!;
    expect(hit).toMatchObject({
      kind: 'document',
      document: english.id,
      title: 'Nurses protest unpaid wages',
      published: '2023-05-08',
      source: 'Example Wire',
      language: 'en',
    });
    expect(hit.snippet).toContain('security forces detained 14 of the nurses in Mashhad');
    expect(hit.snippet.startsWith('…')).toBe(true);
    expect(hit.snippet.length).toBeLessThanOrEqual(170);
    expect(hit.snippet).not.toMatch(/[<>]/);
    expect(hit.score).toBeGreaterThan(0);
  });

  it('search() returns statements by quote or speaker and events by summary, type or place', () => {
    const store = seeded();
    const bySpeaker = store.search('Ahmadi');
    expect(bySpeaker.statements).toHaveLength(1);
    expect(bySpeaker.statements[0]!.id).toMatch(/^st_[0-9a-f]{16}$/);
    expect(bySpeaker.statements[0]!.snippet).toBe('We will return every day until we are paid');
    expect(store.search('paid').statements).toHaveLength(1);
    expect(store.search('arrest').events.map((hit) => hit.snippet)).toEqual([
      'security forces detained 14 of the nurses in Mashhad',
    ]);
    expect(store.search('tehran').events).toHaveLength(1);
    expect(store.search('tehran').events[0]!.id).toMatch(/^ev_[0-9a-f]{16}$/);
  });

  it('search() requires every word and reads a quoted query as a phrase', () => {
    const store = seeded();
    expect(store.search('nurses Tabriz').documents).toHaveLength(0);
    expect(store.search('"unpaid wages"').documents).toHaveLength(1);
    expect(store.search('"wages unpaid"').documents).toHaveLength(0);
  });

  it('search() with Persian letters and digits finds text written with Arabic ي, ك and Arabic-Indic digits', () => {
    const store = seeded();
    expect(store.search('کرمانشاه').documents.map((hit) => hit.id)).toEqual([arabicForms.id]);
    expect(store.search('زندانی سیاسی').documents.map((hit) => hit.id)).toEqual([arabicForms.id]);
    expect(store.search('۲۳').documents.map((hit) => hit.id)).toEqual([arabicForms.id]);
    const hit = store.search('کرمانشاه').documents[0]!;
    expect(hit.language).toBe('fa');
    expect(hit.snippet).toContain('كرمانشاه'); // the original spelling, not the search form
  });

  it('search() with Arabic letters and digits finds text written with Persian forms', () => {
    const store = seeded();
    expect(store.search('شيراز').documents.map((hit) => hit.id)).toEqual([persianForms.id]);
    expect(store.search('١٤٠١').documents.map((hit) => hit.id)).toEqual([persianForms.id]);
    expect(store.search('1401').documents.map((hit) => hit.id)).toEqual([persianForms.id]);
    // A zero-width non-joiner separates words: the stem alone matches.
    expect(store.search('خانواده').documents.map((hit) => hit.id)).toEqual([persianForms.id]);
    expect(store.search('آبان').documents).toHaveLength(2);
  });

  it('search() treats search syntax typed by a user as plain words', () => {
    const store = seeded();
    const queries = [
      '"nurses',
      'nurses AND (',
      'NEAR(x',
      '-ministry',
      'col:umn',
      '*',
      "nurses' wages",
      'OR',
      '^',
      '""',
      '',
      '   ',
    ];
    for (const query of queries) {
      expect(() => store.search(query), query).not.toThrow();
    }
    expect(store.search('nurses AND (').documents).toHaveLength(0); // "and" is a word the text lacks
    expect(store.search('-ministry').documents).toHaveLength(1);
    expect(store.search('').documents).toHaveLength(0);
  });

  it('search() orders equal scores by id and honours the limit', () => {
    const store = openTemp();
    const twins = ['Strike at the Abadan refinery, day one.', 'Strike at the Abadan refinery, day two.'].map(
      (text) => documentOf(text),
    );
    store.apply(twins.map((document, index) => entry(index + 1, 'document.added', { document })));
    const hits = store.search('abadan refinery').documents;
    expect(hits.map((hit) => hit.id)).toEqual(twins.map((document) => document.id).sort());
    expect(hits[0]!.score).toBe(hits[1]!.score);
    expect(store.search('abadan', { limit: 1 }).documents).toHaveLength(1);
  });

  it('apply() of the same entries twice changes nothing', () => {
    const store = seeded();
    const before = store.stats();
    store.apply(sampleEntries());
    expect(store.stats()).toEqual(before);
    expect(before).toEqual({
      documents: 3,
      statements: 1,
      events: 2,
      quantities: 0,
      places: 0,
      entities: 0,
      dates: 0,
      lastSeq: 5,
    });
  });

  it('apply() keeps entries of kinds it does not project and moves lastSeq past them', () => {
    const store = openTemp();
    store.apply([entry(1, 'review.recorded', { target: 'ev_1', decision: 'accepted' })]);
    expect(store.lastSeq()).toBe(1);
    store.apply([entry(2, 'document.added', { unexpected: true })]); // unreadable payloads never block replay
    expect(store.lastSeq()).toBe(2);
    expect(store.stats().documents).toBe(0);
  });

  it('reset() and replay reproduce every search result, listing and id', () => {
    const store = seeded();
    const snapshot = () => ({
      searches: ['nurses', 'Tehran', 'کرمانشاه', 'آبان', 'paid', 'arrest'].map((query) =>
        store.search(query),
      ),
      documents: store.listDocuments(),
      events: store.listEvents(),
      view: store.getDocument(english.id),
      stats: store.stats(),
    });
    const before = snapshot();
    store.reset();
    expect(store.stats()).toEqual({
      documents: 0,
      statements: 0,
      events: 0,
      quantities: 0,
      places: 0,
      entities: 0,
      dates: 0,
      lastSeq: 0,
    });
    expect(store.search('nurses').documents).toHaveLength(0);
    store.apply(sampleEntries().slice(0, 2));
    store.apply(sampleEntries().slice(2));
    expect(snapshot()).toEqual(before);
  });

  it('getDocument() accepts the full id or a unique prefix of at least 8 hex digits', () => {
    const store = seeded();
    const hex = english.id.slice('sha256:'.length);
    expect(store.getDocument(english.id)?.document).toEqual(english);
    expect(store.getDocument(hex.slice(0, 8))?.document.id).toBe(english.id);
    expect(store.getDocument(`sha256:${hex.slice(0, 12).toUpperCase()}`)?.document.id).toBe(english.id);
    expect(store.getDocument(hex.slice(0, 7))).toBeNull();
    expect(store.getDocument('ffffffffffff')).toBeNull();
    expect(store.getDocument(english.id)?.seq).toBe(1);
    expect(withoutIds(store, store.getDocument(english.id)?.extraction)).toEqual({
      ...englishExtraction,
      extractor: 'test@1',
    });
    expect(store.getDocument(arabicForms.id)?.extraction).toBeNull();
  });

  it('getDocument() refuses a prefix shared by several documents', () => {
    const store = openTemp();
    // Ids are normally hashes; these two share their first 8 hex digits on purpose.
    const first = { ...documentOf('one'), id: `sha256:abcdef12${'0'.repeat(56)}` };
    const second = { ...documentOf('two'), id: `sha256:abcdef12${'1'.repeat(56)}` };
    store.apply([
      entry(1, 'document.added', { document: first }),
      entry(2, 'document.added', { document: second }),
    ]);
    expect(() => store.getDocument('abcdef12')).toThrow(SanadError);
    expect(() => store.getDocument('abcdef12')).toThrow(
      /Cannot find document "abcdef12": the prefix matches several/,
    );
    expect(store.getDocument('abcdef121')?.document.id).toBe(second.id);
  });

  it('a newer extraction of a document supersedes the older one', () => {
    const store = seeded();
    const newer = extractionOf({
      statements: [statementAt(ENGLISH_TEXT, 'until we are paid', 'A nurse')],
      places: [
        {
          text: 'Tehran',
          span: [47, 53],
          name: 'Tehran',
          kind: 'city',
          country: 'IR',
          lat: 35.69,
          lon: 51.39,
        },
      ],
    });
    store.apply([
      entry(6, 'extraction.added', { document: english.id, extractor: 'test@2', extraction: newer }),
    ]);
    expect(withoutIds(store, store.getDocument(english.id)?.extraction)).toEqual({
      ...newer,
      extractor: 'test@2',
    });
    expect(store.stats()).toMatchObject({ statements: 1, events: 0, places: 1, lastSeq: 6 });
    expect(store.search('arrest').events).toHaveLength(0);
    expect(store.search('Ahmadi').statements).toHaveLength(0);
    expect(store.search('nurse').statements.map((hit) => hit.snippet)).toEqual(['until we are paid']);
    expect(store.listEvents()).toEqual([]);
  });

  it('getStatement() and getEvent() return the item with its document and evidence', () => {
    const store = seeded();
    const statementId = store.search('Ahmadi').statements[0]!.id;
    const statement = store.getStatement(statementId);
    expect(statement).toMatchObject({ id: statementId, document: english.id, verb: 'said' });
    expect(statement?.evidence).toBe('We will return every day until we are paid');
    const eventId = store.search('arrest').events[0]!.id;
    expect(store.getEvent(eventId)).toMatchObject({
      id: eventId,
      type: 'arrest',
      evidence: 'security forces detained 14 of the nurses in Mashhad',
    });
    expect(store.getStatement('st_0000000000000000')).toBeNull();
    expect(store.getEvent(statementId)).toBeNull();
  });

  it('listEvents() filters by type, dates and place, newest first', () => {
    const store = seeded();
    expect(store.listEvents().map((event) => event.type)).toEqual(['arrest', 'protest']);
    expect(store.listEvents({ type: 'protest' }).map((event) => event.where)).toEqual([['Tehran']]);
    expect(store.listEvents({ from: '2023-05-09' }).map((event) => event.type)).toEqual(['arrest']);
    expect(store.listEvents({ to: '2023-05-09' }).map((event) => event.type)).toEqual(['protest']);
    expect(store.listEvents({ from: '2023-05', to: '2023' })).toHaveLength(2);
    expect(store.listEvents({ place: 'mashhad' }).map((event) => event.type)).toEqual(['arrest']);
    expect(store.listEvents({ limit: 1 })).toHaveLength(1);
    expect(store.listEvents()[0]).toMatchObject({
      document: english.id,
      counts: { arrested: { low: 14, high: 14 } },
    });
    expect(() => store.listEvents({ from: 'May 2023' })).toThrow(/Cannot list events: "from" must be a day/);
  });

  it('listDocuments() lists documents without text, in ledger order, with offset and limit', () => {
    const store = seeded();
    const listed = store.listDocuments();
    expect(listed.map((document) => document.id)).toEqual([english.id, arabicForms.id, persianForms.id]);
    expect(listed[0]).not.toHaveProperty('text');
    expect(listed[0]).toMatchObject({
      seq: 1,
      chars: ENGLISH_TEXT.length,
      title: 'Nurses protest unpaid wages',
    });
    expect(store.listDocuments({ offset: 1, limit: 1 }).map((document) => document.id)).toEqual([
      arabicForms.id,
    ]);
    expect(store.hasDocument(persianForms.id)).toBe(true);
    expect(store.hasDocument(persianForms.id.slice(0, 20))).toBe(false);
  });

  it('keeps its contents when closed and opened again', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'sanad-store-')), 'nested', 'store.sqlite');
    const first = openSqliteStore(path);
    first.apply(sampleEntries());
    first.close();
    const second = openSqliteStore(path);
    opened.push(second);
    expect(second.lastSeq()).toBe(5);
    expect(second.search('nurses').documents).toHaveLength(1);
  });
});
