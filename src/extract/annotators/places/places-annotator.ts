/**
 * The places annotator: gazetteer names found in the text, kept or dropped by their
 * context, and resolved to one place each.
 *
 * What counts as a place is what a reader noting down where things happened would count:
 * - a name inside an organization's name is not a place ("Iran Human Rights", "Kayhan
 *   London", "Fars News Agency", "Tehran Times"), nor a city standing for its government
 *   ("Tehran said");
 * - a name that locates an office or a person still is ("the Mashhad Friday prayer leader",
 *   "دادگاه انقلاب مشهد", "Tehran's prosecutor");
 * - a named university, prison, square or street is a site ("Tehran University",
 *   "بلوار آزادی مشهد");
 * - a name that is also a common word or a person's name ("Victoria", "Reading", "Jordan",
 *   "بم", "مهران") is a place only with a locative cue ("in Jordan") or inside a list with
 *   a sure place ("Iraq, Syria and Jordan"), never after a title ("Mr Jordan").
 * Where a name fits several places, cues choose ("Tehran province", "استان تهران", "the
 * provinces of A, B and C"); a list takes the kind most of its sure members have; otherwise
 * an Iranian city before an Iranian province, and a country before a foreign city.
 * @module
 */
import type { Place, PlaceKind } from '../../../core/types.js';
import type { AnalysisInput, Annotator, Report } from '../../types.js';
import aliases from '../../rules/place-aliases.json' with { type: 'json' };
import {
  contextRules,
  contextVersion,
  maskEnd,
  maskFirstWords,
  maskMayStart,
  Neighbourhood,
  phraseKey,
  separatorForm,
  type KindCue,
  type Script,
  type ScriptRules,
} from './_context.js';
import { nameIndex, type NameMatch } from './_name-index.js';
import type { GazetteerPlace } from './gazetteer.js';
import { WordShapeFilter } from '../../word-set.js';
import {
  isAsciiLettersAndDigits,
  isCapitalized,
  isLatin,
  isWordStart,
  keyOf,
  wordEnd,
  wordsBefore,
  type Word,
} from './_words.js';

/** A name found and kept so far, before its kind is settled. */
interface Mention {
  start: number;
  end: number;
  readonly match: NameMatch;
  readonly script: Script;
  readonly rules: ScriptRules;
  readonly around: Neighbourhood;
  /** The kind a cue asks for, if any. */
  cued: PlaceKind | null;
  /** Where the span starts when a cue word belongs to it ("استان تهران"). */
  spanStart: number;
  chosen: GazetteerPlace;
}

// Called as slice.call(text, …), never text.slice(…): see `_word-chars.ts`.
const slice = String.prototype.slice;

/**
 * Latin capitals and Arabic-script letters: where a name may start. A regular expression finds
 * the next one faster than a loop over every character, most of which are lower-case letters.
 */
const NAME_START = /[A-Z\u00C0-\u024F\u0620-\u064A\u066E-\u06D3\u06FA-\u06FF]/g;

let firstWords: WordShapeFilter | undefined;

/**
 * The keys a place's name or a mask phrase can start with. Most capitalized words start neither
 * ("The", "President"): a plain ASCII one is turned away by its shape, before it is sliced,
 * lower-cased and looked up twice.
 */
function nameOrMaskFirstWords(): WordShapeFilter {
  firstWords ??= new WordShapeFilter([...nameIndex().firstWords(), ...maskFirstWords()]);
  return firstWords;
}

/**
 * Every gazetteer name in `text`, longest first, without overlaps. A word is sliced and looked
 * up only where a name could start.
 */
export function findNames(text: string): NameMatch[] {
  const index = nameIndex();
  const mayOpen = nameOrMaskFirstWords();
  const found: NameMatch[] = [];
  const starts = NAME_START;
  starts.lastIndex = 0;
  // `test` leaves `lastIndex` just past the one-character match, with no match array to build.
  while (starts.test(text)) {
    const i = starts.lastIndex - 1;
    if (!isWordStart(text, i)) continue;
    const end = wordEnd(text, i);
    // Some characters in NAME_START's ranges are no letters ('×', '÷'): no word starts there,
    // and going back to `end` would find the same character again, for ever.
    if (end === i) continue;
    // A key with a hyphen or an apostrophe may start a name by its base: those are looked up.
    if (isAsciiLettersAndDigits(text, i, end) && !mayOpen.mayHoldLowerCased(text, i, end)) {
      starts.lastIndex = end;
      continue;
    }
    const written = slice.call(text, i, end);
    const key = keyOf(written);
    const mayMask = maskMayStart(key);
    if (!mayMask && !index.mayStart(key)) {
      starts.lastIndex = end;
      continue;
    }
    const word: Word = { start: i, end, text: written, key };
    const match = index.matchAt(text, word);
    const masked = mayMask ? maskEnd(text, word) : null;
    const next = masked !== null && (!match || masked > match.end) ? masked : match ? match.end : end;
    if (match && next === match.end) found.push(match);
    starts.lastIndex = next;
  }
  return found;
}

function scriptOf(match: NameMatch): Script {
  return match.entry.latin ? 'en' : 'fa';
}

/** How far back an organization's head word may open a name ("سازمان انرژی اتمی ایران"). */
const ORGANIZATION_NAME_WORDS = 5;

/** "Tehran Times", "خبرگزاری فارس": part of an organization's name. */
function isOrganizationPart(m: Mention): boolean {
  const { organizationHeads, nameBreaks } = m.rules;
  return (
    m.around.inNameOpenedBy(organizationHeads, nameBreaks, ORGANIZATION_NAME_WORDS) ||
    m.around.cueAfter(m.rules.organizationAfter) !== null ||
    m.around.cueBefore(m.rules.organizationBefore) !== null
  );
}

/** "Tehran said": a capital standing for its government, unless a locative cue precedes the list. */
function standsForGovernment(list: readonly Mention[]): boolean {
  const only = list[0];
  if (!only || list.length > 1) return false;
  return (
    only.around.cueAfter(only.rules.metonymyAfter) !== null &&
    only.around.cueBefore(only.rules.locativeBefore) === null
  );
}

function hasLocativeCue(m: Mention): boolean {
  return (
    m.cued !== null ||
    m.around.cueBefore(m.rules.locativeBefore) !== null ||
    m.around.cueAfter(m.rules.locativeAfter) !== null
  );
}

/** "Mr Jordan", "Victoria Beckham": a person's name, not a place. */
function hasPersonCue(m: Mention, starts: ReadonlySet<number>): boolean {
  if (m.around.cueBefore(m.rules.personBefore)) return true;
  if (m.script !== 'en') return false;
  const next = m.around.after(0);
  if (!next || starts.has(next.start)) return false;
  return isLatin(next.text) && isCapitalized(next.text) && !m.around.cueAfter(m.rules.locativeAfter);
}

/** The kind cue touching a mention, and whether it covers a whole list. */
function kindCueOf(m: Mention): { cue: KindCue; side: 'before' | 'after'; at: number } | null {
  for (const cue of m.rules.kindCues) {
    const before = m.around.cueBefore(cue.before);
    if (before) return { cue, side: 'before', at: before.start };
    if (m.around.cueAfter(cue.after)) return { cue, side: 'after', at: m.end };
  }
  return null;
}

/** Mentions joined by list separators ("A, B and C", "الف، ب و ج"), in text order. */
function listsOf(text: string, mentions: readonly Mention[]): Mention[][] {
  const lists: Mention[][] = [];
  let current: Mention[] = [];
  for (const m of mentions) {
    const previous = current[current.length - 1];
    const between = previous ? text.slice(previous.end, m.start) : '';
    const joined =
      previous !== undefined &&
      previous.script === m.script &&
      between.length <= 8 &&
      !between.includes('\n') &&
      m.rules.listSeparators.has(separatorForm(between));
    if (!joined && current.length > 0) {
      lists.push(current);
      current = [];
    }
    current.push(m);
  }
  if (current.length > 0) lists.push(current);
  return lists;
}

function candidateOfKind(m: Mention, kind: PlaceKind): GazetteerPlace | undefined {
  return m.match.entry.places.find((p) => p.kind === kind);
}

function kindsOf(m: Mention): Set<PlaceKind> {
  return new Set(m.match.entry.places.map((p) => p.kind));
}

/** Applies kind cues, then lets a list's sure members decide for its unsure ones. */
function resolveKinds(lists: readonly Mention[][]): void {
  for (const list of lists) {
    list.forEach((m, i) => {
      const found = kindCueOf(m);
      if (!found) return;
      const { cue, side, at } = found;
      const edge = side === 'before' ? i === 0 : i === list.length - 1;
      const covered = cue.plural && edge ? list : [m];
      for (const member of covered) member.cued ??= cue.kind;
      if (cue.inSpan && side === 'before' && !cue.plural) m.spanStart = at;
    });
    const tally = new Map<PlaceKind, number>();
    for (const m of list) {
      const kinds = kindsOf(m);
      const sure = m.cued ?? (kinds.size === 1 ? [...kinds][0] : null);
      if (sure) tally.set(sure, (tally.get(sure) ?? 0) + 1);
    }
    const majority = [...tally].sort((a, b) => b[1] - a[1])[0];
    for (const m of list) {
      const wanted = m.cued ?? (list.length > 1 && majority ? majority[0] : null);
      const place = wanted ? candidateOfKind(m, wanted) : undefined;
      if (place) m.chosen = place;
    }
  }
}

/** "بلوار آزادی مشهد": a street, boulevard or square named before an Iranian city. */
function streetSite(text: string, m: Mention): Place | null {
  const rules = m.rules;
  if (rules.streetHeads.size === 0 || m.chosen.kind !== 'city' || m.chosen.country !== 'IR') return null;
  const before = wordsBefore(text, m.spanStart, 3);
  for (let nameWords = 1; nameWords <= 2; nameWords++) {
    const window = before.slice(before.length - nameWords - 1);
    if (window.length !== nameWords + 1 || window.some((w) => w.gap !== '')) continue;
    const [head, ...name] = window.map((w) => w.word);
    const headEn = head ? rules.streetHeads.get(head.key) : undefined;
    if (!head || !headEn) continue;
    const written = name.map((w) => w.text).join(' ');
    const nameEn = rules.streetNames.get(phraseKey(written)) ?? written;
    return {
      text: text.slice(head.start, m.end),
      span: [head.start, m.end],
      name: `${nameEn} ${headEn}, ${m.chosen.name}`,
      kind: 'site',
      country: 'IR',
      lat: m.chosen.lat,
      lon: m.chosen.lon,
    };
  }
  return null;
}

function toPlace(text: string, m: Mention): Place {
  const place = m.chosen;
  return {
    text: text.slice(m.spanStart, m.end),
    span: [m.spanStart, m.end],
    name: place.name,
    kind: place.kind,
    country: place.country,
    lat: place.lat,
    lon: place.lon,
  };
}

/** Every place named in `text`, sorted by span start. */
export function findPlaces(text: string): Place[] {
  const candidates: Mention[] = [];
  for (const match of findNames(text)) {
    const script = scriptOf(match);
    const first = match.entry.places[0];
    if (!first) continue;
    const mention: Mention = {
      start: match.start,
      end: match.end,
      match,
      script,
      rules: contextRules(script),
      around: new Neighbourhood(text, match.start, match.end),
      cued: null,
      spanStart: match.start,
      chosen: first,
    };
    if (!isOrganizationPart(mention)) candidates.push(mention);
  }
  const starts = new Set(candidates.map((m) => m.start));
  const lists = listsOf(text, candidates);
  resolveKinds(lists);
  const kept: Mention[] = [];
  for (const list of lists) {
    if (standsForGovernment(list)) continue;
    const sure = list.some((m) => !m.match.entry.ambiguous);
    for (const m of list) {
      if (!m.match.entry.ambiguous) {
        kept.push(m);
        continue;
      }
      if (hasPersonCue(m, starts)) continue;
      if ((list.length > 1 && sure) || hasLocativeCue(m)) kept.push(m);
    }
  }
  const places: Place[] = [];
  for (const m of kept) {
    const site = streetSite(text, m);
    if (site) {
      // The street's name may itself have been read as a place ("میدان آزادی"): the site replaces it.
      while (places.length > 0 && (places[places.length - 1] as Place).span[0] >= site.span[0]) places.pop();
      places.push(site);
    }
    // The city stays too: a reader notes the street and the city it is in.
    places.push(toPlace(text, m));
  }
  return places;
}

/** Bumped with the annotator's logic; the rules' versions are appended. */
const LOGIC_VERSION = '1.0.0';

/** The places annotator. */
export const placesAnnotator: Annotator<'places'> = {
  name: 'places',
  version: `${LOGIC_VERSION}+aliases.${aliases.version}+context.${contextVersion}`,
  kind: 'places',
  prepare() {
    nameIndex();
  },
  annotate(input: AnalysisInput, report: Report): Place[] {
    try {
      return findPlaces(input.text);
    } catch (error) {
      report({
        ruleId: 'places-failed',
        place: null,
        severity: 'error',
        message: `Cannot find places in the document: ${error instanceof Error ? error.message : String(error)}`,
      });
      return [];
    }
  },
};
