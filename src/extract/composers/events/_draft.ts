/**
 * An event while it is being built: places kept whole (for containment when merging),
 * named persons kept apart from group targets (events about different people never merge).
 * @module
 */
import type { CountKey, EventType, Interval, Place, Span, Time } from '../../../core/types.js';

export interface DraftEvent {
  readonly type: EventType;
  /** The evidence: the sentence, or the part of it that names this event alone. */
  readonly span: Span;
  readonly when: Time | null;
  readonly places: readonly Place[];
  readonly actors: readonly string[];
  readonly targets: readonly string[];
  /** Persons among the targets, by canonical name. */
  readonly namedTargets: readonly string[];
  readonly counts: Partial<Record<CountKey, Interval>>;
  readonly assertedBy: string | null;
  /**
   * Named only by a determiner and a trigger noun ("these killings"), with no figure, place or
   * date of its own: a reference to an event told before, when the document told one.
   */
  readonly refersBack: boolean;
  /**
   * Its sentence names a time the dates annotator could not read ("Last November", with no
   * publication date to count from): the event keeps no time rather than take its context's.
   */
  readonly timeUnread: boolean;
}
