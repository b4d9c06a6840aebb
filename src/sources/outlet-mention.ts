/**
 * The outlet a text names as the teller of its news: "Tasnim reported", "according to IRNA",
 * "IRNA, the state news agency, said", "DUBAI (AP) —", "به گزارش ایسنا". A name alone is not
 * enough ("Fars" is also a province, "مهر" a month): it needs one of these cues beside it.
 * @module
 */
import { normalizeText } from '../core/text.js';
import { NameScanner, type NameMatch } from './name-scanner.js';
import { namesOf, type SourceRecord } from './source-record.js';
import { escapeRegExp } from '../core/regexp.js';

/** How much of the text is read: the teller of the news is named in its opening. */
const HEAD_CHARS = 3000;

const CUE_BEFORE = new RegExp(
  String.raw`(?:according to|reported by|quoted by|carried by|published by|cited by|told|in a report by|به گزارش|به نقل از|از قول)\s+(?:the\s+|خبرگزاری\s+)?$`,
  'iu',
);
const CUE_AFTER = new RegExp(
  String.raw`^(?:(?:\s*,[^,.\n]{1,80},)?\s+(?:news agency\s+|website\s+)?(?:reported|reports|said|says|quoted|wrote|announced|published|carried|cited|stated|confirmed)\b|\s+(?:گزارش داد|گزارش داده|نوشت|اعلام کرد|خبر داد))`,
  'iu',
);

/** "DUBAI (AP) —": the outlet in brackets before a dash. */
const DATELINE_BEFORE = /\(\s*$/u;
const DATELINE_AFTER = /^\s*\)\s*[-–—]/u;

/** Short upper-case abbreviations ("AP", "IHR") only count when written in capitals. */
const isAbbreviation = (name: string): boolean => name.length <= 5 && /^[A-Z][A-Z0-9/-]*$/.test(name);

export interface OutletMention {
  readonly source: SourceRecord;
  /** The words of the text that name it, with their cue. */
  readonly evidence: string;
}

/** Finds the first source a text names with a reporting cue; built once per registry. */
export class OutletMentionFinder {
  readonly #sourceOf = new Map<string, SourceRecord>();
  /** The names that count in any case. */
  readonly #names: NameScanner | null;
  /** The abbreviations, which count only in capitals. */
  readonly #abbreviations: AbbreviationScanner | null;

  constructor(sources: Iterable<SourceRecord>) {
    const folded: string[] = [];
    const exact: string[] = [];
    for (const source of sources) {
      for (const name of namesOf(source)) {
        const form = headForm(name).trim();
        if (form.length < 2) continue;
        const key = isAbbreviation(form) ? form : form.toLowerCase();
        if (this.#sourceOf.has(key)) continue;
        this.#sourceOf.set(key, source);
        (isAbbreviation(form) ? exact : folded).push(form);
      }
    }
    this.#names = folded.length > 0 ? new NameScanner(folded, true) : null;
    this.#abbreviations = exact.length > 0 ? new AbbreviationScanner(exact) : null;
  }

  /**
   * The first cued mention in the opening of `text`, a document's text: normalizeText has
   * already rewritten its letter forms and line endings, so only composition is redone (dropping
   * a control character can leave a letter and its mark apart), which is the same as
   * normalizing it again but costs a fraction.
   */
  find(text: string): OutletMention | null {
    const opening = text.slice(0, HEAD_CHARS);
    const head = withoutZwnj(opening.normalize('NFC'));
    // The same characters, read faster in the whole text than through a slice of it.
    const scanned = head === opening ? text : head;
    const names = this.#names;
    let best: { index: number; mention: OutletMention } | null = null;
    // A name in any case first; an abbreviation wins only before it.
    for (
      let match = names?.next(scanned, 0, head.length) ?? null;
      match;
      match = names!.next(scanned, match.end, head.length)
    ) {
      const mention = this.#cued(head, match);
      if (mention) {
        best = { index: match.start, mention };
        break;
      }
    }
    const abbreviations = this.#abbreviations;
    for (
      let match = abbreviations?.next(head, 0) ?? null;
      match;
      match = abbreviations!.next(head, match.end)
    ) {
      if (best !== null && match.start >= best.index) break;
      const mention = this.#cued(head, match);
      if (mention) return mention;
    }
    return best?.mention ?? null;
  }

  /** The mention `match` makes, if a reporting cue stands beside it. */
  #cued(head: string, match: NameMatch): OutletMention | null {
    const name = head.slice(match.start, match.end);
    const before = head.slice(Math.max(0, match.start - 40), match.start);
    const after = head.slice(match.end, match.end + 120);
    const dateline = DATELINE_BEFORE.test(before) ? DATELINE_AFTER.exec(after) : null;
    const cueBefore = dateline ? null : CUE_BEFORE.exec(before);
    const cueAfter = dateline ?? (cueBefore ? null : CUE_AFTER.exec(after));
    if (!cueBefore && !cueAfter) return null;
    const source = this.#sourceFor(name);
    if (!source) return null;
    const evidence = dateline
      ? `(${name}${dateline[0]}`
      : cueBefore
        ? `${cueBefore[0]}${name}`
        : `${name}${cueAfter![0]}`;
    return { source, evidence: evidence.replace(/\s+/g, ' ').trim() };
  }

  #sourceFor(found: string): SourceRecord | undefined {
    const form = found.replace(/\s+/g, ' ');
    return this.#sourceOf.get(form) ?? this.#sourceOf.get(form.toLowerCase());
  }
}

/**
 * The abbreviations, as a regular expression: they are few and start only at capitals, which the
 * engine finds fast, so a walk over every character would cost more here.
 */
class AbbreviationScanner {
  readonly #pattern: RegExp;

  constructor(names: readonly string[]) {
    this.#pattern = new RegExp(
      String.raw`(?<![\p{L}\p{N}])(?:${alternation(names, 'u')})(?![\p{L}\p{N}])`,
      'gu',
    );
  }

  next(text: string, from: number): NameMatch | null {
    this.#pattern.lastIndex = from;
    const match = this.#pattern.exec(text);
    return match && { start: match.index, end: match.index + match[0].length };
  }
}

/**
 * The names as one alternation tried longest first, factored by first character ("IRNA|ISNA" as
 * "I(?:RNA|SNA)"), so that at each word the engine tries only the names that can start there.
 * Names whose first characters match each other under `flags` share a group, in the same order,
 * so the alternation matches what the plain list of names would.
 */
function alternation(names: readonly string[], flags: string): string {
  const groups: Array<{ first: string; same: RegExp; rests: string[] }> = [];
  for (const name of [...names].sort((a, b) => b.length - a.length)) {
    const first = String.fromCodePoint(name.codePointAt(0)!);
    const rest = escapeRegExp(name.slice(first.length)).replace(/\s+/g, '\\s+');
    const group = groups.find((candidate) => candidate.same.test(first));
    if (group) group.rests.push(rest);
    else groups.push({ first, same: new RegExp(`^${escapeRegExp(first)}$`, flags), rests: [rest] });
  }
  return groups.map(({ first, rests }) => `${escapeRegExp(first)}(?:${rests.join('|')})`).join('|');
}

/** Letter forms unified, zero-width non-joiners as spaces: how names and text are compared. */
function headForm(text: string): string {
  return withoutZwnj(normalizeText(text));
}

function withoutZwnj(text: string): string {
  return text.replace(/\u200c/g, ' ');
}
