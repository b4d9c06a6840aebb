/**
 * Who spoke: the subject words of an attribution turned into a speaker with name, role and
 * organization, from the entities the annotator found. Pronouns ("he", "it", "او") and
 * definite descriptions ("the minister", "the council", "The statement", "این منبع") take the
 * person, organization or earlier speaker they refer back to.
 * @module
 */
import type { ChainKind, Entity, Span, Speaker } from '../../../core/types.js';
import {
  lookupOrganization,
  resolveMention,
  tokenize,
  type AnnotatedEntity,
  type Token,
} from '../../annotators/entities/index.js';
import { endsWithNamePrefix } from '../../sentences.js';
import type { StatementDocument } from './_document.js';
import { trimSpan } from './_draft.js';
import { lexiconFor, type AttributionLexicon } from './_lexicon.js';
import { firstAtLeast, spanStartOf } from '../../sorted-search.js';

export interface ResolvedSpeaker {
  readonly speaker: Speaker;
  readonly kind: ChainKind;
  /** Where the words naming (or referring to) the speaker start. */
  readonly at: number;
}

/** An apostrophe-s right after a name: the name owns what follows. */
const POSSESSIVE_AFTER = /^['’]s/u;

/** How far back (in characters) a pronoun or description looks for what it refers to. */
const REFERENCE_WINDOW = 3000;
/** Spaces and punctuation between the words of a name or a role (a zero-width non-joiner is none). */
const NON_WORD = /[\s.,;:!?()[\]"“”«»]+/u;

const LEADING_ARTICLE = /^(?:the|a|an)\s+/iu;

function entityKind(entity: Entity, text: string, lex: AttributionLexicon): ChainKind {
  if (entity.kind === 'person') return 'person';
  if (lookupOrganization(entity.name)?.type === 'outlet') return 'outlet';
  return hasOutletNoun(text, lex) ? 'outlet' : 'organization';
}

/** Whether `text` holds an outlet noun: a word ("newspaper") or a phrase ("state media", "صدا و سیما"). */
function hasOutletNoun(text: string, lex: AttributionLexicon): boolean {
  const tokens = tokenize(text);
  for (let i = 0; i < tokens.length; i++)
    if (lex.outletNouns.matchesAt(text, tokens, i).length > 0) return true;
  return false;
}

function entitiesIn(doc: StatementDocument, first: number, last: number): Entity[] {
  const found: Entity[] = [];
  for (let i = first; i <= last; i++) {
    const entity = doc.entityAt(i);
    if (entity && found[found.length - 1] !== entity) found.push(entity);
  }
  return found;
}

/** An office as words to compare: no articles, no possessor ("the regime's Supreme Leader"). */
function roleKey(text: string): string {
  const tokens = tokenize(text);
  return keyOfWords(tokens, 0, tokens.length - 1);
}

/** `roleKey` of the text of tokens `first` to `last`. */
function keyOfWords(tokens: readonly Token[], first: number, last: number): string {
  const keys: string[] = [];
  for (let i = first; i <= last; i++) {
    const { key, base } = tokens[i] as Token;
    if (base === key && key !== 'the' && key !== 'a' && key !== 'an') keys.push(key);
  }
  return keys.join(' ');
}

function startsWithPreposition(text: string): boolean {
  const first = tokenize(text)[0];
  return first !== undefined && lexiconFor(first.latin).prepositions.has(first.key);
}

function cleanRole(text: string): string | null {
  const role = text
    .replace(LEADING_ARTICLE, '')
    .replace(/[\s,،]+$/u, '')
    .trim();
  // "Mr." before a name is a courtesy, not an office.
  if (!/\s/u.test(role) && endsWithNamePrefix(role)) return null;
  return role === '' ? null : role;
}

function organizationOf(entity: Entity): string | null {
  const organization = (entity as AnnotatedEntity).organization;
  return typeof organization === 'string' ? organization : null;
}

function roleOf(entity: Entity): string | null {
  const role = (entity as AnnotatedEntity).role;
  return typeof role === 'string' ? role : null;
}

export class SpeakerResolver {
  readonly #doc: StatementDocument;
  readonly #prior: ResolvedSpeaker[] = [];
  /** The role keys of this document's offices, each worked out once. */
  readonly #roleKeys = new Map<string, string>();

  constructor(doc: StatementDocument) {
    this.#doc = doc;
  }

  /** Records a speaker so that later pronouns and descriptions can refer back to it. */
  remember(speaker: ResolvedSpeaker): void {
    this.#prior.push(speaker);
  }

  /** The speaker named by the words in `subject`, with `apposition` beside them. */
  resolve(subject: Span, apposition: Span | null): ResolvedSpeaker | null {
    const doc = this.#doc;
    const span = trimSpan(doc.text, subject);
    const first = doc.firstTokenAtOrAfter(span[0]);
    let last = doc.lastTokenEndingBy(span[1]);
    // "Trump" of "Trump's claim": a subject may end inside its last token, before the "'s".
    const cut = (doc.tokens[last + 1]?.start ?? Infinity) < span[1];
    if (cut) last++;
    if (first > last) return null;
    const head = doc.tokens[first] as Token;
    const lex = lexiconFor(head.latin);
    while (last > first && lex.emphatics.has((doc.tokens[last] as Token).key)) last--;
    const text = doc.text.slice(span[0], cut ? span[1] : (doc.tokens[last] as Token).end);
    const at = span[0];

    const pronoun =
      first === last
        ? (lex.pronouns.get(head.key) ?? lex.possessivePronouns.get(head.key) ?? lex.pronouns.get(head.base))
        : undefined;
    if (pronoun) return this.#pronoun(pronoun, head.text, at);

    const inSubject = entitiesIn(doc, first, last);
    const headIndex = this.#headIndex(lex, first, last);
    const headEntity = doc.entityAt(headIndex);
    const inApposition = apposition
      ? entitiesIn(doc, doc.firstTokenAtOrAfter(apposition[0]), doc.lastTokenEndingBy(apposition[1]))
      : [];
    const apposText = apposition ? doc.text.slice(apposition[0], apposition[1]) : null;

    if (headEntity) {
      const others = [...inSubject, ...inApposition].filter((e) => e !== headEntity);
      return {
        speaker: this.#speakerFor(headEntity, text, apposText, others),
        kind: entityKind(headEntity, text, lex),
        at,
      };
    }
    // "The commander of the IRGC, Major General Mohammad Ali Jafari, said".
    const appositivePerson = inApposition.find((e) => e.kind === 'person');
    if (appositivePerson) {
      const others = [...inSubject, ...inApposition].filter((e) => e !== appositivePerson);
      return { speaker: this.#speakerFor(appositivePerson, text, text, others), kind: 'person', at };
    }
    // "آمار … مجموعه فعالان حقوق بشر", "figures from IHR": the figures speak for who gave them.
    const giver = inSubject.find((e) => e !== headEntity);
    if (lex.statementNouns.has((doc.tokens[headIndex] as Token).key) && giver) {
      return {
        speaker: this.#speakerFor(giver, text, apposText, []),
        kind: entityKind(giver, text, lex),
        at,
      };
    }
    // "The Norway-based Hengaw rights group": the organization named before the noun of its kind
    // ("the IRGC's intelligence organization" is another body, the IRGC's).
    const named = lex.organizationNouns.has((doc.tokens[headIndex] as Token).base)
      ? inSubject.findLast(
          (e) =>
            e.kind === 'organization' &&
            e.span[1] <= (doc.tokens[headIndex] as Token).start &&
            !POSSESSIVE_AFTER.test(doc.text.slice(e.span[1], e.span[1] + 2)),
        )
      : undefined;
    if (named)
      return {
        speaker: this.#speakerFor(named, text, apposText, []),
        kind: entityKind(named, text, lex),
        at,
      };
    if (lex.determiners.has(head.key) && last > first) {
      const referred = this.#definite(lex, last, at);
      if (referred) return referred;
    }
    // The subject's own tokens are the tokens of its text when it starts where a token does.
    const words = (doc.tokens[first] as Token).start === span[0] ? keyOfWords(doc.tokens, first, last) : null;
    const holder = this.#holderOfRole(words ?? this.#roleKey(text), at);
    if (holder) return holder;
    const organization =
      inSubject.find((e) => e.kind === 'organization') ?? inApposition.find((e) => e.kind === 'organization');
    return {
      speaker: {
        name: text,
        role: apposText ? cleanRole(apposText) : null,
        organization: organization?.name ?? null,
      },
      kind: hasOutletNoun(text, lex) ? 'outlet' : 'person',
      at,
    };
  }

  /** The word the subject is about: English puts it last before "of"/"for"…, Persian first. */
  #headIndex(lex: AttributionLexicon, first: number, last: number): number {
    const doc = this.#doc;
    if (!(doc.tokens[first] as Token).latin) {
      // "سردار حسین سلامی": a title before the name is not the head.
      for (let i = first; i <= Math.min(last, first + 2); i++) {
        const entity = doc.entityAt(i);
        if (entity)
          return entity.kind === 'person' && (doc.tokens[i] as Token).start === entity.span[0] ? i : first;
      }
      return first;
    }
    let head = first;
    for (let i = first; i <= last; i++) {
      const token = doc.tokens[i] as Token;
      if (i > first && lex.prepositions.has(token.key)) break;
      // "the Interior Ministry's State Security Council": a possessive is not the head.
      head = i;
    }
    const entity = doc.entityAt(head);
    if (entity) return head;
    // "Amnesty International's director": the head is the role word after the possessive.
    return head;
  }

  #speakerFor(
    entity: Entity,
    subject: string,
    apposition: string | null,
    others: readonly Entity[],
  ): Speaker {
    if (entity.kind === 'organization') return { name: entity.name, role: null, organization: null };
    let role = roleOf(entity);
    // "X, in a message posted on her account, said": a prepositional phrase is no office.
    if (!role && apposition && !apposition.includes(entity.text) && !startsWithPreposition(apposition))
      role = cleanRole(apposition);
    if (!role) {
      const before = subject.slice(0, Math.max(0, subject.indexOf(entity.text)));
      role = cleanRole(before);
    }
    const organization =
      organizationOf(entity) ?? others.find((e) => e.kind === 'organization')?.name ?? null;
    return { name: entity.name, role, organization };
  }

  #pronoun(kind: string, word: string, at: number): ResolvedSpeaker | null {
    if (kind === 'first') return null;
    const prior = this.#lastPrior(at, (p) =>
      kind === 'person'
        ? p.kind === 'person' || p.kind === 'account'
        : kind === 'organization'
          ? p.kind === 'organization' || p.kind === 'outlet'
          : true,
    );
    let entity: Entity | null = null;
    if (kind === 'person') entity = resolveMention(word, at, this.#doc.entities);
    else entity = this.#nearestEntity(at, kind === 'organization' ? 'organization' : null);
    if (entity && entity.span[0] < at - REFERENCE_WINDOW) entity = null;
    if (entity && (!prior || entity.span[0] > prior.at)) {
      return {
        speaker: this.#speakerFor(entity, entity.text, null, []),
        kind: entityKind(entity, entity.text, lexiconFor(true)),
        at,
      };
    }
    return prior ? { ...prior, at } : null;
  }

  #definite(lex: AttributionLexicon, last: number, at: number): ResolvedSpeaker | null {
    const doc = this.#doc;
    const noun = doc.tokens[last] as Token;
    if (lex.statementNouns.has(noun.key)) {
      const prior = this.#lastPrior(at, () => true);
      if (prior) return { ...prior, at };
    }
    // Whole words: "the Supreme Leader" is not one of the "prayer leaders" named before.
    const prior = this.#lastPrior(at, (p) => {
      const words = `${p.speaker.name ?? ''} ${p.speaker.role ?? ''}`.toLowerCase().split(NON_WORD);
      return words.includes(noun.base) || words.includes(noun.key);
    });
    if (prior) return { ...prior, at };
    const person = resolveMention(doc.text.slice(at, noun.end), at, doc.entities);
    if (person && person.span[0] >= at - REFERENCE_WINDOW)
      return { speaker: this.#speakerFor(person, person.text, null, []), kind: 'person', at };
    if (lex.organizationNouns.has(noun.base)) {
      const speaking = this.#lastPrior(at, (p) => p.kind === 'organization' || p.kind === 'outlet');
      if (speaking) return { ...speaking, at };
    }
    const organization =
      this.#nearestEntity(at, 'organization', noun.base) ??
      (lex.organizationNouns.has(noun.base) ? this.#nearestEntity(at, 'organization') : null);
    if (organization)
      return {
        speaker: this.#speakerFor(organization, organization.text, null, []),
        kind: entityKind(organization, organization.text, lex),
        at,
      };
    return null;
  }

  #roleKey(role: string): string {
    let key = this.#roleKeys.get(role);
    if (key === undefined) {
      key = roleKey(role);
      this.#roleKeys.set(role, key);
    }
    return key;
  }

  /**
   * "وزیر کشور افزود" after "رحمانی فضلی، وزیر کشور، گفت": the person who holds the office
   * whose `roleKey` is `words`.
   */
  #holderOfRole(words: string, at: number): ResolvedSpeaker | null {
    if (!words.includes(' ')) return null;
    const prior = this.#lastPrior(
      at,
      (p) => p.kind === 'person' && p.speaker.role !== null && this.#roleKey(p.speaker.role).includes(words),
    );
    if (prior) return { ...prior, at };
    // An office of two words or more names one holder: the whole text before may name them.
    const holder = this.#nearestEntity(
      at,
      'person',
      (e) => {
        const role = roleOf(e);
        return role !== null && this.#roleKey(role).includes(words);
      },
      at,
    );
    return holder ? { speaker: this.#speakerFor(holder, holder.text, null, []), kind: 'person', at } : null;
  }

  #lastPrior(at: number, fits: (p: ResolvedSpeaker) => boolean): ResolvedSpeaker | null {
    for (let k = this.#prior.length - 1; k >= 0; k--) {
      const p = this.#prior[k] as ResolvedSpeaker;
      if (p.at >= at) continue;
      if (p.at < at - REFERENCE_WINDOW) return null;
      if (p.speaker.name !== null && fits(p)) return p;
    }
    return null;
  }

  /** The last entity of this kind before `at` whose name holds `fits` or that `fits` accepts. */
  #nearestEntity(
    at: number,
    kind: 'person' | 'organization' | null,
    fits?: string | ((entity: Entity) => boolean),
    window = REFERENCE_WINDOW,
  ): Entity | null {
    const entities = this.#doc.entities;
    for (let k = firstAtLeast(entities, at, spanStartOf) - 1; k >= 0; k--) {
      const entity = entities[k] as Entity;
      if (entity.span[0] < at - window) return null;
      if (entity.span[1] > at) continue;
      if (kind && entity.kind !== kind) continue;
      if (typeof fits === 'string' && !entity.name.toLowerCase().includes(fits)) continue;
      if (typeof fits === 'function' && !fits(entity)) continue;
      return entity;
    }
    return null;
  }
}
