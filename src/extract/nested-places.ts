/**
 * Places named inside a person's or an organization's name ("Abbas Salimi Namin", "Center for
 * Human Rights in Iran") are part of that name, not mentions of the place: mentions are flat,
 * as news corpora annotate them. A place whose span is the whole name ("University of Tehran",
 * a site and an organization) stays, and so does a possessor ("Iran’s parliament") and the city or
 * province that ends a Persian body's name.
 * @module
 */
import type { Entity, Place, Span } from '../core/types.js';

const POSSESSIVE = /^['’]s(?![\p{L}\p{N}])/u;

const ARABIC_SCRIPT = /^[\u0600-\u06FF]/u;

/**
 * "دادستانی تهران", "دادگستری خراسان رضوی": a Persian body's name ends with the city or
 * province it serves, which stays a place, since it tells where the body acts.
 */
function isJurisdiction(place: Place, organizationEnds: ReadonlySet<number>): boolean {
  if (place.kind !== 'city' && place.kind !== 'province') return false;
  return organizationEnds.has(place.span[1]) && ARABIC_SCRIPT.test(place.text);
}

/**
 * The spans of organizations' names short of the city or province that ends them ("دادگاه انقلاب
 * مشهد" up to "مشهد"): what of a name no place may stand in, since that place is where it acts.
 */
export function namesShortOfJurisdiction(organizations: readonly Span[], places: readonly Place[]): Span[] {
  const ends = new Set(organizations.map((span) => span[1]));
  const starts = new Map<number, number>();
  for (const place of places) if (isJurisdiction(place, ends)) starts.set(place.span[1], place.span[0]);
  return organizations.map((span) => [span[0], starts.get(span[1]) ?? span[1]] as const);
}

/** `places` without those standing strictly inside an entity of `entities`. */
export function withoutNestedPlaces(
  text: string,
  places: readonly Place[],
  entities: readonly Entity[],
): Place[] {
  if (places.length === 0 || entities.length === 0) return [...places];
  const spans = entities.map((e) => e.span).sort((a, b) => a[0] - b[0]);
  const organizationEnds = new Set(entities.filter((e) => e.kind === 'organization').map((e) => e.span[1]));
  const kept: Place[] = [];
  let e = 0;
  let reach = -1;
  let reachStart = -1;
  for (const place of [...places].sort((a, b) => a.span[0] - b.span[0])) {
    const [start, end] = place.span;
    // The entity spans that start at or before the place, with the furthest end among them.
    while (e < spans.length && (spans[e] as Entity['span'])[0] <= start) {
      const span = spans[e] as Entity['span'];
      if (span[1] > reach) {
        reach = span[1];
        reachStart = span[0];
      }
      e++;
    }
    const inside =
      end <= reach && (reachStart < start || end < reach) && !POSSESSIVE.test(text.slice(end, end + 3));
    if (!inside || isJurisdiction(place, organizationEnds)) kept.push(place);
  }
  return kept;
}
