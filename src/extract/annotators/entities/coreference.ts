/**
 * Coreference within one document: surname-only mentions ("Alavi") and role mentions
 * ("the minister", "the agency") linked to the full name found elsewhere in the text, and
 * `resolveMention` for pronoun speakers.
 * @module
 */
import type { Entity } from '../../../core/types.js';
import { latinLexicon, lexiconFor, persianLexicon, type Gender, type OrgRoleRule } from './_lexicon.js';
import type { Document } from './_mentions.js';
import { isDescription, newMention, type Mention } from './_mentions.js';
import { keyOf, tokenize, type Token } from './_tokens.js';
import { lookupPerson } from './registry.js';
import { WordClass } from './_word-classes.js';
import { firstAtLeast, spanStartOf, startOf } from '../../sorted-search.js';
import { boundedMemo } from '../../bounded-memo.js';

/** How far back (in characters) a role mention may look for the one it refers to. */
const ROLE_WINDOW = 3000;

interface Named {
  readonly start: number;
  readonly name: string;
  readonly gender: Gender | null;
}

// Every person mention asks about its name (and a role about its holder's), and names repeat.
const tokensOfName: (name: string) => readonly Token[] = boundedMemo(20_000, tokenize);

function lastKey(name: string): string | null {
  const tokens = tokensOfName(name);
  const last = tokens[tokens.length - 1];
  return last ? last.base : null;
}

function isMultiWord(name: string): boolean {
  return tokensOfName(name).length >= 2;
}

/** The most recent entry before `offset`, else the first one after it. */
function nearest(entries: readonly Named[], offset: number): Named | undefined {
  const i = firstAtLeast(entries, offset, startOf);
  return entries[i - 1] ?? entries[i];
}

function surnameIndex(doc: Document): Map<string, Named[]> {
  const index = new Map<string, Named[]>();
  const add = (key: string | null, entry: Named): void => {
    if (!key || key.length < 2) return;
    const list = index.get(key) ?? [];
    list.push(entry);
    index.set(key, list);
  };
  for (const m of doc.mentions) {
    if (m.kind !== 'person' || !isMultiWord(m.name)) continue;
    const entry = { start: m.start, name: m.name, gender: m.gender };
    // The last word of an office ("Supreme Leader") is no surname: "Leader" alone names nobody.
    const written = isDescription(doc.text, m) ? null : (doc.token(m.last) as Token).base;
    add(written, entry);
    const key = lastKey(m.name);
    if (key !== written) add(key, entry);
  }
  for (const list of index.values()) list.sort((a, b) => a.start - b.start);
  return index;
}

function isSurnameToken(doc: Document, i: number, index: ReadonlyMap<string, Named[]>): boolean {
  const token = doc.token(i);
  if (!token || doc.isTaken(i)) return false;
  // Most tokens are lower-case words: no need to look them up.
  if (token.latin && !(token.capitalized && !token.allCaps)) return false;
  if (!index.has(token.base)) return false;
  return token.latin || !doc.keyIs(i, WordClass.functionWord | WordClass.nonName);
}

/** "Mrs. Smith" after "Jane Smith": a lone surname found by a title takes the full name. */
function completeLoneSurnames(doc: Document, index: ReadonlyMap<string, Named[]>): void {
  for (const m of doc.mentions) {
    if (m.kind !== 'person' || m.how !== 'pattern' || isMultiWord(m.name)) continue;
    const entries = index.get((doc.token(m.last) as Token).base);
    const match =
      entries &&
      nearest(
        entries.filter((e) => !m.gender || !e.gender || e.gender === m.gender),
        m.start,
      );
    if (match) m.name = match.name;
  }
}

function linkSurnames(doc: Document, index: ReadonlyMap<string, Named[]>): void {
  const { tokens } = doc;
  for (let i = 0; i < tokens.length; i++) {
    if (!isSurnameToken(doc, i, index)) continue;
    const token = tokens[i] as Token;
    const entries = index.get(token.base) as Named[];
    const target = nearest(entries, token.start);
    if (!target) continue;
    doc.add(
      newMention({
        start: token.start,
        end: token.baseEnd,
        first: i,
        last: i,
        name: target.name,
        kind: 'person',
        how: 'coreference',
        gender: target.gender,
      }),
    );
  }
}

function orgFits(m: Mention, rule: OrgRoleRule): boolean {
  if (rule.types && m.orgType && rule.types.includes(m.orgType)) return true;
  if (rule.nameWords) {
    const words = m.name.toLowerCase().split(/\s+/);
    return rule.nameWords.some((w) => words.includes(w));
  }
  return false;
}

/** The one name the candidates before `offset` (within the window) agree on, or null. */
function onlyNameBefore(
  sorted: readonly Mention[],
  offset: number,
  fits: (m: Mention) => boolean,
): Mention | null {
  let found: Mention | null = null;
  for (let k = firstAtLeast(sorted, offset, startOf) - 1; k >= 0; k--) {
    const m = sorted[k] as Mention;
    if (m.start < offset - ROLE_WINDOW) break;
    if (!fits(m)) continue;
    if (found && found.name !== m.name) return null;
    found ??= m;
  }
  return found;
}

function linkRoles(doc: Document): void {
  const { tokens } = doc;
  const sorted = [...doc.mentions].sort((a, b) => a.start - b.start);
  for (let i = 0; i + 1 < tokens.length; i++) {
    const determiner = tokens[i] as Token;
    if (!doc.keyIs(i, WordClass.determiner) || doc.isTaken(i) || doc.isTaken(i + 1)) continue;
    if (doc.gapBefore(i + 1) !== '') continue;
    const head = tokens[i + 1] as Token;
    if (head.latin !== determiner.latin) continue;
    // "the minister Mahmoud Alavi" was a title, not a reference back.
    const after = doc.token(i + 2);
    if (after && doc.isTaken(i + 2) && doc.gapBefore(i + 2) === '') continue;
    let target: Mention | null = null;
    let kind: 'person' | 'organization' = 'person';
    const lex = lexiconFor(determiner.latin);
    if (doc.baseIs(i + 1, WordClass.roleHead)) {
      target = onlyNameBefore(
        sorted,
        determiner.start,
        (m) => m.kind === 'person' && m.roleHead === head.base,
      );
    } else {
      const rule = lex.orgRoleNouns.get(head.base);
      if (rule) {
        kind = 'organization';
        target = onlyNameBefore(
          sorted,
          determiner.start,
          (m) => m.kind === 'organization' && orgFits(m, rule),
        );
      }
    }
    if (!target) continue;
    doc.add(
      newMention({
        start: determiner.start,
        end: head.baseEnd,
        first: i,
        last: i + 1,
        name: target.name,
        kind,
        how: 'coreference',
        gender: target.gender,
        role: target.role,
        roleHead: target.roleHead,
        organization: target.organization,
        orgType: target.orgType,
        aliases: target.aliases,
      }),
    );
    i++;
  }
}

/** Links surname-only and role mentions to the persons and organizations named elsewhere. */
export function resolveCoreference(doc: Document): void {
  const index = surnameIndex(doc);
  completeLoneSurnames(doc, index);
  linkSurnames(doc, index);
  linkRoles(doc);
}

// ───────────────────────── resolveMention ─────────────────────────

function genderOfEntity(entity: Entity): Gender | null {
  const registered = lookupPerson(entity.name);
  if (registered?.gender) return registered.gender;
  const first = tokensOfName(entity.name)[0];
  if (!first) return null;
  return (first.latin ? latinLexicon : persianLexicon).givenNames.get(first.key) ?? null;
}

function roleOf(entity: Entity): string | null {
  const role = (entity as { readonly role?: unknown }).role;
  return typeof role === 'string' ? role : null;
}

/**
 * The most recent person before offset `before` (within a few paragraphs) that `text` can refer to: a pronoun ("he",
 * "she", "او") takes the nearest person of a compatible gender, a role ("the minister")
 * the nearest person holding it, a surname the nearest person bearing it. Null when none fits.
 * @example resolveMention('he', 120, entities) // the last male (or unknown-gender) person before offset 120
 */
export function resolveMention(text: string, before: number, entities: readonly Entity[]): Entity | null {
  const tokens = tokenize(text);
  if (tokens.length === 0) return null;
  const lex = lexiconFor((tokens[0] as Token).latin);
  const words = tokens.filter((t) => !lex.determiners.has(t.key));
  const head = words[words.length - 1] ?? (tokens[0] as Token);
  let fits: (entity: Entity) => boolean;
  if (tokens.length === 1 && lex.pronouns.has(head.key)) {
    const gender = lex.pronouns.get(head.key) ?? null;
    fits = (e) => {
      const g = gender ? genderOfEntity(e) : null;
      return !g || g === gender;
    };
  } else if (lex.roleHeads.has(head.base)) {
    fits = (e) => {
      const role = roleOf(e);
      return role !== null && tokensOfName(role).some((t) => t.base === head.base);
    };
  } else {
    fits = (e) => tokensOfName(e.name).some((t) => t.base === head.base) || keyOf(e.text) === keyOf(text);
  }
  // Entities are sorted by start: walk back from `before`, nearest first, within the window.
  for (let k = firstAtLeast(entities, before, spanStartOf) - 1; k >= 0; k--) {
    const entity = entities[k] as Entity;
    if (entity.span[0] < before - ROLE_WINDOW) break;
    if (entity.kind !== 'person' || entity.span[1] > before) continue;
    if (fits(entity)) return entity;
  }
  return null;
}
