/**
 * Which items an analyst has reviewed, for the search screen's "reviewed or not" filter.
 * @module
 */
import type { ProjectionStore } from '../store/index.js';

/**
 * Ids of every reviewed proposition, event and statement. A review of a proposition counts for
 * the events it groups: an analyst judged what they report.
 */
export async function reviewedItems(store: ProjectionStore): Promise<ReadonlySet<string>> {
  const reviewed = new Set((await store.reviews()).map((review) => review.target));
  for (const id of [...reviewed]) {
    if (!id.startsWith('pr_')) continue;
    for (const event of (await store.getProposition(id))?.eventIds ?? []) reviewed.add(event);
  }
  return reviewed;
}
