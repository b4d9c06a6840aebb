/**
 * The label the statements composer gives a reporting verb, for comparing with cues written
 * by others (an evaluation's gold, a user's query).
 * @module
 */
import { tokenize } from '../../annotators/entities/index.js';
import { lexiconFor } from './_lexicon.js';

/**
 * The lemma of the first reporting verb or "according to" phrase in `cue`, or null.
 * @example lemmaOfCue('has told') // "told"
 */
export function lemmaOfCue(cue: string): string | null {
  const tokens = tokenize(cue);
  for (let i = 0; i < tokens.length; i++) {
    const lex = lexiconFor(tokens[i]?.latin ?? true);
    const verb = lex.verbs.matchesAt(cue, tokens, i)[0]?.values[0];
    if (verb) return verb.lemma;
    const according = lex.according.matchesAt(cue, tokens, i)[0]?.values[0];
    if (according) return according.lemma;
  }
  return null;
}
