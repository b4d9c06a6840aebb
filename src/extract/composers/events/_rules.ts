/**
 * The events rules, compiled once: the language-independent maps of `rules/events.json`
 * and one word-pattern set per cue list of each `rules/events-<language>.json`. A new
 * language is a new rules file added to `LANGUAGE_FILES`.
 * @module
 */
import shared from '../../rules/events.json' with { type: 'json' };
import english from '../../rules/events-en.json' with { type: 'json' };
import persian from '../../rules/events-fa.json' with { type: 'json' };
import { COUNT_KEYS, EVENT_TYPES, type CountKey, type EventType } from '../../../core/types.js';
import { WordPatternSet } from './_word-patterns.js';

interface LanguageFile {
  readonly version: string;
  readonly language: string;
  readonly triggers: readonly {
    type: string;
    needsCount?: boolean;
    needsAnchor?: boolean;
    patterns: readonly string[];
  }[];
  readonly suppressors: readonly {
    scope: string;
    window: number;
    types?: readonly string[];
    patterns: readonly string[];
  }[];
  readonly typeShifts: readonly { from: string; to: string; patterns: readonly string[] }[];
  readonly roleWindow: { readonly after: number; readonly before: number };
  readonly roleCues: readonly { role: string; strength: string; patterns: readonly string[] }[];
  readonly subsetCues: {
    readonly clause: { patterns: readonly string[] };
    readonly before: { window: number; patterns: readonly string[] };
    readonly after: { window: number; patterns: readonly string[] };
  };
  readonly frameCues: { readonly window: number; readonly patterns: readonly string[] };
  readonly referenceCues: { readonly window: number; readonly patterns: readonly string[] };
  readonly genericCues: { readonly window: number; readonly patterns: readonly string[] };
  readonly sinceCues: readonly string[];
  readonly continuationCues: readonly string[];
  readonly unreadTimeCues: readonly string[];
  readonly comparisonCues: readonly string[];
  readonly personalOccasions: {
    readonly window: number;
    readonly triggers: readonly string[];
    readonly owners: readonly string[];
    readonly settings: readonly string[];
    readonly speakers: readonly string[];
    readonly breakers: readonly string[];
  };
  readonly passiveCues: { window: number; before: readonly string[]; after: readonly string[] };
  readonly agentCues: readonly string[];
  readonly actorBeforeTrigger: boolean;
  readonly capitalizedNonTriggers?: readonly string[];
  readonly actors: readonly { name: string; patterns: readonly string[] }[];
  readonly targets: readonly { name: string; patterns: readonly string[] }[];
}

const LANGUAGE_FILES: readonly LanguageFile[] = [english, persian];

export interface Trigger {
  readonly type: EventType;
  /** Makes an event only when a figure its type accepts is attached ("128 dead"). */
  readonly needsCount: boolean;
  /** Makes an event only when its sentence gives it a figure, a place or a date ("unrest in Ahvaz"). */
  readonly needsAnchor: boolean;
}

export interface Suppressor {
  readonly window: number;
  /** Event types it applies to; null for all. */
  readonly types: ReadonlySet<EventType> | null;
}

export interface RoleCue {
  readonly role: CountKey;
  /** A verb cue ("were killed") outranks a noun cue ("protesters"). */
  readonly strength: 'verb' | 'noun';
}

export interface Participant {
  readonly side: 'actor' | 'target';
  readonly name: string;
}

/** The compiled rules of one language. */
export interface EventRules {
  readonly language: string;
  readonly triggers: WordPatternSet<Trigger>;
  readonly suppressBefore: WordPatternSet<Suppressor>;
  readonly suppressAfter: WordPatternSet<Suppressor>;
  readonly typeShifts: readonly { from: EventType; to: EventType; cues: WordPatternSet<true> }[];
  readonly roleWindow: { readonly after: number; readonly before: number };
  readonly roleCues: WordPatternSet<RoleCue>;
  readonly subsetBefore: { readonly window: number; readonly cues: WordPatternSet<true> };
  readonly subsetAfter: { readonly window: number; readonly cues: WordPatternSet<true> };
  /** Cues that make every later figure of their clause a part ("Among the dead were 17 teenagers and 400 women"). */
  readonly subsetClause: WordPatternSet<true>;
  /** Determiners that point a trigger noun back to an event already told ("these killings"). */
  readonly referenceBefore: { readonly window: number; readonly cues: WordPatternSet<true> };
  /** Verbs and prepositions that speak of a kind of event, not of one that happened ("organize protests"). */
  readonly genericBefore: { readonly window: number; readonly cues: WordPatternSet<true> };
  /** Cues before a scene-setting mention ("killed in the protests"). */
  readonly frameCues: { readonly window: number; readonly cues: WordPatternSet<true> };
  readonly sinceCues: WordPatternSet<true>;
  readonly continuationCues: WordPatternSet<true>;
  /** Words that name a time of the sentence's own ("Last November", "two years ago"). */
  readonly unreadTimeCues: WordPatternSet<true>;
  /** Cues before a date a comparison counts from ("the worst … since the 1980s"). */
  readonly comparisonCues: WordPatternSet<true>;
  /** Trigger words a person or "his" before them make that person's occasion ("a Trump rally"). */
  readonly personalOccasions: {
    readonly window: number;
    readonly triggers: WordPatternSet<true>;
    readonly owners: WordPatternSet<true>;
    /** Words that make the noun phrase the occasion someone speaks at ("at a rally"). */
    readonly settings: WordPatternSet<true>;
    /** Pronouns that name the person speaking there, as a person's name does. */
    readonly speakers: WordPatternSet<true>;
    /** Words that end the trigger's noun phrase on its left ("at", "said"). */
    readonly breakers: ReadonlySet<string>;
  };
  readonly passive: {
    readonly window: number;
    readonly before: WordPatternSet<true>;
    readonly after: WordPatternSet<true>;
  };
  readonly agentCues: WordPatternSet<true>;
  /** Whether a person named before an active trigger is its actor (English), or may be its object (Persian). */
  readonly actorBeforeTrigger: boolean;
  /** Trigger words that, written so inside a sentence, name something else: "March", the month. */
  readonly capitalizedNonTriggers: ReadonlySet<string>;
  readonly participants: WordPatternSet<Participant>;
}

/** What the language-independent file says. */
export interface SharedRules {
  readonly unitRoles: ReadonlyMap<string, CountKey>;
  readonly peopleUnits: ReadonlySet<string>;
  readonly peopleRoles: ReadonlySet<CountKey>;
  readonly frameTypes: ReadonlySet<EventType>;
  readonly roleTypes: ReadonlyMap<CountKey, EventType>;
  readonly acceptedRoles: ReadonlyMap<EventType, ReadonlySet<CountKey>>;
  readonly defaultRole: ReadonlyMap<EventType, CountKey>;
  readonly labels: ReadonlyMap<EventType, string>;
}

function eventType(value: string, where: string): EventType {
  if ((EVENT_TYPES as readonly string[]).includes(value)) return value as EventType;
  throw new TypeError(`Cannot load events rules: "${value}" in ${where} is not an event type`);
}

function countKey(value: string, where: string): CountKey {
  if ((COUNT_KEYS as readonly string[]).includes(value)) return value as CountKey;
  throw new TypeError(`Cannot load events rules: "${value}" in ${where} is not a count key`);
}

function cueSet(patterns: readonly string[]): WordPatternSet<true> {
  return new WordPatternSet(patterns.map((p) => [p, true] as const));
}

function compileLanguage(file: LanguageFile): EventRules {
  const where = `events-${file.language}.json`;
  const suppressors = (scope: string): WordPatternSet<Suppressor> =>
    new WordPatternSet(
      file.suppressors
        .filter((s) => s.scope === scope)
        .flatMap((s) => {
          const value: Suppressor = {
            window: s.window,
            types: s.types ? new Set(s.types.map((t) => eventType(t, where))) : null,
          };
          return s.patterns.map((p) => [p, value] as const);
        }),
    );
  return {
    language: file.language,
    triggers: new WordPatternSet(
      file.triggers.flatMap((t) => {
        const value: Trigger = {
          type: eventType(t.type, where),
          needsCount: t.needsCount ?? false,
          needsAnchor: t.needsAnchor ?? false,
        };
        return t.patterns.map((p) => [p, value] as const);
      }),
    ),
    suppressBefore: suppressors('before'),
    suppressAfter: suppressors('after'),
    typeShifts: file.typeShifts.map((s) => ({
      from: eventType(s.from, where),
      to: eventType(s.to, where),
      cues: cueSet(s.patterns),
    })),
    roleWindow: file.roleWindow,
    roleCues: new WordPatternSet(
      file.roleCues.flatMap((c) => {
        const value: RoleCue = {
          role: countKey(c.role, where),
          strength: c.strength === 'noun' ? 'noun' : 'verb',
        };
        return c.patterns.map((p) => [p, value] as const);
      }),
    ),
    subsetBefore: { window: file.subsetCues.before.window, cues: cueSet(file.subsetCues.before.patterns) },
    subsetAfter: { window: file.subsetCues.after.window, cues: cueSet(file.subsetCues.after.patterns) },
    subsetClause: cueSet(file.subsetCues.clause.patterns),
    referenceBefore: { window: file.referenceCues.window, cues: cueSet(file.referenceCues.patterns) },
    genericBefore: { window: file.genericCues.window, cues: cueSet(file.genericCues.patterns) },
    frameCues: { window: file.frameCues.window, cues: cueSet(file.frameCues.patterns) },
    sinceCues: cueSet(file.sinceCues),
    continuationCues: cueSet(file.continuationCues),
    unreadTimeCues: cueSet(file.unreadTimeCues),
    comparisonCues: cueSet(file.comparisonCues),
    personalOccasions: {
      window: file.personalOccasions.window,
      triggers: cueSet(file.personalOccasions.triggers),
      owners: cueSet(file.personalOccasions.owners),
      settings: cueSet(file.personalOccasions.settings),
      speakers: cueSet(file.personalOccasions.speakers),
      breakers: new Set(file.personalOccasions.breakers),
    },
    passive: {
      window: file.passiveCues.window,
      before: cueSet(file.passiveCues.before),
      after: cueSet(file.passiveCues.after),
    },
    agentCues: cueSet(file.agentCues),
    actorBeforeTrigger: file.actorBeforeTrigger,
    capitalizedNonTriggers: new Set(file.capitalizedNonTriggers ?? []),
    participants: new WordPatternSet([
      ...file.actors.flatMap((a) =>
        a.patterns.map((p) => [p, { side: 'actor', name: a.name } as Participant] as const),
      ),
      ...file.targets.flatMap((t) =>
        t.patterns.map((p) => [p, { side: 'target', name: t.name } as Participant] as const),
      ),
    ]),
  };
}

function compileShared(): SharedRules {
  const where = 'events.json';
  const entries = <V>(record: Record<string, string>, value: (v: string) => V) =>
    Object.entries(record).map(([k, v]) => [k, value(v)] as const);
  return {
    unitRoles: new Map(entries(shared.unitRoles, (v) => countKey(v, where))),
    peopleUnits: new Set(shared.peopleUnits),
    peopleRoles: new Set(shared.peopleRoles.map((r) => countKey(r, where))),
    frameTypes: new Set(shared.frameTypes.map((t) => eventType(t, where))),
    roleTypes: new Map(
      Object.entries(shared.roleTypes).map(([k, v]) => [countKey(k, where), eventType(v, where)] as const),
    ),
    acceptedRoles: new Map(
      Object.entries(shared.acceptedRoles).map(
        ([k, v]) => [eventType(k, where), new Set(v.map((r) => countKey(r, where)))] as const,
      ),
    ),
    defaultRole: new Map(
      Object.entries(shared.defaultRole).map(([k, v]) => [eventType(k, where), countKey(v, where)] as const),
    ),
    labels: new Map(Object.entries(shared.labels).map(([k, v]) => [eventType(k, where), v] as const)),
  };
}

/** The language-independent rules. */
export const sharedRules: SharedRules = compileShared();

const byLanguage = new Map(LANGUAGE_FILES.map((file) => [file.language, compileLanguage(file)]));
const fallback = byLanguage.get('en') as EventRules;

/** The rules of a document's language; English for a language without its own file. */
export function rulesFor(language: string): EventRules {
  return byLanguage.get(language) ?? fallback;
}

/** Part of the composer's version: changes whenever a rules file does. */
export const rulesVersion: string = [
  shared.version,
  ...LANGUAGE_FILES.map((f) => `${f.language}${f.version}`),
].join('.');
