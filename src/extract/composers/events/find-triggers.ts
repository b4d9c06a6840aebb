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
