/**
 * The scorers `npm run eval` runs, in order: the team's gold first (its figures make the
 * closing JSON line), then the corpus scorers. Add a corpus scorer here to have it run.
 * @module
 */
import { armanEntitiesScorer } from './arman-entities.js';
import { boroumand } from './boroumand.js';
import { seedGoldScorer, teamGoldScorer, type GoldScorerOptions } from './gold-scorer.js';
import { newsQuantScorer } from './newsquant.js';
import { persianCalendar } from './persian-calendar.js';
import { polnearScorer } from './polnear.js';
import { recognizersDates } from './recognizers-dates.js';
import { persianNumberWordsScorer, recognizersNumbersScorer } from './recognizers-numbers.js';
import type { Scorer } from './score.js';

/** Every scorer, the team's gold (`samples`) first. */
export function scorers(options: GoldScorerOptions = {}): Scorer[] {
  return [
    teamGoldScorer(options),
    seedGoldScorer(options),
    newsQuantScorer,
    recognizersNumbersScorer,
    persianNumberWordsScorer,
    recognizersDates,
    persianCalendar,
    armanEntitiesScorer,
    polnearScorer,
    boroumand,
  ];
}
