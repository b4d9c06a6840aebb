/**
 * The event types the extractor gives (src/core/types.ts), in the order the type filter lists
 * them. Each has a `type.<id>` message in every translation file.
 */
export const EVENT_TYPES = [
  'protest',
  'riot',
  'defiance',
  'arrest',
  'sentence',
  'execution',
  'killing',
  'torture',
  'crackdown',
  'other',
] as const;
