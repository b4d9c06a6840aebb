/**
 * The quantities annotator: figures in English and Persian, as `Quantity` items with their
 * interval, qualifier, unit and counted noun phrase. Rules: src/extract/rules/quantities-*.json.
 * @module
 */
import type { Quantity } from '../../../core/types.js';
import type { AnalysisInput, Annotator, Report } from '../../types.js';
import { MAX_DIAGNOSTICS, RULES_VERSION } from './_lexicon.js';
import { scanQuantities } from './find-quantities.js';

function annotate(input: AnalysisInput, report: Report): readonly Quantity[] {
  const { quantities, skipped } = scanQuantities(input.text, input.analysisText);
  let reported = 0;
  for (const s of skipped) {
    if (!s.ambiguous || reported >= MAX_DIAGNOSTICS) continue;
    reported++;
    const written = input.text.slice(s.span[0], s.span[1]);
    report({
      ruleId: 'year-or-count',
      place: s.span,
      severity: 'info',
      message: `Cannot count "${written}": read as a year, though a noun for people follows`,
      actual: 'year',
    });
  }
  return quantities;
}

/** The quantities annotator. */
export const quantitiesAnnotator: Annotator<'quantities'> = {
  name: 'quantities',
  version: `1.0.0+rules.${RULES_VERSION}`,
  kind: 'quantities',
  annotate,
};
