/**
 * The time of an event whose sentence names none, from its context: the last dated event
 * before it in its paragraph, else the first dated event of the document, which is what
 * a report is about ("Amnesty has said at least 304 people were killed", in an article on
 * the November 2019 protests, is about November 2019).
 * @module
 */
import type { Time } from '../../../core/types.js';
import type { DraftEvent } from './_draft.js';

/**
 * `draft` at time `when`, its fields written out in the order `sentenceEvents` writes them: a
 * spread copy has another hidden class, which every reader of drafts met late and was
 * compiled again for.
 */
function withTime(draft: DraftEvent, when: Time): DraftEvent {
  return {
    type: draft.type,
    span: draft.span,
    when,
    places: draft.places,
    actors: draft.actors,
    targets: draft.targets,
    namedTargets: draft.namedTargets,
    counts: draft.counts,
    assertedBy: draft.assertedBy,
    refersBack: draft.refersBack,
    timeUnread: draft.timeUnread,
  };
}

/**
 * Drafts in text order, each undated one given its context's time.
 * @param paragraphOf the paragraph index of a character offset
 */
export function withContextTimes(
  drafts: readonly DraftEvent[],
  paragraphOf: (offset: number) => number,
): DraftEvent[] {
  const topic = drafts.find((d) => d.when !== null)?.when ?? null;
  let previous: DraftEvent | null = null;
  // Pushed into a literal: an array made by `map` has another elements kind once V8 optimizes it.
  const timed: DraftEvent[] = [];
  for (const draft of drafts) {
    let out = draft;
    if (draft.timeUnread) {
      // Later undated events of its paragraph are as likely at its unread time as at one before it.
      previous = draft;
    } else if (draft.when === null) {
      const sameParagraph = previous !== null && paragraphOf(previous.span[0]) === paragraphOf(draft.span[0]);
      const when = sameParagraph && previous ? previous.when : topic;
      if (when) out = withTime(draft, when);
    } else {
      previous = draft;
    }
    timed.push(out);
  }
  return timed;
}
