import { createHash } from 'node:crypto';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { SanadError } from '../core/errors.js';
import { emptyExtraction, type SanadDocument, type SanadEvent, type Statement } from '../core/types.js';
import type {
  ProjectableEntry,
  ProjectableKind,
  ProjectionStore,
  StoredExtraction,
} from './projection-store.js';
import { RANKED_MATCHES } from './sql/_search.js';
import { STORE_BACKENDS } from './test-backends.js';

/**
 * The stored extraction without the ids its statements and events carry, after checking that
 * each id finds that very item (the web app links highlights to items by these ids).
 */
async function withoutIds(
  store: ProjectionStore,
  stored: StoredExtraction | null | undefined,
): Promise<unknown> {
  if (!stored) return stored;
  for (const { id, ...statement } of stored.statements) {
    const { id: _id, document: _document, evidence: _evidence, ...found } = (await store.getStatement(id))!;
    expect(found).toEqual(statement);
  }
  for (const { id, ...event } of stored.events) {
    const { id: _id, document: _document, evidence: _evidence, ...found } = (await store.getEvent(id))!;
    expect(found).toEqual(event);
  }
  return {
    ...stored,
    statements: stored.statements.map(({ id: _id, ...rest }) => rest),
    events: stored.events.map(({ id: _id, ...rest }) => rest),
  };
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

const extractionOf = emptyExtraction;

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

for (const backend of STORE_BACKENDS) {
  describe.skipIf(backend.skip)(
    `the ${backend.name} store${backend.skip ? ` (${backend.skip})` : ''}`,
    () => {
      const opened: ProjectionStore[] = [];
      afterEach(async () => {
        for (const store of opened.splice(0)) await store.close();
      });
      afterAll(() => backend.cleanUp());

      async function openTemp(): Promise<ProjectionStore> {
        const store = await backend.open(await backend.fresh());
        opened.push(store);
        return store;
      }

      async function seeded(): Promise<ProjectionStore> {
        const store = await openTemp();
        await store.apply(sampleEntries());
        return store;
      }

      it('search() finds an English document and cuts its snippet from the original text', async () => {
        const store = await seeded();
        const results = await store.search('Mashhad detained');
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

      it('search() returns statements by quote or speaker and events by summary, type or place', async () => {
        const store = await seeded();
        const bySpeaker = await store.search('Ahmadi');
        expect(bySpeaker.statements).toHaveLength(1);
        expect(bySpeaker.statements[0]!.id).toMatch(/^st_[0-9a-f]{16}$/);
        expect(bySpeaker.statements[0]!.snippet).toBe('We will return every day until we are paid');
        expect((await store.search('paid')).statements).toHaveLength(1);
        expect((await store.search('arrest')).events.map((hit) => hit.snippet)).toEqual([
          'security forces detained 14 of the nurses in Mashhad',
        ]);
        expect((await store.search('tehran')).events).toHaveLength(1);
        expect((await store.search('tehran')).events[0]!.id).toMatch(/^ev_[0-9a-f]{16}$/);
      });

      it('search() requires every word and reads a quoted query as a phrase', async () => {
        const store = await seeded();
        expect((await store.search('nurses Tabriz')).documents).toHaveLength(0);
        expect((await store.search('"unpaid wages"')).documents).toHaveLength(1);
        expect((await store.search('"wages unpaid"')).documents).toHaveLength(0);
      });

      it('search() with Persian letters and digits finds text written with Arabic ي, ك and Arabic-Indic digits', async () => {
        const store = await seeded();
        expect((await store.search('کرمانشاه')).documents.map((hit) => hit.id)).toEqual([arabicForms.id]);
        expect((await store.search('زندانی سیاسی')).documents.map((hit) => hit.id)).toEqual([arabicForms.id]);
        expect((await store.search('۲۳')).documents.map((hit) => hit.id)).toEqual([arabicForms.id]);
        const hit = (await store.search('کرمانشاه')).documents[0]!;
        expect(hit.language).toBe('fa');
        expect(hit.snippet).toContain('كرمانشاه'); // the original spelling, not the search form
      });

      it('search() with Arabic letters and digits finds text written with Persian forms', async () => {
        const store = await seeded();
        expect((await store.search('شيراز')).documents.map((hit) => hit.id)).toEqual([persianForms.id]);
        expect((await store.search('١٤٠١')).documents.map((hit) => hit.id)).toEqual([persianForms.id]);
        expect((await store.search('1401')).documents.map((hit) => hit.id)).toEqual([persianForms.id]);
        // A zero-width non-joiner separates words: the stem alone matches.
        expect((await store.search('خانواده')).documents.map((hit) => hit.id)).toEqual([persianForms.id]);
        expect((await store.search('آبان')).documents).toHaveLength(2);
      });

      it('search() treats search syntax typed by a user as plain words', async () => {
        const store = await seeded();
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
          await expect(store.search(query), query).resolves.toBeDefined();
        }
        expect((await store.search('nurses AND (')).documents).toHaveLength(0); // "and" is a word the text lacks
        expect((await store.search('-ministry')).documents).toHaveLength(1);
        expect((await store.search('')).documents).toHaveLength(0);
      });

      it('search() orders equal scores by id and honours the limit', async () => {
        const store = await openTemp();
        const twins = [
          'Strike at the Abadan refinery, day one.',
          'Strike at the Abadan refinery, day two.',
        ].map((text) => documentOf(text));
        await store.apply(twins.map((document, index) => entry(index + 1, 'document.added', { document })));
        const hits = (await store.search('abadan refinery')).documents;
        expect(hits.map((hit) => hit.id)).toEqual(twins.map((document) => document.id).sort());
        expect(hits[0]!.score).toBe(hits[1]!.score);
        expect((await store.search('abadan', { limit: 1 })).documents).toHaveLength(1);
      });

      it('search() ranks only the matches added last when a word matches more than RANKED_MATCHES', async () => {
        const store = await openTemp();
        // The best match (the word in a short title) comes first, then enough weaker ones to push it
        // out of the ranked window; a second query shows it is still found when it is in the window.
        const best = documentOf('Evin.', { title: 'Evin' });
        const weaker = Array.from({ length: RANKED_MATCHES }, (_, n) =>
          documentOf(`Report ${n}: families waited outside Evin prison for news of the detainees.`),
        );
        await store.apply(
          [best, ...weaker].map((document, index) => entry(index + 1, 'document.added', { document })),
        );
        const hits = (await store.search('evin', { limit: 3 })).documents;
        expect(hits).toHaveLength(3);
        expect(hits.map((hit) => hit.id)).not.toContain(best.id);
        await store.apply([
          entry(RANKED_MATCHES + 2, 'document.added', { document: { ...best, id: 'sha256:newer' } }),
        ]);
        expect((await store.search('evin', { limit: 3 })).documents[0]!.id).toBe('sha256:newer');
      });

      it('apply() of the same entries twice changes nothing', async () => {
        const store = await seeded();
        const before = await store.stats();
        await store.apply(sampleEntries());
        expect(await store.stats()).toEqual(before);
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

      it('apply() keeps entries of kinds it does not project and moves lastSeq past them', async () => {
        const store = await openTemp();
        await store.apply([entry(1, 'review.recorded', { target: 'ev_1', decision: 'accepted' })]);
        expect(await store.lastSeq()).toBe(1);
        await store.apply([entry(2, 'document.added', { unexpected: true })]); // unreadable payloads never block replay
        expect(await store.lastSeq()).toBe(2);
        expect((await store.stats()).documents).toBe(0);
      });

      it('reset() and replay reproduce every search result, listing and id', async () => {
        const store = await seeded();
        const snapshot = async () => ({
          searches: await Promise.all(
            ['nurses', 'Tehran', 'کرمانشاه', 'آبان', 'paid', 'arrest'].map((query) => store.search(query)),
          ),
          documents: await store.listDocuments(),
          events: await store.listEvents(),
          view: await store.getDocument(english.id),
          stats: await store.stats(),
        });
        const before = await snapshot();
        await store.reset();
        expect(await store.stats()).toEqual({
          documents: 0,
          statements: 0,
          events: 0,
          quantities: 0,
          places: 0,
          entities: 0,
          dates: 0,
          lastSeq: 0,
        });
        expect((await store.search('nurses')).documents).toHaveLength(0);
        await store.apply(sampleEntries().slice(0, 2));
        await store.apply(sampleEntries().slice(2));
        expect(await snapshot()).toEqual(before);
      });

      it('getDocument() accepts the full id or a unique prefix of at least 8 hex digits', async () => {
        const store = await seeded();
        const hex = english.id.slice('sha256:'.length);
        expect((await store.getDocument(english.id))?.document).toEqual(english);
        expect((await store.getDocument(hex.slice(0, 8)))?.document.id).toBe(english.id);
        expect((await store.getDocument(`sha256:${hex.slice(0, 12).toUpperCase()}`))?.document.id).toBe(
          english.id,
        );
        expect(await store.getDocument(hex.slice(0, 7))).toBeNull();
        expect(await store.getDocument('ffffffffffff')).toBeNull();
        expect((await store.getDocument(english.id))?.seq).toBe(1);
        expect(await withoutIds(store, (await store.getDocument(english.id))?.extraction)).toEqual({
          ...englishExtraction,
          extractor: 'test@1',
        });
        expect((await store.getDocument(arabicForms.id))?.extraction).toBeNull();
      });

      it('getDocument() refuses a prefix shared by several documents', async () => {
        const store = await openTemp();
        // Ids are normally hashes; these two share their first 8 hex digits on purpose.
        const first = { ...documentOf('one'), id: `sha256:abcdef12${'0'.repeat(56)}` };
        const second = { ...documentOf('two'), id: `sha256:abcdef12${'1'.repeat(56)}` };
        await store.apply([
          entry(1, 'document.added', { document: first }),
          entry(2, 'document.added', { document: second }),
        ]);
        await expect(store.getDocument('abcdef12')).rejects.toThrow(SanadError);
        await expect(store.getDocument('abcdef12')).rejects.toThrow(
          /Cannot find document "abcdef12": the prefix matches several/,
        );
        expect((await store.getDocument('abcdef121'))?.document.id).toBe(second.id);
      });

      it('a newer extraction of a document supersedes the older one', async () => {
        const store = await seeded();
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
        await store.apply([
          entry(6, 'extraction.added', { document: english.id, extractor: 'test@2', extraction: newer }),
        ]);
        expect(await withoutIds(store, (await store.getDocument(english.id))?.extraction)).toEqual({
          ...newer,
          extractor: 'test@2',
        });
        expect(await store.stats()).toMatchObject({ statements: 1, events: 0, places: 1, lastSeq: 6 });
        expect((await store.search('arrest')).events).toHaveLength(0);
        expect((await store.search('Ahmadi')).statements).toHaveLength(0);
        expect((await store.search('nurse')).statements.map((hit) => hit.snippet)).toEqual([
          'until we are paid',
        ]);
        expect(await store.listEvents()).toEqual([]);
      });

      it('one apply() adding a document twice and extracting it twice keeps the first document and the last extraction', async () => {
        const store = await openTemp();
        const newer = extractionOf({
          statements: [statementAt(ENGLISH_TEXT, 'until we are paid', 'A nurse')],
        });
        await store.apply([
          entry(1, 'document.added', { document: english }),
          entry(2, 'extraction.added', {
            document: english.id,
            extractor: 'test@1',
            extraction: englishExtraction,
          }),
          entry(3, 'document.added', { document: { ...english, title: 'A second title' } }),
          entry(4, 'extraction.added', { document: english.id, extractor: 'test@2', extraction: newer }),
        ]);
        const stored = await store.getDocument(english.id);
        expect(stored?.document.title).toBe('Nurses protest unpaid wages');
        expect(stored?.seq).toBe(1);
        expect(await withoutIds(store, stored?.extraction)).toEqual({ ...newer, extractor: 'test@2' });
        expect(await store.stats()).toMatchObject({ documents: 1, statements: 1, events: 0, lastSeq: 4 });
        expect((await store.search('second title')).documents).toHaveLength(0);
        expect((await store.search('Ahmadi')).statements).toHaveLength(0);
        expect((await store.search('nurse')).statements.map((hit) => hit.snippet)).toEqual([
          'until we are paid',
        ]);
      });

      it('getStatement() and getEvent() return the item with its document and evidence', async () => {
        const store = await seeded();
        const statementId = (await store.search('Ahmadi')).statements[0]!.id;
        const statement = await store.getStatement(statementId);
        expect(statement).toMatchObject({ id: statementId, document: english.id, verb: 'said' });
        expect(statement?.evidence).toBe('We will return every day until we are paid');
        const eventId = (await store.search('arrest')).events[0]!.id;
        expect(await store.getEvent(eventId)).toMatchObject({
          id: eventId,
          type: 'arrest',
          evidence: 'security forces detained 14 of the nurses in Mashhad',
        });
        expect(await store.getStatement('st_0000000000000000')).toBeNull();
        expect(await store.getEvent(statementId)).toBeNull();
      });

      it('listEvents() filters by type, dates and place, newest first', async () => {
        const store = await seeded();
        expect((await store.listEvents()).map((event) => event.type)).toEqual(['arrest', 'protest']);
        expect((await store.listEvents({ type: 'protest' })).map((event) => event.where)).toEqual([
          ['Tehran'],
        ]);
        expect((await store.listEvents({ from: '2023-05-09' })).map((event) => event.type)).toEqual([
          'arrest',
        ]);
        expect((await store.listEvents({ to: '2023-05-09' })).map((event) => event.type)).toEqual([
          'protest',
        ]);
        expect(await store.listEvents({ from: '2023-05', to: '2023' })).toHaveLength(2);
        expect((await store.listEvents({ place: 'mashhad' })).map((event) => event.type)).toEqual(['arrest']);
        expect(await store.listEvents({ limit: 1 })).toHaveLength(1);
        expect((await store.listEvents())[0]).toMatchObject({
          document: english.id,
          counts: { arrested: { low: 14, high: 14 } },
        });
        await expect(store.listEvents({ from: 'May 2023' })).rejects.toThrow(
          /Cannot list events: "from" must be a day/,
        );
      });

      it('listDocuments() lists documents without text, in ledger order, with offset and limit', async () => {
        const store = await seeded();
        const listed = await store.listDocuments();
        expect(listed.map((document) => document.id)).toEqual([english.id, arabicForms.id, persianForms.id]);
        expect(listed[0]).not.toHaveProperty('text');
        expect(listed[0]).toMatchObject({
          seq: 1,
          chars: ENGLISH_TEXT.length,
          title: 'Nurses protest unpaid wages',
        });
        expect((await store.listDocuments({ offset: 1, limit: 1 })).map((document) => document.id)).toEqual([
          arabicForms.id,
        ]);
        expect(await store.hasDocument(persianForms.id)).toBe(true);
        expect(await store.hasDocument(persianForms.id.slice(0, 20))).toBe(false);
      });

      it('keeps its contents when closed and opened again', async () => {
        const location = await backend.fresh();
        const first = await backend.open(location);
        await first.apply(sampleEntries());
        await first.close();
        const second = await backend.open(location);
        opened.push(second);
        expect(await second.lastSeq()).toBe(5);
        expect((await second.search('nurses')).documents).toHaveLength(1);
      });
    },
  );
}
