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

export interface KindCue {
  readonly kind: PlaceKind;
  /** Covers the whole list it touches ("the provinces of A, B and C"). */
  readonly plural: boolean;
  readonly inSpan: boolean;
  readonly before: readonly Phrase[];
  readonly after: readonly Phrase[];
}

export interface ScriptRules {
  readonly locativeBefore: readonly Phrase[];
  readonly locativeAfter: readonly Phrase[];
  readonly organizationBefore: readonly Phrase[];
  readonly organizationAfter: readonly Phrase[];
  readonly metonymyAfter: readonly Phrase[];
  readonly personBefore: readonly Phrase[];
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

function compile(raw: RawScriptRules): ScriptRules {
  const phrases = (list: readonly string[] | undefined): Phrase[] => (list ?? []).map(phrase);
  return {
    locativeBefore: phrases(raw.locativeBefore),
    locativeAfter: phrases(raw.locativeAfter),
    organizationBefore: phrases(raw.organizationBefore),
    organizationAfter: phrases(raw.organizationAfter),
    metonymyAfter: phrases(raw.metonymyAfter),
    personBefore: phrases(raw.personBefore),
    kindCues: raw.kindCues.map((cue) => ({
      kind: cue.kind as PlaceKind,
      plural: cue.plural ?? false,
      inSpan: cue.inSpan ?? false,
      before: phrases(cue.before),
      after: phrases(cue.after),
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

/** Whether one of `cues` ends right before `pos`, with only spaces (or a "." after "Mr") between. */
export function cueBefore(text: string, pos: number, cues: readonly Phrase[]): Word | null {
  if (cues.length === 0) return null;
  const longest = Math.max(...cues.map((c) => c.words.length));
  const before = wordsBefore(text, pos, longest);
  for (const cue of cues) {
    const n = cue.words.length;
    if (n === 0 || n > before.length) continue;
    const window = before.slice(before.length - n);
    const fits = window.every((w, i) => {
      const gapOk = i === n - 1 ? w.gap === '' || w.gap === '.' : w.gap === '';
      return gapOk && wordFits(cue.words[i] as Phrase['words'][number], w.word);
    });
    if (fits) return (window[0] as { word: Word }).word;
  }
  return null;
}

/** Whether one of `cues` starts right after `pos`, with only spaces between. */
export function cueAfter(text: string, pos: number, cues: readonly Phrase[]): Word | null {
  for (const cue of cues) {
    let at = pos;
    let last: Word | null = null;
    let fits = cue.words.length > 0;
    for (const listed of cue.words) {
      const gap = gapAfter(text, at);
      if (!gap || gap.gap !== '') {
        fits = false;
        break;
      }
      const word = wordAt(text, gap.next);
      if (!wordFits(listed, word)) {
        fits = false;
        break;
      }
      last = word;
      at = word.end;
    }
    if (fits && last) return last;
  }
  return null;
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
 * Whether [start, end) lies inside a longer mask phrase: "Iran" in "Iran Human Rights",
 * "ایران" in "فعالان حقوق بشر در ایران", "Iran" in "National Council of Resistance of Iran".
 */
export function isMasked(text: string, start: number, end: number): boolean {
  const before = wordsBefore(text, start, MASK_WORDS - 1);
  const firsts: Word[] = before.map((b) => b.word);
  firsts.push(wordAt(text, start));
  for (const first of firsts) {
    let node = maskRoot.next.get(first.key);
    let at = first.end;
    while (node) {
      if (node.end && at >= end && (first.start < start || at > end)) return true;
      const gap = gapAfter(text, at);
      if (!gap) break;
      const word = wordAt(text, gap.next);
      node = node.next.get(`${gap.gap} ${word.key}`);
      at = word.end;
    }
  }
  return false;
}
