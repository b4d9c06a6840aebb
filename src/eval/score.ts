/**
 * The shapes every scorer of `npm run eval` returns, and the arithmetic they share.
 * @module
 */

/** Precision, recall and F1 of one field, from its counts. */
export interface FieldScore {
  /** "quantities", "dates", "places", "persons", "organizations", "statements", "chains", "events", … */
  readonly field: string;
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

/** What one scorer measured on one corpus. */
export interface CorpusScore {
  /** Short name of the corpus or gold set, e.g. "samples", "newsquant". */
  readonly corpus: string;
  readonly scores: readonly FieldScore[];
  /** Lines worth printing beside the figures (published baselines, what was skipped). */
  readonly notes: readonly string[];
}

/** A scorer over one corpus; `sharedCorpus` is `../shared/corpus` or null when absent. */
export interface Scorer {
  readonly name: string;
  /** True when it can run without ../shared/corpus (gold written by the team). */
  readonly bundled: boolean;
  score(sharedCorpus: string | null): Promise<CorpusScore | null>;
}

/** Precision, recall and F1 from true positives, false positives and false negatives. */
export function fieldScore(field: string, tp: number, fp: number, fn: number): FieldScore {
  const precision = tp + fp === 0 ? (fn === 0 ? 1 : 0) : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { field, tp, fp, fn, precision, recall, f1 };
}

/**
 * One score of several corpora scored on the same fields: each field's counts summed, so that
 * every item counts once, whichever corpus it came from. Fields missing from a corpus add nothing.
 */
export function pooledScore(
  corpus: string,
  parts: readonly CorpusScore[],
  fields: readonly string[],
): CorpusScore {
  const scores = fields.flatMap((field) => {
    const counts = parts.flatMap((part) => part.scores.filter((s) => s.field === field));
    if (counts.length === 0) return [];
    const sum = (key: 'tp' | 'fp' | 'fn'): number => counts.reduce((n, s) => n + s[key], 0);
    return [fieldScore(field, sum('tp'), sum('fp'), sum('fn'))];
  });
  return { corpus, scores, notes: [`pooled from ${parts.map((part) => part.corpus).join(' and ')}`] };
}
