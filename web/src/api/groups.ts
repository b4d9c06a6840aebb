/**
 * The affiliation groups of the source registry (src/sources/registry.json), in the order the
 * group filter lists them. Each has a `group.<id>` message in every translation file.
 */
export const GROUPS = [
  'iran-state',
  'irgc',
  'rights-ngo',
  'un',
  'independent-media',
  'foreign-government',
  'ncri-mek',
  'monarchist',
  'other',
] as const;
