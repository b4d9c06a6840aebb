/**
 * A fixture Pipeline that "extracts" the hand-written gold of test/testdata/gold/ for the
 * samples it covers, locating each value in the text. Screens and API routes are tested on
 * full, known extractions this way, whatever the real extractors find today. Documents with no
 * gold file get an empty extraction.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { normalizeText } from '../../src/core/text.js';
import type {
  ChainKind,
  DateMention,
  Entity,
  EventType,
  Extraction,
  Interval,
  Place,
  Quantity,
  SanadDocument,
  SanadEvent,
  Span,
  Statement,
} from '../../src/core/types.js';
import { findPlace, splitSentences, type Pipeline } from '../../src/extract/index.js';

interface GoldFile {
  sample: string;
  published: string;
  quantities: Array<Omit<Quantity, 'span'>>;
  dates: Array<Omit<DateMention, 'span'>>;
  places: Array<{ text: string; name: string; kind: Place['kind'] }>;
  persons: Array<{ text: string; name: string }>;
  organizations: Array<{ text: string; name: string }>;
  statements: Array<{ quote: string; direct: boolean; speaker: string; verb: string; chain: string[] }>;
  events: Array<{
    type: EventType;
    where: string[];
    when: { start: string; end: string } | null;
    counts: Record<string, Interval>;
    asserted_by: string | null;
    actors?: string[];
    targets?: string[];
  }>;
}

const GOLD_FOLDER = new URL('./gold/', import.meta.url);

function loadGold(): GoldFile[] {
  return readdirSync(GOLD_FOLDER)
    .filter((name) => name.endsWith('.json'))
    .map((name) => JSON.parse(readFileSync(new URL(name, GOLD_FOLDER), 'utf8')) as GoldFile);
}

/** Finds successive occurrences of strings, so repeated values get their own spans in order. */
function locator(text: string): (value: string) => Span | null {
  const next = new Map<string, number>();
  return (value) => {
    for (const candidate of [normalizeText(value), value]) {
      const index = text.indexOf(candidate, next.get(candidate) ?? 0);
      if (index >= 0) {
        next.set(candidate, index + candidate.length);
        return [index, index + candidate.length];
      }
    }
    return null;
  };
}

function goldFor(gold: readonly GoldFile[], document: Pick<SanadDocument, 'text' | 'published'>): GoldFile | undefined {
  return gold.find(
    (g) =>
      g.published === document.published?.start &&
      g.statements.length > 0 &&
      document.text.includes(normalizeText(g.statements[0]!.quote)),
  );
}

function extractGold(g: GoldFile, text: string, language: string): Extraction {
  const sentences = splitSentences(text, language);
  const sentenceAt = (offset: number): Span => sentences.find(([s, e]) => s <= offset && offset < e) ?? [0, text.length];
  const locate = locator(text);
  const quantities: Quantity[] = g.quantities.flatMap((q) => {
    const span = locate(q.text);
    return span ? [{ ...q, text: text.slice(...span), span }] : [];
  });
  const dates: DateMention[] = g.dates.flatMap((d) => {
    const span = locate(d.text);
    return span ? [{ ...d, text: text.slice(...span), span }] : [];
  });
  const places: Place[] = g.places.flatMap((p) => {
    const span = locate(p.text);
    if (!span) return [];
    const known = findPlace(p.name);
    return [
      {
        text: text.slice(...span),
        span,
        name: p.name,
        kind: p.kind,
        country: known?.country ?? null,
        lat: known?.lat ?? null,
        lon: known?.lon ?? null,
      },
    ];
  });
  const entities: Entity[] = [
    ...g.persons.map((p) => ({ ...p, kind: 'person' as const })),
    ...g.organizations.map((o) => ({ ...o, kind: 'organization' as const })),
  ]
    .flatMap((e) => {
      const span = locate(e.text);
      return span ? [{ text: text.slice(...span), span, name: e.name, kind: e.kind, aliases: [] }] : [];
    })
    .sort((a, b) => a.span[0] - b.span[0]);
  const persons = new Set(g.persons.map((p) => p.name));
  const statements: Statement[] = g.statements.flatMap((s) => {
    const quoteSpan = locate(s.quote);
    if (!quoteSpan) return [];
    const sentence = sentenceAt(quoteSpan[0]);
    const span: Span = [Math.min(sentence[0], quoteSpan[0]), Math.max(sentence[1], quoteSpan[1])];
    const isPerson = persons.has(s.speaker);
    return [
      {
        span,
        quote: text.slice(...quoteSpan),
        quote_span: quoteSpan,
        direct: s.direct,
        speaker: { name: isPerson ? s.speaker : null, role: null, organization: isPerson ? null : s.speaker },
        verb: s.verb,
        when: null,
        chain: s.chain.map((name, index) => ({ name, kind: chainKind(name, index, persons) })),
      },
    ];
  });
  const events: SanadEvent[] = g.events.map((e) => {
    const firstCount = Object.values(e.counts)[0];
    const quantity = firstCount ? quantities.find((q) => q.low === firstCount.low) : undefined;
    const place = places.find((p) => e.where.includes(p.name));
    const sentence = sentenceAt(quantity?.span[0] ?? place?.span[0] ?? 0);
    return {
      type: e.type,
      span: sentence,
      summary: text.slice(...sentence).trim().slice(0, 200),
      when: e.when ? { ...e.when, precision: e.when.start === e.when.end ? 'day' : 'range' } : null,
      where: e.where,
      actors: e.actors ?? [],
      targets: e.targets ?? [],
      counts: e.counts,
      asserted_by: e.asserted_by,
    };
  });
  return {
    quantities: quantities.sort((a, b) => a.span[0] - b.span[0]),
    dates: dates.sort((a, b) => a.span[0] - b.span[0]),
    places: places.sort((a, b) => a.span[0] - b.span[0]),
    entities,
    statements,
    events,
    diagnostics: [],
  };
}

function chainKind(name: string, index: number, persons: ReadonlySet<string>): ChainKind {
  if (persons.has(name)) return 'person';
  return index === 0 ? 'outlet' : 'organization';
}

const EMPTY: Extraction = {
  quantities: [],
  dates: [],
  places: [],
  entities: [],
  statements: [],
  events: [],
  diagnostics: [],
};

/** The gold of test/testdata/gold/ as a Pipeline, for seeding stores in tests. */
export function createGoldPipeline(): Pipeline {
  const gold = loadGold();
  const pipeline: Pipeline = {
    version: 'gold-fixture@1',
    use() {
      throw new TypeError('Cannot add stage to the gold fixture: it is a fixed extraction');
    },
    run(document) {
      const g = goldFor(gold, document);
      return g ? extractGold(g, document.text, document.language) : EMPTY;
    },
  };
  return pipeline;
}
