/**
 * "His remarks were carried by the official IRNA news agency.", "…, remarks that were carried
 * by Tasnim.": who passed a speaker's words on, named after the words. The outlet relays the
 * statements of the same paragraph before it that name no relay of their own.
 * @module
 */
import type { Token } from '../../annotators/entities/index.js';
import type { Openers, StatementDocument } from './_document.js';
import type { Draft, Relay } from './_draft.js';
import { relaysWithin } from './_clause.js';
import { englishLexicon, lexiconFor, persianLexicon } from './_lexicon.js';
import { relayLink, type Link } from './build-chain.js';
import { lineStart } from '../../_lines.js';

/** How many words may stand between the noun and the relay ("remarks that were later carried by"). */
const MAX_WORDS_TO_RELAY = 4;
/** Relays of this rank or lower passed the words on; higher ranks heard them first. */
const PASSED_ON_RANK = 1;
/** A name, not a description: a capital or a letter of a script without case first. */
const NAMED = /^(?:\p{Lu}|\p{Lo})/u;

const remarksOpeners: Openers = { latin: englishLexicon.remarksNouns, arabic: persianLexicon.remarksNouns };

interface Note {
  readonly link: Link;
  /** Where the note starts: it covers statements that end before it. */
  readonly at: number;
}

function findNotes(doc: StatementDocument): Note[] {
  const notes: Note[] = [];
  for (const { unit, index: i } of doc.openingsOutsideQuotes(remarksOpeners)) {
    const lex = lexiconFor((doc.tokens[i] as Token).latin);
    const limit = Math.min(unit.last, i + MAX_WORDS_TO_RELAY);
    for (let j = i + 1; j <= limit; j++) {
      const cue = lex.relays.matchesAt(doc.text, doc.tokens, j)[0]?.values[0];
      if (!cue) continue;
      if (cue.rank > PASSED_ON_RANK) break;
      const relays: Relay[] = [];
      relaysWithin(doc, lex, unit, j, unit.last, relays);
      const link = relays[0] ? relayLink(doc, relays[0]) : null;
      // "carried by several channels" names nobody who can be asked.
      if (link && NAMED.test(link.name)) notes.push({ link, at: (doc.tokens[i] as Token).start });
      break;
    }
  }
  return notes;
}

/**
 * For each draft (in text order), the outlet a later note of its paragraph says carried it, or
 * null. Nested statements and those that name their own relays are left to them.
 */
export function carriedBy(doc: StatementDocument, drafts: readonly Draft[]): (Link | null)[] {
  // Pushed into a literal: an array made by `map` has another elements kind once V8 optimizes it.
  const carried: (Link | null)[] = [];
  for (let k = 0; k < drafts.length; k++) carried.push(null);
  for (const note of findNotes(doc)) {
    const from = lineStart(doc.text, note.at);
    drafts.forEach((draft, k) => {
      const start = Math.min(draft.attribution[0], draft.content[0]);
      const end = Math.max(draft.attribution[1], draft.content[1]);
      if (start < from || end > note.at || carried[k] || draft.parent || draft.relays.length > 0) return;
      carried[k] = note.link;
    });
  }
  return carried;
}
