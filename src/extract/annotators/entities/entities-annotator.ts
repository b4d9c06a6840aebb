/**
 * The people-and-organizations annotator: registry aliases, titled and attributed names,
 * organization names and in-document coreference, as `Entity` items sorted by span.
 * @module
 */
import type { Entity } from '../../../core/types.js';
import type { AnalysisInput, Annotator, Report } from '../../types.js';
import { latinLexicon } from './_lexicon.js';
import { Document, isDescription, type Mention } from './_mentions.js';
import { tokenize } from './_tokens.js';
import { resolveCoreference } from './coreference.js';
import { findEntities, namesAPlace } from './find-entities.js';
import { registryVersion } from './registry.js';

/**
 * An entity as this annotator emits it: the contract's fields plus, for persons, the
 * office or description found next to the name and the organization it names.
 */
export interface AnnotatedEntity extends Entity {
  readonly role?: string;
  readonly organization?: string;
}

function toEntity(text: string, mention: Mention, aliases: readonly string[]): AnnotatedEntity {
  const entity: { -readonly [K in keyof AnnotatedEntity]: AnnotatedEntity[K] } = {
    text: text.slice(mention.start, mention.end),
    span: [mention.start, mention.end],
    name: mention.name,
    kind: mention.kind,
    aliases,
  };
  if (mention.kind === 'person' && mention.role) entity.role = mention.role;
  if (mention.kind === 'person' && mention.organization) entity.organization = mention.organization;
  return entity;
}

/** Finds every person and organization mention in `text`, sorted by span start. */
export function findEntityMentions(text: string): AnnotatedEntity[] {
  const doc = new Document(text, tokenize(text));
  findEntities(doc);
  resolveCoreference(doc);
  // Descriptions that refer back ("the minister", "Supreme Leader") are found to link names,
  // but an entity is a name: the statements composer resolves descriptions itself. A person
  // a street or building is named after is part of the place's name.
  const mentions = [...doc.mentions]
    .filter((m) => !isDescription(text, m) && !namesAPlace(doc, m))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  // Names found by pattern carry the other ways the document wrote them as aliases.
  const written = new Map<string, Set<string>>();
  for (const m of mentions) {
    if (m.aliases) continue;
    const forms = written.get(m.name) ?? new Set<string>();
    const form = text.slice(m.start, m.end);
    if (form !== m.name) forms.add(form);
    written.set(m.name, forms);
  }
  const frozen = new Map<string, readonly string[]>();
  for (const [name, forms] of written) frozen.set(name, Object.freeze([...forms]));
  return mentions.map((m) => toEntity(text, m, m.aliases ?? frozen.get(m.name) ?? []));
}

/** The people-and-organizations annotator. */
export const entitiesAnnotator: Annotator<'entities'> = {
  name: 'entities',
  version: `1.3.2+registry.${registryVersion}+patterns.${latinLexicon.version}`,
  kind: 'entities',
  annotate(input: AnalysisInput, report: Report): AnnotatedEntity[] {
    try {
      return findEntityMentions(input.text);
    } catch (error) {
      report({
        ruleId: 'entities-failed',
        place: null,
        severity: 'error',
        message: `Cannot find entities in the document: ${error instanceof Error ? error.message : String(error)}`,
      });
      return [];
    }
  },
};
