/**
 * Who acted and against whom. Forces, courts and armed groups act unless the sentence
 * makes them the sufferers ("members of the security forces had been killed"); groups
 * such as protesters and prisoners are targets; a named person is a target after the
 * trigger or before a passive one ("Rahnavard was hanged"), an actor before an active one.
 * @module
 */
import type { Entity, EventType, Span } from '../../../core/types.js';
import { lookupOrganization } from '../../annotators/entities/index.js';
import { insideAny } from './asserted-by.js';
import { wordAt } from './count-roles.js';
import type { EventRules, Participant } from './_rules.js';
import type { PatternMatch } from './_word-patterns.js';
import type { TriggerHit } from './find-triggers.js';
import type { Word } from './_words.js';

export interface Participants {
  readonly actors: readonly string[];
  readonly targets: readonly string[];
  /** Persons among the targets. */
  readonly namedTargets: readonly string[];
}

/** How far from its trigger a named person may stand and still be its actor or target. */
const PERSON_REACH = 8;
/** Organization types that act as forces of the state or as armed groups. */
const ACTING_ORGANIZATIONS = new Set(['armed', 'government']);
/** Event types done to someone: a person named beside their trigger is the one it was done to. */
const VICTIM_TYPES = new Set<EventType>([
  'arrest',
  'sentence',
  'execution',
  'killing',
  'torture',
  'crackdown',
]);

function isPassive(
  trigger: TriggerHit,
  words: readonly Word[],
  from: number,
  to: number,
  rules: EventRules,
): boolean {
  const { window } = rules.passive;
  const clause = words[trigger.first]?.clause;
  for (const cue of rules.passive.before.findAll(
    words,
    Math.max(from, trigger.first - window - 2),
    trigger.first,
  )) {
    if (
      cue.last <= trigger.first &&
      trigger.first - cue.last <= window &&
      words[cue.first]?.clause === clause
    )
      return true;
  }
  for (let i = trigger.last; i < Math.min(to, trigger.last + window + 1); i++) {
    if (words[i]?.clause === clause && rules.passive.after.hasMatchAt(words, i, to)) return true;
  }
  // "people killed by security forces": a participle followed by its agent.
  return rules.agentCues.hasMatchAt(words, trigger.last, to);
}

function afterAgent(first: number, words: readonly Word[], from: number, rules: EventRules): boolean {
  for (const cue of rules.agentCues.findAll(words, Math.max(from, first - 4), first)) {
    if (first - cue.last <= 1) return true;
  }
  return false;
}

/** The trigger nearest to words `[first, last)` in their clause, or null. */
function nearestTrigger(
  triggers: readonly TriggerHit[],
  words: readonly Word[],
  first: number,
  last: number,
): TriggerHit | null {
  const clause = words[first]?.clause;
  let best: TriggerHit | null = null;
  let bestDistance = Infinity;
  for (const trigger of triggers) {
    if (words[trigger.first]?.clause !== clause) continue;
    // A word both trigger and participant ("protesters") is not its own event's participant.
    if (trigger.first < last && first < trigger.last) continue;
    const d = trigger.first >= last ? trigger.first - last : first >= trigger.last ? first - trigger.last : 0;
    if (d < bestDistance) {
      best = trigger;
      bestDistance = d;
    }
  }
  return best;
}

function overlapping(entities: readonly Entity[], span: Span): Entity | undefined {
  return entities.find((e) => e.kind === 'organization' && e.span[0] < span[1] && span[0] < e.span[1]);
}

/**
 * Actors and targets of the event named by `own`, among `words[from, to)`: those nearer
 * to one of its triggers than to a trigger of another event of the sentence.
 * @param mentions the sentence's matches of the participants lexicon
 * @param triggers every trigger of the sentence
 * @param entities the sentence's people and organizations
 * @param excluded attributions: a speaker is not a participant
 */
export function eventParticipants(
  mentions: readonly PatternMatch<Participant>[],
  own: readonly TriggerHit[],
  triggers: readonly TriggerHit[],
  words: readonly Word[],
  from: number,
  to: number,
  entities: readonly Entity[],
  excluded: readonly Span[],
  rules: EventRules,
): Participants {
  const actors = new Set<string>();
  const targets = new Set<string>();
  const named = new Set<string>();
  const claimed: Span[] = [];
  const passive = new Map(triggers.map((t) => [t, isPassive(t, words, from, to, rules)]));
  const sideOf = (
    first: number,
    last: number,
    lexiconSide: 'actor' | 'target',
  ): 'actor' | 'target' | null => {
    const trigger = nearestTrigger(triggers, words, first, last);
    if (!trigger || !own.includes(trigger)) return null;
    if (lexiconSide === 'target') return 'target';
    if (afterAgent(first, words, from, rules)) return 'actor';
    return passive.get(trigger) && last <= trigger.first ? 'target' : 'actor';
  };

  for (const mention of mentions) {
    const span: Span = [(words[mention.first] as Word).start, (words[mention.last - 1] as Word).end];
    if (insideAny(span, excluded)) continue;
    const side = sideOf(mention.first, mention.last, mention.value.side);
    if (!side) continue;
    claimed.push(span);
    const name = (side === 'actor' ? overlapping(entities, span)?.name : undefined) ?? mention.value.name;
    (side === 'actor' ? actors : targets).add(name);
  }

  for (const entity of entities) {
    if (insideAny(entity.span, excluded)) continue;
    if (claimed.some((c) => c[0] < entity.span[1] && entity.span[0] < c[1])) continue;
    const first = wordAt(words, entity.span[0]);
    const last = Math.max(first + 1, wordAt(words, entity.span[1]));
    const trigger = nearestTrigger(triggers, words, first, last);
    if (!trigger || !own.includes(trigger)) continue;
    if (entity.kind === 'organization') {
      const type = lookupOrganization(entity.name)?.type;
      if (type && ACTING_ORGANIZATIONS.has(type) && sideOf(first, last, 'actor') === 'actor')
        actors.add(entity.name);
      continue;
    }
    const reach = trigger.first >= last ? trigger.first - last : first - trigger.last;
    if (reach > PERSON_REACH) continue;
    if (afterAgent(first, words, from, rules)) actors.add(entity.name);
    else if (!VICTIM_TYPES.has(trigger.type)) continue;
    else if (first >= trigger.last || passive.get(trigger)) {
      targets.add(entity.name);
      named.add(entity.name);
    } else if (rules.actorBeforeTrigger) actors.add(entity.name);
  }
  return { actors: [...actors], targets: [...targets], namedTargets: [...named] };
}
