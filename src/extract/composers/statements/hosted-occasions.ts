/**
 * "IRNA conducted a round table discussion", "state television aired a debate": an outlet that
 * hosted the occasion where people spoke. The statements of the paragraphs that follow, up to
 * the first paragraph without one, reached the document through that outlet.
 * @module
 */
import type { Token } from '../../annotators/entities/index.js';
import { lineEnd, lineStart } from '../../_lines.js';
import type { StatementDocument } from './_document.js';
import type { Draft } from './_draft.js';
import { lexiconFor, phraseOpeners } from './_lexicon.js';
import { relayLink, type Link } from './build-chain.js';

/** How many words after the verb may stand before the occasion ("held a two-hour televised debate"). */
const MAX_WORDS_TO_OCCASION = 5;

interface Host {
  readonly link: Link;
  /** End of the sentence naming the occasion. */
  readonly end: number;
}

function findHosts(doc: StatementDocument): Host[] {
  const hosts: Host[] = [];
  for (const { unit, index: i } of doc.openingsOutsideQuotes(phraseOpeners)) {
    const lex = lexiconFor((doc.tokens[i] as Token).latin);
    const verb = lex.hostVerbs.matchesAt(doc.text, doc.tokens, i)[0];
    if (!verb || doc.quotedWithin(i, unit)) continue;
    const limit = Math.min(unit.last, verb.last + MAX_WORDS_TO_OCCASION);
    let occasion = false;
    for (let j = verb.last + 1; j <= limit && !occasion; j++)
      occasion = lex.hostNouns.matchesAt(doc.text, doc.tokens, j).length > 0;
    if (!occasion) continue;
    const outlet = outletBefore(doc, unit.first, i);
    if (outlet) hosts.push({ link: outlet, end: unit.end });
  }
  return hosts.sort((a, b) => a.end - b.end);
}

/** The nearest outlet named before token `before` in the sentence. */
function outletBefore(doc: StatementDocument, first: number, before: number): Link | null {
  for (let i = before - 1; i >= first; i--) {
    const entity = doc.entityAt(i);
    if (!entity) continue;
    const link = relayLink(doc, { span: entity.span, rank: 0 });
    if (link?.kind === 'outlet') return link;
    // Past the entity's other tokens, always moving left.
    i = Math.min(i, doc.firstTokenAtOrAfter(entity.span[0]));
  }
  return null;
}

/**
 * For each draft (in text order), the outlet that hosted the occasion it was said at, or null.
 * Nested statements and those that name their own relays are left to them.
 */
export function hostedBy(doc: StatementDocument, drafts: readonly Draft[]): (Link | null)[] {
  const hosts = findHosts(doc);
  let next = 0;
  let open: Host | null = null;
  let reach = 0;
  const hostOf = (draft: Draft): Link | null => {
    const at = Math.min(draft.attribution[0], draft.content[0]);
    while (next < hosts.length && (hosts[next] as Host).end <= at) {
      open = hosts[next] as Host;
      reach = open.end;
      next++;
    }
    if (!open) return null;
    // A paragraph with no statement between the last one and this one closes the occasion.
    const between = doc.text.slice(lineEnd(doc.text, reach), lineStart(doc.text, at));
    if (between.trim() !== '') {
      open = null;
      return null;
    }
    reach = Math.max(reach, draft.content[1], draft.attribution[1]);
    return draft.parent || draft.relays.length > 0 ? null : open.link;
  };
  // Pushed into a literal: an array made by `map` has another elements kind once V8 optimizes it.
  const found: (Link | null)[] = [];
  for (const draft of drafts) found.push(hostOf(draft));
  return found;
}
