import { describe, expect, it } from 'vitest';
import { SOURCE_GROUPS, loadSourceRegistry, nameKey, namesOf, parseSourceRecord } from './index.js';

const registry = loadSourceRegistry();

describe('the shipped source registry', () => {
  it('holds at least 40 sources, with every group represented', () => {
    const sources = registry.all();
    expect(sources.length).toBeGreaterThanOrEqual(40);
    expect(new Set(sources.map((s) => s.group))).toEqual(new Set(SOURCE_GROUPS));
  });

  it('gives every source an English and a Persian name and a note', () => {
    const incomplete = registry.all().filter((s) => !s.name || !s.name_fa || !s.note);
    expect(incomplete.map((s) => s.id)).toEqual([]);
  });

  it('never gives one name to two sources', () => {
    const owners = new Map<string, string>();
    const clashes: string[] = [];
    for (const source of registry.all()) {
      for (const key of new Set(namesOf(source).map(nameKey))) {
        const owner = owners.get(key);
        if (owner && owner !== source.id) clashes.push(`${key}: ${owner}, ${source.id}`);
        owners.set(key, source.id);
      }
    }
    expect(clashes).toEqual([]);
  });
});

describe('findByName', () => {
  it('finds a source by any name, ignoring case, diacritics and Arabic letter forms', () => {
    expect(registry.findByName('IRNA')?.id).toBe('irna');
    expect(registry.findByName('irna')?.id).toBe('irna');
    expect(registry.findByName('Islamic Republic News Agency')?.id).toBe('irna');
    expect(registry.findByName('ایرنا')?.id).toBe('irna');
    expect(registry.findByName('the Associated Press')?.id).toBe('ap');
    expect(registry.findByName('Agence France-Presse')?.id).toBe('afp');
    expect(registry.findByName('Agence France-Presse'.toUpperCase())?.id).toBe('afp');
    // Arabic kaf and yeh in place of Persian keheh and yeh.
    expect(registry.findByName('روزنامه كيهان')?.id).toBe('kayhan');
    // Without the zero-width non-joiner, and with a Latin diacritic.
    expect(registry.findByName('بی بی سی فارسی')?.id).toBe('bbc-persian');
    expect(registry.findByName('Irán International')?.id).toBe('iran-international');
    expect(registry.findByName('@PahlaviReza')?.id).toBe('reza-pahlavi');
  });

  it('finds nothing for a name it does not know', () => {
    expect(registry.findByName('Daily Planet')).toBeUndefined();
    expect(registry.findByName('')).toBeUndefined();
  });
});

describe('findByDomain', () => {
  it('matches hosts, subdomains and URLs', () => {
    expect(registry.findByDomain('irna.ir')?.id).toBe('irna');
    expect(registry.findByDomain('https://en.irna.ir/news/85012345/x')?.id).toBe('irna');
    expect(registry.findByDomain('www.tasnimnews.com')?.id).toBe('tasnim');
    expect(registry.findByDomain('HTTPS://WWW.HRW.ORG/news')?.id).toBe('hrw');
  });

  it('prefers the most specific domain and path', () => {
    expect(registry.findByDomain('https://www.bbc.com/persian/articles/c1')?.id).toBe('bbc-persian');
    expect(registry.findByDomain('https://www.ohchr.org/en/hr-bodies/hrc/ffm-iran/index')?.id).toBe(
      'un-ffm-iran',
    );
    expect(registry.findByDomain('https://www.ohchr.org/en/press-releases')?.id).toBe('ohchr');
    expect(registry.findByDomain('https://x.com/PahlaviReza/status/1')?.id).toBe('reza-pahlavi');
  });

  it('does not match a look-alike host or a longer path segment', () => {
    expect(registry.findByDomain('notirna.ir')).toBeUndefined();
    expect(registry.findByDomain('irna.ir.example.com')).toBeUndefined();
    expect(registry.findByDomain('https://www.bbc.com/persianx')).toBeUndefined();
    expect(registry.findByDomain('not a url')).toBeUndefined();
  });
});

describe('resolve and with', () => {
  it('resolves a name or a domain', () => {
    expect(registry.resolve('Tasnim')?.id).toBe('tasnim');
    expect(registry.resolve('farsnews.ir')?.id).toBe('fars');
    expect(registry.resolve('nowhere.example')).toBeUndefined();
  });

  it('adds and replaces sources without changing the shipped registry', () => {
    const added = parseSourceRecord({
      id: 'daily-planet',
      name: 'Daily Planet',
      kind: 'independent_media',
      group: 'other',
    });
    const edited = { ...registry.get('irna')!, group: 'irgc' as const };
    const extended = registry.with([added, edited]);
    expect(extended.findByName('daily planet')?.id).toBe('daily-planet');
    expect(extended.findByName('IRNA')?.group).toBe('irgc');
    expect(registry.findByName('IRNA')?.group).toBe('iran-state');
    expect(extended.all().length).toBe(registry.all().length + 1);
  });

  it('refuses a record with an unknown group, naming the field', () => {
    expect(() =>
      parseSourceRecord({ id: 'x', name: 'X', kind: 'official', group: 'martians' }, 'add source "X"'),
    ).toThrow(/^Cannot add source "X": group: unknown group/);
  });
});
