import { describe, expect, it } from 'vitest';
import { loadSourceRegistry, matchDocumentSource, parseSourceRecord } from './index.js';

const registry = loadSourceRegistry();
const doc = (fields: { source?: string; author?: string; file?: string; url?: string; text?: string }) => ({
  source: fields.source ?? null,
  author: fields.author ?? null,
  file: fields.file ?? null,
  text: fields.text ?? 'Headline\n\nNothing here names an outlet.',
  ...(fields.url ? { url: fields.url } : {}),
});

describe('matchDocumentSource', () => {
  it('takes the outlet the page or dateline states, by any of its names', () => {
    expect(matchDocumentSource(doc({ source: 'Tasnim News Agency' }), { registry })).toEqual({
      source_id: 'tasnim',
      how: 'metadata',
      evidence: 'Tasnim News Agency',
    });
    expect(matchDocumentSource(doc({ source: 'PMOI / MEK Iran' }), { registry })?.source_id).toBe('pmoi');
    expect(matchDocumentSource(doc({ source: 'NCRI-US' }), { registry })?.source_id).toBe('ncrius');
  });

  it('matches by web address when the stated name is unknown or absent', () => {
    const byUrl = matchDocumentSource(doc({ url: 'https://en.irna.ir/news/84960112/x' }), { registry });
    expect(byUrl).toMatchObject({ source_id: 'irna', how: 'domain' });
    const byFile = matchDocumentSource(doc({ file: 'https://www.hrw.org/news/2023/x' }), { registry });
    expect(byFile).toMatchObject({ source_id: 'hrw', how: 'domain' });
    const hostAsSource = matchDocumentSource(doc({ source: 'iranhr.net' }), { registry });
    expect(hostAsSource).toMatchObject({ source_id: 'ihr', how: 'domain' });
  });

  it('matches by byline', () => {
    expect(matchDocumentSource(doc({ author: 'Associated Press' }), { registry })).toMatchObject({
      source_id: 'ap',
      how: 'byline',
    });
    expect(
      matchDocumentSource(doc({ author: 'NCRI Foreign Affairs Committee' }), { registry })?.source_id,
    ).toBe('ncri');
  });

  it('does not take a person whose first name is also an outlet for the outlet', () => {
    expect(matchDocumentSource(doc({ author: 'Mehr Ali Hosseini' }), { registry })).toBeNull();
    expect(matchDocumentSource(doc({ author: 'IHR and ECPM' }), { registry })?.source_id).toBe('ihr');
  });

  it('uses the --source hint before an outlet the text merely names', () => {
    const hint = registry.findByName('Radio Farda')!;
    const text = 'Headline\n\nAbout 230 people died, IRNA reported on Sunday.';
    // prepareDocument puts the hint's words in `source` when nothing else names one.
    const matched = matchDocumentSource(doc({ source: 'Radio Farda', text }), { registry, hint });
    expect(matched).toEqual({ source_id: 'radio-farda', how: 'hint', evidence: 'Radio Farda' });
  });

  it('finds an outlet the text names with a reporting cue, in English and Persian', () => {
    const cases: Array<[string, string]> = [
      ['Headline\n\nAbout 200 people died, IRNA reported on Saturday.', 'irna'],
      ['Headline\n\nIRNA, the state news agency, said on Saturday that 200 died.', 'irna'],
      ['Headline\n\nAccording to Tasnim, 87,000 people took part.', 'tasnim'],
      ['DUBAI, United Arab Emirates (AP) — Iran executed three men.', 'ap'],
      ['خبر\n\nبه گزارش ایسنا، ده نفر بازداشت شدند.', 'isna'],
      ['خبر\n\nبه گزارش خبرگزاری فارس، ده نفر بازداشت شدند.', 'fars'],
    ];
    for (const [text, id] of cases) {
      expect(matchDocumentSource(doc({ text }), { registry }), text).toMatchObject({
        source_id: id,
        how: 'text',
      });
    }
  });

  it('takes the longest name the text gives, whatever the case of its first letter', () => {
    const source = (id: string, name: string) =>
      parseSourceRecord({ id, name, kind: 'independent_media', group: 'other' });
    const both = registry.with([
      source('planet', 'Planet'),
      source('planet-weekly', 'planet Weekly Review'),
      source('planet-daily', 'Planet Daily Evening Edition'),
    ]);
    const text = 'Headline\n\nAccording to Planet Weekly Review, 40 people were arrested.';
    expect(matchDocumentSource(doc({ text }), { registry: both })?.source_id).toBe('planet-weekly');
    expect(
      matchDocumentSource(doc({ text: 'Headline\n\nAccording to Planet, 40 people were arrested.' }), {
        registry: both,
      })?.source_id,
    ).toBe('planet');
  });

  it('does not take a place or a month for an outlet, nor a name without a cue', () => {
    const texts = [
      'Headline\n\nProtesters gathered in Fars province on Monday.',
      'خبر\n\nروز ۸ مهر ۱۴۰۱ در زاهدان ده‌ها نفر کشته شدند.',
      'Headline\n\nThe rap group performed; IRNA was not mentioned as a teller.',
      'Headline\n\nan ap reported nothing in lower case.',
    ];
    for (const text of texts) expect(matchDocumentSource(doc({ text }), { registry }), text).toBeNull();
  });
});

describe('matchDocumentSource on scraped text', () => {
  it('takes a line that is just an outlet name near the top as its masthead', () => {
    const text =
      'Skip to content\nHome  News  Contact\n\nIran Focus\n\nFriday 6th Dec 2019\n\nHeadline here\n\nBody text.';
    expect(matchDocumentSource(doc({ text }), { registry })).toEqual({
      source_id: 'iranfocus',
      how: 'masthead',
      evidence: 'Iran Focus',
    });
  });

  it('does not take an abbreviation in brackets for a dateline', () => {
    const text = 'Headline\n\nReports gathered by the People’s Mojahedin (PMOI/MEK) from inside the country.';
    expect(matchDocumentSource(doc({ text }), { registry })).toBeNull();
  });
});
