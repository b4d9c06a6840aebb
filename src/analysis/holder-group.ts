/**
 * The affiliation group of a holder: the source registry first (outlets, agencies, officials),
 * then the entity registry (organizations and people with their group), then the patterns of
 * `rules/holder-groups.json` for unnamed officials and sources.
 * @module
 */
import { lookupOrganization, lookupPerson } from '../extract/annotators/entities/registry.js';
import { loadSourceRegistry } from '../sources/index.js';
import holderRules from './rules/holder-groups.json' with { type: 'json' };
import { escapeRegExp } from '../core/regexp.js';

/** The group of a holder no registry or pattern places. */
export const UNKNOWN_GROUP = 'other';

interface HolderRule {
  readonly group: string;
  readonly pattern: RegExp;
}

const RULES: readonly HolderRule[] = holderRules.rules.map((rule) => ({
  group: rule.group,
  // \p{L} boundaries rather than \b, so that Persian words match as whole words too.
  pattern: new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${rule.patterns.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`,
    'iu',
  ),
}));

/** The group a registry gives this name, or null when none knows it. */
export function registeredGroup(name: string): string | null {
  const source = loadSourceRegistry().findByName(name);
  if (source) return source.group;
  const known = lookupOrganization(name) ?? lookupPerson(name);
  return known?.group ?? null;
}

/** The group the holder-group patterns give this text, or null. */
export function patternGroup(text: string): string | null {
  for (const rule of RULES) if (rule.pattern.test(text)) return rule.group;
  return null;
}

/**
 * A memoized resolver: the holder's registered group, else its organization's, else the first
 * pattern matching its name or role, else UNKNOWN_GROUP.
 * @example holderGroups().groupOf('Esmail Khatib', { role: 'Intelligence Minister' }) // 'iran-state'
 */
export function holderGroups(): {
  groupOf(holder: string, speaker?: { role?: string | null; organization?: string | null }): string;
} {
  const cache = new Map<string, string>();
  return {
    groupOf(holder, speaker = {}) {
      const key = `${holder}\u0000${speaker.role ?? ''}\u0000${speaker.organization ?? ''}`;
      let group = cache.get(key);
      if (group === undefined) {
        group =
          registeredGroup(holder) ??
          (speaker.organization ? registeredGroup(speaker.organization) : null) ??
          patternGroup(holder) ??
          (speaker.role ? patternGroup(speaker.role) : null) ??
          (speaker.organization ? patternGroup(speaker.organization) : null) ??
          UNKNOWN_GROUP;
        cache.set(key, group);
      }
      return group;
    },
  };
}
