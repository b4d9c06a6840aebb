import { describe, expect, it } from 'vitest';
import { OutletMentionFinder } from './outlet-mention.js';
import { loadSourceRegistry, parseSourceRecord } from './source-registry.js';

const outlet = (id: string, name: string, name_fa = '') =>
  parseSourceRecord({ id, name, name_fa, kind: 'independent_media', group: 'other' });

const finder = new OutletMentionFinder([
  outlet('planet-daily', 'Planet Daily'),
  outlet('daily-courier', 'Daily Courier'),
  outlet('east-coast', 'East Coast'),
  outlet('coast-guard', 'Coast Guard'),
  outlet('weekly-review', 'Planet Weekly Review', 'دیده بان'),
  outlet('sun', 'Sun'),
]);
const found = (text: string) => finder.find(text);

describe('OutletMentionFinder', () => {
  it('takes a name only as a whole word', () => {
    expect(found('According to Sunshine, the strike went on.')).toBeNull();
    expect(found('According to Sun, the strike went on.')).toMatchObject({ source: { id: 'sun' } });
    expect(found('Eighty protesters, said theSun reported it.')).toBeNull();
  });

  it('reads on after the end of an uncued name, not at its next word', () => {
    // "Planet Daily" has no cue, so "Daily Courier", which overlaps it, is never read.
    expect(found('The Planet Daily Courier reported that ten were held.')).toBeNull();
    expect(found('The Daily Courier reported that ten were held.')).toEqual({
      source: expect.objectContaining({ id: 'daily-courier' }),
      evidence: 'Daily Courier reported',
    });
  });

  it('matches any run of whitespace where a name has a space', () => {
    expect(found('According to Planet \n\t Weekly\u00a0Review, forty were arrested.')).toEqual({
      source: expect.objectContaining({ id: 'weekly-review' }),
      evidence: 'According to Planet Weekly Review',
    });
  });

  it('takes names in any case', () => {
    expect(found('ACCORDING TO planet daily, the vote was delayed.')?.source.id).toBe('planet-daily');
    expect(found('PlAnEt DaIlY reported the vote was delayed.')?.source.id).toBe('planet-daily');
  });

  it('reads a zero-width non-joiner in Persian as the space of the name', () => {
    expect(found('به گزارش دیده\u200cبان، ده نفر بازداشت شدند.')).toEqual({
      source: expect.objectContaining({ id: 'weekly-review' }),
      evidence: 'به گزارش دیده بان',
    });
  });

  it('folds case as the u and i flags of a regular expression do', () => {
    const kayhan = loadSourceRegistry().mentions();
    // The Kelvin sign is k, so this is Kayhan.
    expect(kayhan.find('According to \u212Aayhan, the vote was delayed.')?.source.id).toBe('kayhan');
    // The long s is s: "Eaſt Coast" is East Coast, uncued, and hides "Coast Guard said".
    expect(found('The Eaſt Coast Guard said the ship was seized.')).toBeNull();
    expect(found('The Coast Guard said the ship was seized.')?.source.id).toBe('coast-guard');
  });

  it('reads a character outside the basic plane as one, letter or not', () => {
    expect(found('📰 Sun reported that the strike went on.')?.source.id).toBe('sun');
    // A mathematical capital is a letter: the name does not start a word there.
    expect(found('\u{1D400}Sun reported that the strike went on.')).toBeNull();
  });
});
