/**
 * Passes over the quantities found in a text: bounds joined into one range ("more than 10
 * and less than 20"), and "41 of them" counting what the figure before it counts.
 * @module
 */
import type { Qualifier, Quantity } from '../../../core/types.js';
import { BOUNDS_JOINED, COUNTED } from './_lexicon.js';
import { phraseAfter, wordAfter } from './_words.js';

/** How far back, in characters, "41 of them" looks for the figure it takes its counted noun from. */
const ANAPHORA_WINDOW = 160;

/** "at least 56 protesters, 41 of them in Kurdish cities": the second counts protesters too. */
export function inheritCounted(analysis: string, found: Quantity[]): Quantity[] {
  return found.map((q, i) => {
    if (q.counted !== null || i === 0 || !phraseAfter(analysis, q.span[1], COUNTED.anaphora)) return q;
    const previous = found[i - 1] as Quantity;
    const gap = analysis.slice(previous.span[1], q.span[0]);
    if (previous.counted === null || gap.length > ANAPHORA_WINDOW || /[.!?؟\n]/.test(gap)) return q;
    return { ...q, unit: q.unit ?? previous.unit, counted: previous.counted };
  });
}

const LOWER: ReadonlySet<Qualifier> = new Set(['more_than', 'at_least']);

const UPPER: ReadonlySet<Qualifier> = new Set(['less_than', 'at_most']);

/** "more than 10 and less than 20", "at most 100 and at least 20": one range from two bounds. */
export function joinBounds(text: string, analysis: string, found: Quantity[]): Quantity[] {
  const joined: Quantity[] = [];
  for (let i = 0; i < found.length; i++) {
    const a = found[i] as Quantity;
    const b = found[i + 1];
    const between = b ? wordAfter(analysis, a.span[1]) : null;
    const gapEnds =
      between !== null && b !== undefined && /^[ \t\u00A0]*$/.test(analysis.slice(between.end, b.span[0]));
    if (
      b &&
      between &&
      gapEnds &&
      BOUNDS_JOINED.has(between.key) &&
      (a.unit === b.unit || a.unit === null || b.unit === null)
    ) {
      const [lower, upper] =
        LOWER.has(a.qualifier) && UPPER.has(b.qualifier)
          ? [a, b]
          : UPPER.has(a.qualifier) && LOWER.has(b.qualifier)
            ? [b, a]
            : [null, null];
      if (lower && upper && lower.low !== null && upper.high !== null && lower.low < upper.high) {
        joined.push({
          text: text.slice(a.span[0], b.span[1]),
          span: [a.span[0], b.span[1]],
          low: lower.low,
          high: upper.high,
          qualifier: 'range',
          approximate: a.approximate || b.approximate,
          unit: a.unit ?? b.unit,
          counted: b.counted ?? a.counted,
        });
        i++;
        continue;
      }
    }
    joined.push(a);
  }
  return joined;
}
