/**
 * What a figure counts: people killed, executed, arrested, sentenced or injured,
 * participants, locations or acts. The unit decides when it can ("32 cities", "238
 * executions"); for people the nearest cue decides, a verb ("450 people had been
 * arrested", "با شلیک … کشته شدند") before a noun ("15,000 troublemakers").
 * @module
 */
import type { CountKey, Quantity } from '../../../core/types.js';
import type { PatternMatch } from './_word-patterns.js';
import type { EventRules, RoleCue, SharedRules } from './_rules.js';
import type { Word } from './_words.js';
import { firstAtLeast, startOf } from '../../sorted-search.js';

export interface RoledQuantity {
  readonly quantity: Quantity;
  /** Null when nothing says what it counts. */
  readonly role: CountKey | null;
  /** What decided the role. */
  readonly by: 'unit' | 'verb' | 'noun' | null;
  /**
   * Counts part of another figure: "always" after "among" or "including" ("among them 60
   * children"); "if-repeated" after "of them" ("six of them were sentenced"), a part only
   * when the sentence gives a whole of the same role.
   */
  readonly subset: 'always' | 'if-repeated' | null;
  /** Word indices of the figure: first, and the index after the last. */
  readonly first: number;
  readonly last: number;
}

/** Index of the first word that starts at or after `offset` (words are sorted). */
export function wordAt(words: readonly { readonly start: number }[], offset: number): number {
  return firstAtLeast(words, offset, startOf);
}

function nearestCue(
  cues: readonly PatternMatch<RoleCue>[],
  words: readonly Word[],
  first: number,
  last: number,
  strength: RoleCue['strength'],
  window: { after: number; before: number },
): PatternMatch<RoleCue> | null {
  const clause = words[first]?.clause;
  let best: PatternMatch<RoleCue> | null = null;
  let bestDistance = Infinity;
  // Figures come before their verb in both languages' usual order, so a cue after wins a tie.
  for (const cue of cues) {
    if (cue.value.strength !== strength || words[cue.first]?.clause !== clause) continue;
    let distance: number;
    if (cue.first >= last && cue.first - last <= window.after) distance = cue.first - last;
    else if (cue.last <= first && first - cue.last <= window.before) distance = first - cue.last + 0.5;
    else continue;
    if (distance < bestDistance) {
      best = cue;
      bestDistance = distance;
    }
  }
  return best;
}

function subsetOf(
  words: readonly Word[],
  first: number,
  last: number,
  from: number,
  to: number,
  rules: EventRules,
): RoledQuantity['subset'] {
  const clause = words[first]?.clause;
  for (const cue of rules.subsetBefore.cues.findAll(
    words,
    Math.max(from, first - rules.subsetBefore.window - 4),
    first,
  )) {
    if (
      cue.last <= first &&
      first - cue.last <= rules.subsetBefore.window &&
      words[cue.first]?.clause === clause
    ) {
      return 'always';
    }
  }
  for (const cue of rules.subsetClause.findAll(words, from, first)) {
    if (words[cue.first]?.clause === clause) return 'always';
  }
  const afterEnd = Math.min(to, last + rules.subsetAfter.window + 1);
  for (let i = last; i < afterEnd; i++) {
    if (rules.subsetAfter.cues.hasMatchAt(words, i, to) && words[i]?.clause === clause) return 'if-repeated';
  }
  return null;
}

/**
 * The role of each figure in a sentence (`words[from, to)`), in text order. Figures whose
 * unit is a measure, a currency or a percentage get no role.
 */
export function countRoles(
  quantities: readonly Quantity[],
  words: readonly Word[],
  from: number,
  to: number,
  rules: EventRules,
  shared: SharedRules,
): RoledQuantity[] {
  if (quantities.length === 0) return [];
  const allCues = rules.roleCues.findAll(words, from, to);
  const peopleCues = allCues.filter((c) => shared.peopleRoles.has(c.value.role));
  const roled: RoledQuantity[] = [];
  for (const quantity of quantities) {
    const first = wordAt(words, quantity.span[0]);
    const last = Math.max(first + 1, wordAt(words, quantity.span[1]));
    if (first >= to) continue;
    const subset = subsetOf(words, first, last, from, to, rules);
    const unitRole = quantity.unit === null ? undefined : shared.unitRoles.get(quantity.unit);
    if (unitRole) {
      roled.push({ quantity, role: unitRole, by: 'unit', subset, first, last });
      continue;
    }
    if (quantity.unit !== null && !shared.peopleUnits.has(quantity.unit)) {
      roled.push({ quantity, role: null, by: null, subset, first, last });
      continue;
    }
    const cues = quantity.unit === null ? allCues : peopleCues;
    const verb = nearestCue(cues, words, first, last, 'verb', rules.roleWindow);
    const noun = verb ? null : nearestCue(cues, words, first, last, 'noun', rules.roleWindow);
    const cue = verb ?? noun;
    roled.push({
      quantity,
      role: cue ? cue.value.role : null,
      by: cue ? cue.value.strength : null,
      subset,
      first,
      last,
    });
  }
  // Pushed into a literal, copies written out: see `spansOf` in events-composer.ts.
  const settled: RoledQuantity[] = [];
  for (const r of roled) {
    const alone =
      r.subset === 'if-repeated' && !roled.some((o) => o !== r && o.subset === null && o.role === r.role);
    settled.push(alone ? withRole(r, r.role, r.by, null) : r);
  }
  return settled;
}

/** `r` with another role and subset, written out in the order `countRoles` writes a figure. */
export function withRole(
  r: RoledQuantity,
  role: RoledQuantity['role'],
  by: RoledQuantity['by'],
  subset: RoledQuantity['subset'],
): RoledQuantity {
  return { quantity: r.quantity, role, by, subset, first: r.first, last: r.last };
}
