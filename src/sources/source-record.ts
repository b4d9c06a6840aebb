/**
 * A source: an outlet, agency, official body, organization or account, with its names in
 * English and Persian, its web domains, its kind and its affiliation group.
 * @module
 */
import { z } from 'zod';

export const SOURCE_KINDS = [
  'state_media',
  'official',
  'opposition_outlet',
  'independent_media',
  'rights_ngo',
  'un_body',
  'foreign_government',
  'social_account',
] as const;

/** Affiliation groups: assertions of one group count as one voice when corroborating. */
export const SOURCE_GROUPS = [
  'iran-state',
  'irgc',
  'ncri-mek',
  'monarchist',
  'independent-media',
  'rights-ngo',
  'un',
  'foreign-government',
  'other',
] as const;

export type SourceKind = (typeof SOURCE_KINDS)[number];
export type SourceGroup = (typeof SOURCE_GROUPS)[number];

const nonEmpty = z.string().trim().min(1);

/** The shape of one source, as the shipped registry and `source.registered` entries hold it. */
export const sourceRecordSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case letters, digits and hyphens'),
  name: nonEmpty,
  name_fa: z.string().trim().default(''),
  aliases: z.array(nonEmpty).default([]),
  aliases_fa: z.array(nonEmpty).default([]),
  /** Host names ("irna.ir", subdomains included) or host plus path prefix ("bbc.com/persian"). */
  domains: z.array(nonEmpty).default([]),
  kind: z.enum(SOURCE_KINDS, { error: `unknown kind; use one of ${SOURCE_KINDS.join(', ')}` }),
  group: z.enum(SOURCE_GROUPS, { error: `unknown group; use one of ${SOURCE_GROUPS.join(', ')}` }),
  note: z.string().trim().default(''),
});

export type SourceRecord = Readonly<z.output<typeof sourceRecordSchema>>;

/** Every name a source answers to: English, Persian and aliases, in that order. */
export function namesOf(source: SourceRecord): string[] {
  return [source.name, source.name_fa, ...source.aliases, ...source.aliases_fa].filter(Boolean);
}

export function isSourceGroup(value: string): value is SourceGroup {
  return (SOURCE_GROUPS as readonly string[]).includes(value);
}
