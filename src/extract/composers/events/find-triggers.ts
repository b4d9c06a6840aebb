/**
 * Event triggers in a stretch of words: the words that name an event ("were executed",
 * "protests", "تجمع"), minus those that only call for, threaten, risk, deny or negate one,
 * and minus words that belong to a date or a name ("March 1", "Uprising Day Square").
 * @module
 */
import type { EventType, Span } from '../../../core/types.js';
import type { PatternMatch } from './_word-patterns.js';
import type { EventRules, Suppressor } from './_rules.js';
import type { Word } from './_words.js';

export interface TriggerHit {
  readonly type: EventType;
  readonly needsCount: boolean;
  readonly needsAnchor: boolean;
  /** Word indices: first word, and the index after the last. */
  readonly first: number;
  readonly last: number;
  /** Character span in the document. */
  readonly span: Span;
}

function overlapsAny(span: Span, blocked: readonly Span[]): boolean {
  for (const b of blocked) if (span[0] < b[1] && b[0] < span[1]) return true;
  return false;
}

/** "March" inside a sentence is the month, whether or not a date was read there. */
function isCapitalizedNonTrigger(
  text: string,
  span: Span,
  atSentenceStart: boolean,
  rules: EventRules,
): boolean {
  return !atSentenceStart && rules.capitalizedNonTriggers.has(text.slice(span[0], span[1]));
}

function applies(suppressor: Suppressor, type: EventType): boolean {
  return suppressor.types === null || suppressor.types.has(type);
}

function isSuppressed(
  hit: PatternMatch<{ type: EventType }>,
  words: readonly Word[],
  before: readonly PatternMatch<Suppressor>[],
  after: readonly PatternMatch<Suppressor>[],
): boolean {
  const clause = words[hit.first]?.clause;
  const type = hit.value.type;
  for (const s of before) {
    if (s.last > hit.first || hit.first - s.last > s.value.window) continue;
    if (words[s.first]?.clause === clause && applies(s.value, type)) return true;
  }
  for (const s of after) {
    if (s.first < hit.last || s.first - hit.last > s.value.window) continue;
    if (words[s.first]?.clause === clause && applies(s.value, type)) return true;
  }
  return false;
}

/** The type a trigger takes once the cues of its clause are read. */
function shiftedType(
  type: EventType,
  hit: PatternMatch<unknown>,
  words: readonly Word[],
  from: number,
  to: number,
  rules: EventRules,
): EventType {
  const clause = words[hit.first]?.clause;
  for (const shift of rules.typeShifts) {
    if (shift.from !== type) continue;
    for (const cue of shift.cues.findAll(words, from, to)) {
      if (words[cue.first]?.clause !== clause) continue;
      if (cue.last <= hit.first || cue.first >= hit.last) return shift.to;
    }
  }
  return type;
}

/**
 * Triggers among `words[from, to)` of `text`, leftmost-longest, in text order.
 * @param blocked character spans no trigger may touch: dates, places, organization names
 * @param openings `rules.triggers.openingCounts(words)`, when the caller has it
 */
export function findTriggers(
  text: string,
  words: readonly Word[],
  from: number,
  to: number,
  rules: EventRules,
  blocked: readonly Span[],
  openings?: Int32Array,
): TriggerHit[] {
  const hits = rules.triggers.findLongest(words, from, to, openings);
  if (hits.length === 0) return [];
  const before = rules.suppressBefore.findAll(words, from, to);
  const after = rules.suppressAfter.findAll(words, from, to);
  const found: TriggerHit[] = [];
  for (const hit of hits) {
    const first = words[hit.first];
    const last = words[hit.last - 1];
    if (!first || !last) continue;
    const span: Span = [first.start, last.end];
    if (overlapsAny(span, blocked)) continue;
    if (isCapitalizedNonTrigger(text, span, hit.first === from, rules)) continue;
    if (isSuppressed(hit, words, before, after)) continue;
    found.push({
      type: shiftedType(hit.value.type, hit, words, from, to, rules),
      needsCount: hit.value.needsCount,
      needsAnchor: hit.value.needsAnchor,
      first: hit.first,
      last: hit.last,
      span,
    });
  }
  return found;
}

/** Whether words `[from, to)` name a person, by name or by a pronoun such as "he". */
function namesSpeaker(
  words: readonly Word[],
  from: number,
  to: number,
  persons: readonly Span[],
  rules: EventRules,
): boolean {
  return persons.length > 0 || rules.personalOccasions.speakers.findAll(words, from, to).length > 0;
}

/**
 * Whether a trigger names a person's own occasion, not a protest: a person, or an owner such
 * as "his", stands before it in its noun phrase ("a Trump rally", "Cruz's rally in Miami", "his
 * rallies"); or the phrase is the setting a person speaks in ("Trump said at a rally in Ohio",
 * "At a rally, he vowed"), with no other trigger of its type in the sentence.
 * @param sentence the sentence's words, `[from, to)`, and its triggers
 * @param persons the character spans of the persons named in the sentence
 */
export function isPersonalOccasion(
  trigger: TriggerHit,
  sentence: { readonly from: number; readonly to: number; readonly triggers: readonly TriggerHit[] },
  words: readonly Word[],
  persons: readonly Span[],
  rules: EventRules,
): boolean {
  const { window, triggers, owners, settings, breakers } = rules.personalOccasions;
  if (!triggers.hasMatchAt(words, trigger.first, trigger.last)) return false;
  const clause = words[trigger.first]?.clause;
  for (let i = trigger.first - 1; i >= sentence.from && i >= trigger.first - 1 - window; i--) {
    const word = words[i] as Word;
    if (word.clause !== clause) return false;
    if (settings.hasMatchAt(words, i, i + 1)) {
      const alone = sentence.triggers.every((t) => t === trigger || t.type !== trigger.type);
      return alone && namesSpeaker(words, sentence.from, sentence.to, persons, rules);
    }
    if (breakers.has(word.key)) return false;
    if (owners.hasMatchAt(words, i, i + 1) || overlapsAny([word.start, word.end], persons)) return true;
  }
  return false;
}
