/**
 * The working state of one document's entity search: its tokens, which are taken, and
 * the mentions found so far. Shared by the passes in find-entities.ts and coreference.ts.
 * @module
 */
import type { EntityKind } from '../../../core/types.js';
import { WordSet } from '../../word-set.js';
import { lexiconFor, type Gender, type Lexicon } from './_lexicon.js';
import { gapBetween, type Token } from './_tokens.js';
import { wordClassOf } from './_word-classes.js';

export interface Mention {
  readonly start: number;
  readonly end: number;
  /** Index of the first and last token covered. */
  readonly first: number;
  readonly last: number;
  name: string;
  readonly kind: EntityKind;
  /** Registry aliases; null for names found by pattern. */
  aliases: readonly string[] | null;
  gender: Gender | null;
  /** Office or description, e.g. "Intelligence Minister". */
  role: string | null;
  /** Key of the role's head word ("minister"), for "the minister" later on. */
  roleHead: string | null;
  /** Canonical organization named in the role ("IRGC commander" → IRGC). */
  organization: string | null;
  /** Registry type of an organization, for "the agency". */
  readonly orgType: string | null;
  /** How it was found: "registry", "pattern" or "coreference". */
  readonly how: 'registry' | 'pattern' | 'coreference';
}

export class Document {
  readonly text: string;
  readonly tokens: readonly Token[];
  /** For each token, the index in `mentions` of the mention covering it, or -1. */
  readonly owner: Int32Array;
  readonly mentions: Mention[] = [];
  /**
   * Keys of Latin words written in lower case somewhere in the text, among those the passes ask
   * about: the key and base of every capitalized word that opens a clause ("Police", "The").
   */
  readonly lowercaseWords: ReadonlySet<string>;
  /** For each token, the `WordClass` bits of its key and of its base, in its script's lexicon. */
  readonly #keyClass: Uint16Array;
  readonly #baseClass: Uint16Array;

  constructor(text: string, tokens: readonly Token[]) {
    this.text = text;
    this.tokens = tokens;
    this.owner = new Int32Array(tokens.length).fill(-1);
    this.#keyClass = new Uint16Array(tokens.length);
    this.#baseClass = new Uint16Array(tokens.length);
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i] as Token;
      const bits = wordClassOf(token.key, token.latin);
      this.#keyClass[i] = bits;
      this.#baseClass[i] = token.base === token.key ? bits : wordClassOf(token.base, token.latin);
    }
    const asked: string[] = [];
    for (const token of tokens)
      if (token.clauseStart && token.latin && token.capitalized) asked.push(token.key, token.base);
    // Most lower-case words are none of those: the WordSet turns them away without hashing them.
    const askedAbout = new WordSet(asked);
    const lower = new Set<string>();
    for (const token of tokens)
      if (token.latin && !token.capitalized && askedAbout.has(token.base)) lower.add(token.base);
    this.lowercaseWords = lower;
  }

  token(i: number): Token | undefined {
    return this.tokens[i];
  }

  /** Whether token i's key is in any of the `WordClass` sets of `bits`. */
  keyIs(i: number, bits: number): boolean {
    return ((this.#keyClass[i] ?? 0) & bits) !== 0;
  }

  /** Whether token i's possessive-free base is in any of the `WordClass` sets of `bits`. */
  baseIs(i: number, bits: number): boolean {
    return ((this.#baseClass[i] ?? 0) & bits) !== 0;
  }

  lexicon(i: number): Lexicon {
    return lexiconFor(this.tokens[i]?.latin ?? true);
  }

  /** The gap between tokens i-1 and i (see gapBetween), null at the edges. */
  gapBefore(i: number): string | null {
    const left = this.tokens[i - 1];
    const right = this.tokens[i];
    return left && right ? gapBetween(this.text, left, right) : null;
  }

  isFree(first: number, last: number): boolean {
    if (first < 0 || last >= this.tokens.length) return false;
    for (let i = first; i <= last; i++) if (this.owner[i] !== -1) return false;
    return true;
  }

  add(mention: Mention): Mention {
    for (let i = mention.first; i <= mention.last; i++) this.owner[i] = this.mentions.length;
    this.mentions.push(mention);
    return mention;
  }

  /** Puts `wider` in the place of `mention`, which it covers, and gives it the tokens between. */
  replace(mention: Mention, wider: Mention): Mention {
    const index = this.owner[mention.first] ?? -1;
    if (index === -1 || this.mentions[index] !== mention) return this.add(wider);
    this.mentions[index] = wider;
    for (let i = wider.first; i <= wider.last; i++) this.owner[i] = index;
    return wider;
  }

  isTaken(i: number): boolean {
    return (this.owner[i] ?? -1) !== -1;
  }

  /** The mention covering token i, if any. */
  mentionAt(i: number): Mention | undefined {
    const k = this.owner[i] ?? -1;
    return k === -1 ? undefined : this.mentions[k];
  }
}

export function newMention(
  fields: Pick<Mention, 'start' | 'end' | 'first' | 'last' | 'name' | 'kind' | 'how'> & Partial<Mention>,
): Mention {
  return {
    aliases: null,
    gender: null,
    role: null,
    roleHead: null,
    organization: null,
    orgType: null,
    ...fields,
  };
}

/** "the minister" linked by coreference, "Supreme Leader" found as a registered office. */
export function isDescription(text: string, m: Mention): boolean {
  if (m.how === 'coreference' && m.last > m.first) return true;
  return m.how === 'registry' && m.kind === 'person' && m.role === text.slice(m.start, m.end);
}
