/**
 * The context rules of rules/places-context.json, compiled per script: cue words before and
 * after a name, kind cues, list separators, street heads, and the phrases that hide the
 * places inside them (the rules' maskPhrases and the organization names of entities.json).
 * @module
 */
import type { PlaceKind } from '../../../core/types.js';
import rules from '../../rules/places-context.json' with { type: 'json' };
import registry from '../../rules/entities.json' with { type: 'json' };
import { gapAfter, keyOf, wordAt, wordsBefore, wordsOf, type Word } from './_words.js';

export type Script = 'en' | 'fa';

/** A cue word or phrase as listed: exact when it has a capital, by key otherwise. */
interface Phrase {
  readonly words: readonly { readonly listed: string; readonly key: string; readonly exact: boolean }[];
}

/** Cue phrases indexed by the word next to the name: the last word for cues before it, the first for cues after. */
export interface CueSet {
  readonly byKey: ReadonlyMap<string, readonly Phrase[]>;
}

export interface KindCue {
  readonly kind: PlaceKind;
  /** Covers the whole list it touches ("the provinces of A, B and C"). */
  readonly plural: boolean;
  readonly inSpan: boolean;
  readonly before: CueSet;
  readonly after: CueSet;
}

export interface ScriptRules {
  readonly locativeBefore: CueSet;
  readonly locativeAfter: CueSet;
  readonly organizationBefore: CueSet;
  readonly organizationAfter: CueSet;
  readonly metonymyAfter: CueSet;
  readonly personBefore: CueSet;
  /** Word keys that open an organization's name. */
  readonly organizationHeads: ReadonlySet<string>;
  /** Word keys that end a name when reading back from a place (prepositions, conjunctions). */
  readonly nameBreaks: ReadonlySet<string>;
  readonly kindCues: readonly KindCue[];
  readonly listSeparators: ReadonlySet<string>;
  /** Head word key → English head ("خیابان" → "Street"). */
  readonly streetHeads: ReadonlyMap<string, string>;
  /** Street name (word keys joined by spaces) → English name. */
  readonly streetNames: ReadonlyMap<string, string>;
}

interface RawScriptRules {
  locativeBefore: string[];
  locativeAfter: string[];
  organizationBefore: string[];
  organizationAfter: string[];
  metonymyAfter: string[];
  personBefore: string[];
  organizationHeads: string[];
  nameBreaks: string[];
  kindCues: { kind: string; plural?: boolean; inSpan?: boolean; before?: string[]; after?: string[] }[];
  listSeparators: string[];
  streetHeads: Record<string, string>;
  streetNames: Record<string, string>;
}

function phrase(text: string): Phrase {
  return {
    words: wordsOf(text).words.map((w) => ({ listed: w.text, key: w.key, exact: /\p{Lu}/u.test(w.text) })),
  };
}

function cueSet(list: readonly string[] | undefined, side: 'before' | 'after'): CueSet {
  const byKey = new Map<string, Phrase[]>();
  for (const text of list ?? []) {
    const cue = phrase(text);
    const next = side === 'before' ? cue.words[cue.words.length - 1] : cue.words[0];
    if (!next) continue;
    byKey.set(next.key, [...(byKey.get(next.key) ?? []), cue]);
  }
  return { byKey };
}

function compile(raw: RawScriptRules): ScriptRules {
  return {
    locativeBefore: cueSet(raw.locativeBefore, 'before'),
    locativeAfter: cueSet(raw.locativeAfter, 'after'),
    organizationBefore: cueSet(raw.organizationBefore, 'before'),
    organizationAfter: cueSet(raw.organizationAfter, 'after'),
    metonymyAfter: cueSet(raw.metonymyAfter, 'after'),
    personBefore: cueSet(raw.personBefore, 'before'),
    organizationHeads: new Set(raw.organizationHeads.map(keyOf)),
    nameBreaks: new Set(raw.nameBreaks.map(keyOf)),
    kindCues: raw.kindCues.map((cue) => ({
      kind: cue.kind as PlaceKind,
      plural: cue.plural ?? false,
      inSpan: cue.inSpan ?? false,
      before: cueSet(cue.before, 'before'),
      after: cueSet(cue.after, 'after'),
    })),
    listSeparators: new Set(raw.listSeparators.map(separatorForm)),
    streetHeads: new Map(Object.entries(raw.streetHeads).map(([fa, en]) => [keyOf(fa), en])),
    streetNames: new Map(Object.entries(raw.streetNames).map(([fa, en]) => [phraseKey(fa), en])),
  };
}

/** Word keys joined by spaces. */
export function phraseKey(text: string): string {
  return wordsOf(text)
    .words.map((w) => w.key)
    .join(' ');
}

/** What lies between two list members, compared without spaces' kind or count. */
export function separatorForm(between: string): string {
  return between.replace(/[\s\u200C\u200E\u200F]+/g, ' ').trim();
}

const compiled: Readonly<Record<Script, ScriptRules>> = {
  en: compile(rules.en as RawScriptRules),
  fa: compile(rules.fa as RawScriptRules),
};

/** The rules for names written in `script`. */
export function contextRules(script: Script): ScriptRules {
  return compiled[script];
}

/** The rules' version, part of the annotator's version. */
export const contextVersion: number = rules.version;

function wordFits(listed: Phrase['words'][number], word: Word): boolean {
  return listed.exact ? word.text === listed.listed : word.key === listed.key;
}

/** The words around a name, each read at most once, and only when a cue test needs it. */
export class Neighbourhood {
  readonly #before: ({ word: Word; gap: string } | null)[] = [];
  readonly #after: (Word | null)[] = [];

  constructor(
    private readonly text: string,
    private readonly start: number,
    private readonly end: number,
  ) {}

  /** The `n`-th word before the name (0 = nearest) with the gap after it, or null. */
  before(n: number): { word: Word; gap: string } | null {
    while (this.#before.length <= n) {
      const previous = this.#before[this.#before.length - 1];
      if (previous === null) return null;
      const at = previous ? previous.word.start : this.start;
      this.#before.push(wordsBefore(this.text, at, 1)[0] ?? null);
    }
    return this.#before[n] ?? null;
  }

  /** The `n`-th word after the name (0 = next) with only spaces before it, or null. */
  after(n: number): Word | null {
    while (this.#after.length <= n) {
      const previous = this.#after[this.#after.length - 1];
      if (previous === null) return null;
      const gap = gapAfter(this.text, previous ? previous.end : this.end);
      this.#after.push(gap && gap.gap === '' ? wordAt(this.text, gap.next) : null);
    }
    return this.#after[n] ?? null;
  }

  /** Whether one of `heads` opens the name this place ends: "فدراسیون فوتبال ایران". */
  inNameOpenedBy(heads: ReadonlySet<string>, breaks: ReadonlySet<string>, reach: number): boolean {
    if (heads.size === 0) return false;
    for (let i = 0; i < reach; i++) {
      const w = this.before(i);
      if (!w || w.gap !== '' || breaks.has(w.word.key)) return false;
      if (heads.has(w.word.key)) return true;
    }
    return false;
  }

  /** The first word of a cue of `cues` that ends right before the name (spaces, or "." after "Mr"), or null. */
  cueBefore(cues: CueSet): Word | null {
    if (cues.byKey.size === 0) return null;
    const nearest = this.before(0);
    if (!nearest || (nearest.gap !== '' && nearest.gap !== '.')) return null;
    for (const cue of cues.byKey.get(nearest.word.key) ?? []) {
      const n = cue.words.length;
      let first: Word | null = nearest.word;
      for (let i = 0; i < n && first; i++) {
        const w = this.before(i);
        const listed = cue.words[n - 1 - i] as Phrase['words'][number];
        first = w && (i === 0 || w.gap === '') && wordFits(listed, w.word) ? w.word : null;
      }
      if (first) return first;
    }
    return null;
  }

  /** The last word of a cue of `cues` that starts right after the name, or null. */
  cueAfter(cues: CueSet): Word | null {
    if (cues.byKey.size === 0) return null;
    const next = this.after(0);
    if (!next) return null;
    for (const cue of cues.byKey.get(next.key) ?? []) {
      let last: Word | null = next;
      for (let i = 0; i < cue.words.length && last; i++) {
        const w = this.after(i);
        last = w && wordFits(cue.words[i] as Phrase['words'][number], w) ? w : null;
      }
      if (last) return last;
    }
    return null;
  }
}

/** A phrase that hides places inside it, as word keys with the gaps between them. */
interface MaskNode {
  readonly next: Map<string, MaskNode>;
  end: boolean;
}

const maskRoot: MaskNode = { next: new Map(), end: false };
const MASK_WORDS = 16;

function addMask(text: string): void {
  const { words, gaps } = wordsOf(text);
  if (words.length < 2 || words.length > MASK_WORDS) return;
  let node = maskRoot;
  words.forEach((word, i) => {
    const key = i === 0 ? word.key : `${gaps[i - 1] ?? ''} ${word.key}`;
    let child = node.next.get(key);
    if (!child) {
      child = { next: new Map(), end: false };
      node.next.set(key, child);
    }
    node = child;
  });
  node.end = true;
}

for (const text of [...rules.en.maskPhrases, ...rules.fa.maskPhrases]) addMask(text);
for (const org of registry.organizations as { name: string; aliases?: string[]; contextual?: string[] }[]) {
  for (const text of [org.name, ...(org.aliases ?? []), ...(org.contextual ?? [])]) {
    addMask(text);
    if (text.includes('\u200C')) addMask(text.replaceAll('\u200C', ' '));
  }
}

/**
 * The end of the longest mask phrase starting at `first`, or null: the places inside "Iran
 * Human Rights", "فعالان حقوق بشر در ایران" or "National Council of Resistance of Iran" are
 * not places.
 */
/** Whether some mask phrase starts with the word of this key. */
export function maskMayStart(key: string): boolean {
  return maskRoot.next.has(key);
}

/** The keys a mask phrase's first word can have. */
export function maskFirstWords(): Iterable<string> {
  return maskRoot.next.keys();
}

export function maskEnd(text: string, first: Word): number | null {
  let node = maskRoot.next.get(first.key);
  let at = first.end;
  let end: number | null = null;
  while (node) {
    if (node.end) end = at;
    const gap = gapAfter(text, at);
    if (!gap) break;
    const word = wordAt(text, gap.next);
    node = node.next.get(`${gap.gap} ${word.key}`);
    at = word.end;
  }
  return end;
}
