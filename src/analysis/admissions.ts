/**
 * Admissions against interest: rules (`rules/admissions.json`) naming assertions that harm their
 * own holder's camp.
 * @module
 */
import type { Assertion } from '../core/claims.js';
import rules from './rules/admissions.json' with { type: 'json' };
import { escapeRegExp } from '../core/regexp.js';

export interface AdmissionRule {
  readonly id: string;
  readonly why: string;
  readonly holderGroups?: readonly string[];
  readonly types?: readonly string[];
  readonly measures?: readonly string[];
  readonly minLow?: number;
  readonly targets?: readonly string[];
  readonly mentions?: readonly string[];
}

interface CompiledRule extends AdmissionRule {
  readonly targetWords: readonly string[];
  readonly mentionPattern: RegExp | null;
}

function compile(rule: AdmissionRule): CompiledRule {
  return {
    ...rule,
    targetWords: (rule.targets ?? []).map((word) => word.toLowerCase()),
    mentionPattern: rule.mentions?.length
      ? new RegExp(
          `(?<![\\p{L}\\p{N}])(?:${rule.mentions.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`,
          'iu',
        )
      : null,
  };
}

/** The shipped rules. */
export const ADMISSION_RULES: readonly AdmissionRule[] = rules.rules;

function matches(rule: CompiledRule, assertion: Assertion): boolean {
  if (rule.holderGroups && !rule.holderGroups.includes(assertion.group)) return false;
  if (rule.types && !rule.types.includes(assertion.type)) return false;
  if (rule.measures && !(assertion.measure && rule.measures.includes(assertion.measure))) return false;
  if (rule.minLow !== undefined && !(assertion.low !== null && assertion.low >= rule.minLow)) return false;
  if (
    rule.targetWords.length > 0 &&
    !assertion.targets.some((target) => rule.targetWords.some((word) => target.toLowerCase().includes(word)))
  )
    return false;
  if (rule.mentionPattern && !rule.mentionPattern.test(assertion.evidence)) return false;
  return true;
}

/**
 * A function giving the ids of the rules an assertion matches (empty when none).
 * @example admissionMatcher()(assertion) // ['state-acknowledges-protesters-killed']
 */
export function admissionMatcher(
  ruleList: readonly AdmissionRule[] = ADMISSION_RULES,
): (assertion: Assertion) => string[] {
  const compiled = ruleList.map(compile);
  return (assertion) => compiled.filter((rule) => matches(rule, assertion)).map((rule) => rule.id);
}
