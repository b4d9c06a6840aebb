/**
 * The chain of a statement, outermost first: the document's own source, then each outlet or
 * person that passed the words on (the statement it is nested in, "according to X",
 * "carried by X", "told X", "in an interview with X"), the speaker last, as an account when
 * the words were posted on a platform.
 * @module
 */
import type { ChainLink, Entity, Span } from '../../../core/types.js';
import { canonicalName, lookupOrganization, type Token } from '../../annotators/entities/index.js';
import type { StatementDocument } from './_document.js';
import { trimSpan, type Relay } from './_draft.js';
import { lexiconFor } from './_lexicon.js';
import type { ResolvedSpeaker } from './resolve-speaker.js';

/** A link of a chain; `platform` says where an account posted the words. */
export interface Link extends ChainLink {
  readonly platform?: string;
}

/** Relays of these ranks count only when they name an outlet: "told Reuters", not "told Macron". */
const OUTLET_ONLY_RANK = 2;
/** How many links of the enclosing statement's chain a nested statement keeps. */
const MAX_OUTER_LINKS = 8;

/** Whether two names are the same, ignoring case. */
export function sameName(a: string, b: string): boolean {
  return a === b || (a.length === b.length && a.toLowerCase() === b.toLowerCase());
}

/** The document's source as the registry names it ("IRNA" → "Islamic Republic News Agency"). */
export function sourceLink(source: string | null): Link | null {
  if (source === null || source.trim() === '') return null;
  return { name: canonicalName(source), kind: 'outlet' };
}

/** The chain's outermost link: the document's outlet, else its author, else none. */
export function tellerLink(source: string | null, author: string | null): Link | null {
  const outlet = sourceLink(source);
  if (outlet || author === null || author.trim() === '') return outlet;
  return { name: canonicalName(author), kind: 'person' };
}

function entityAtHead(doc: StatementDocument, span: Span): Entity | undefined {
  let first = doc.firstTokenAtOrAfter(span[0]);
  const last = doc.lastTokenEndingBy(span[1]);
  const lex = lexiconFor(doc.tokens[first]?.latin ?? true);
  while (first < last && lex.determiners.has(doc.tokens[first]?.key ?? '')) first++;
  // "the official news agency IRNA", "خبرگزاری میزان": a name after the kind of outlet.
  for (let i = first; i <= last; i++) {
    const entity = doc.entityAt(i);
    const token = doc.tokens[i] as Token;
    // "the judiciary's Mizan news agency": the possessor is not the outlet.
    if (entity && token.end >= entity.span[1] && token.base !== token.key) continue;
    if (entity) return entity;
    if (
      token.latin &&
      !token.capitalized &&
      !lex.outletNouns.hasWord(token.key) &&
      !lex.outletAdjectives.has(token.key)
    )
      return undefined;
  }
  return undefined;
}

/** "the Jamaran website" → "Jamaran": a name followed by what kind of outlet it is. */
function withoutOutletNoun(doc: StatementDocument, span: Span): { name: string; outlet: boolean } {
  const first = doc.firstTokenAtOrAfter(span[0]);
  const last = doc.lastTokenEndingBy(span[1]);
  const token = doc.tokens[first] as Token | undefined;
  const text = doc.text.slice(span[0], span[1]);
  if (!token) return { name: text, outlet: false };
  const lex = lexiconFor(token.latin);
  let outlet = false;
  for (let i = first; i <= last; i++) {
    const m = lex.outletNouns.matchesAt(doc.text, doc.tokens, i)[0];
    if (!m) continue;
    outlet = true;
    const before = i > first ? trimSpan(doc.text, [span[0], (doc.tokens[i - 1] as Token).end]) : null;
    const beforeText = before ? doc.text.slice(before[0], before[1]).replace(/^(?:the|a|an)\s+/iu, '') : '';
    // "State television" names no outlet by a name: the words before the noun only describe it.
    const described = beforeText.split(/\s+/u).every((word) => lex.outletAdjectives.has(word.toLowerCase()));
    if (m.last === last && /^\p{Lu}/u.test(beforeText) && !described) return { name: beforeText, outlet };
  }
  return { name: text, outlet };
}

/** "reports", "the figures": words that name no one who passed them on. */
function onlyStatementNouns(doc: StatementDocument, span: Span): boolean {
  const first = doc.firstTokenAtOrAfter(span[0]);
  const last = doc.lastTokenEndingBy(span[1]);
  for (let i = first; i <= last; i++) {
    const token = doc.tokens[i] as Token;
    const lex = lexiconFor(token.latin);
    if (!lex.statementNouns.has(token.key) && !lex.determiners.has(token.key)) return false;
  }
  return true;
}

/** The link a relay names, or null when it names nobody that passed words on. */
export function relayLink(doc: StatementDocument, relay: Relay): Link | null {
  const span = trimSpan(doc.text, relay.span);
  if (span[1] <= span[0]) return null;
  if (onlyStatementNouns(doc, span)) return null;
  const plain = withoutOutletNoun(doc, span);
  // "an outlet close to the Guards" names an outlet, not the Guards: only a leading name counts.
  const entity = entityAtHead(doc, span);
  if (entity) {
    const type = entity.kind === 'organization' ? lookupOrganization(entity.name)?.type : undefined;
    const outlet = type === 'outlet' || plain.outlet;
    if (relay.rank >= OUTLET_ONLY_RANK && !outlet) return null;
    return { name: entity.name, kind: outlet ? 'outlet' : entity.kind };
  }
  if (relay.rank >= OUTLET_ONLY_RANK && !plain.outlet) return null;
  const name = plain.name.replace(/^(?:the)\s+/iu, '');
  const registered = lookupOrganization(name);
  if (registered)
    return { name: registered.name, kind: registered.type === 'outlet' ? 'outlet' : 'organization' };
  return { name, kind: plain.outlet ? 'outlet' : 'organization' };
}

/** Adds `link` unless it repeats the link before it. */
function push(chain: Link[], link: Link): void {
  const last = chain[chain.length - 1];
  if (last && sameName(last.name, link.name)) {
    if (link.kind === 'account') chain[chain.length - 1] = link;
    return;
  }
  chain.push(link);
}

/**
 * The relays of a statement as links, outermost first. Pushed into a literal: an empty result
 * of `filter` is an array of another kind than a full one, and every statement reads these.
 */
export function relayLinks(doc: StatementDocument, relays: readonly Relay[]): Link[] {
  const links: Link[] = [];
  for (const relay of [...relays].sort((a, b) => a.rank - b.rank || a.span[0] - b.span[0])) {
    const link = relayLink(doc, relay);
    if (link !== null) links.push(link);
  }
  return links;
}

/** The chain from the document's source to the speaker. */
export function buildChain(
  source: Link | null,
  outer: readonly Link[],
  relays: readonly Link[],
  speaker: ResolvedSpeaker | null,
  platform: string | null,
): Link[] {
  const chain: Link[] = [];
  if (source) push(chain, source);
  // Real chains are a handful of links; a text nesting "said" in "said" forever is cut short.
  for (const link of outer.slice(0, MAX_OUTER_LINKS)) push(chain, link);
  for (const link of relays)
    if (!speaker || !sameName(link.name, speaker.speaker.name ?? '')) push(chain, link);
  const name = speaker?.speaker.name;
  if (name) {
    push(chain, platform ? { name, kind: 'account', platform } : { name, kind: speaker.kind });
  }
  return chain;
}
