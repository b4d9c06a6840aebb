import { describe, expect, it } from 'vitest';
import { findEntityMentions, type AnnotatedEntity } from './index.js';
import { lookupPerson } from './registry.js';

function byText(text: string, written: string): AnnotatedEntity | undefined {
  return findEntityMentions(text).find((e) => e.text === written);
}

describe('findEntityMentions()', () => {
  it('takes the role set before a name between commas', () => {
    const e = byText(
      'On 27 November the Interior Minister, Abdolreza Rahmani Fazli, said that banks burned.',
      'Abdolreza Rahmani Fazli',
    );
    expect(e?.role).toBe('Interior Minister');
  });

  it('takes the role and organization set after a name', () => {
    const text =
      '“It was a cover-up,” said Philip Luther, Amnesty International’s Research and Advocacy Director for the Middle East.';
    const e = byText(text, 'Philip Luther');
    expect(e?.role).toBe('Amnesty International’s Research and Advocacy Director for the Middle East');
    expect(e?.organization).toBe('Amnesty International');
  });

  it('takes a Persian role in apposition', () => {
    const e = byText('عبدالرضا رحمانی فضلی، وزیر کشور، گفت که آرامش برقرار است.', 'عبدالرضا رحمانی فضلی');
    expect(e?.name).toBe('Abdolreza Rahmani Fazli');
    expect(e?.role).toBe('وزیر کشور');
  });

  it('names Persian-written judges, officials and foreign leaders from the registry, with their group', () => {
    const text = 'قاضی صلواتی حکم را صادر کرد؛ پوتین و ترامپ سکوت کردند و احمد خاتمی از آن دفاع کرد.';
    expect(findEntityMentions(text).map((e) => [e.text, e.name, lookupPerson(e.name)?.group])).toEqual([
      ['قاضی صلواتی', 'Abolqasem Salavati', 'iran-state'],
      ['پوتین', 'Vladimir Putin', 'foreign-government'],
      ['ترامپ', 'Donald Trump', 'foreign-government'],
      ['احمد خاتمی', 'Ahmad Khatami', 'iran-state'],
    ]);
    expect(byText('He played his trump card.', 'trump')).toBeUndefined();
  });

  it('reads a registered name whose later words are capitalized only when the text capitalizes them too', () => {
    expect(byText('The Iranian Resistance has named 5,000 victims.', 'Iranian Resistance')?.name).toBe(
      'National Council of Resistance of Iran',
    );
    expect(findEntityMentions('Iranian resistance to the deal grew.')).toEqual([]);
    expect(findEntityMentions('The growing Iranian resistance to the deal.')).toEqual([]);
    expect(byText('Judges told the Mizan news agency.', 'Mizan news agency')?.name).toBe('Mizan News Agency');
  });

  it('does not take a registered surname after another given name for the registered person', () => {
    const e = byText(
      'Prosecutor General Mohammad Jafar Montazeri said the courts were ready.',
      'Mohammad Jafar Montazeri',
    );
    expect(e?.name).toBe('Mohammad Jafar Montazeri');
  });

  it("reads a registered name that has a possessive inside it: People's Mojahedin Organization of Iran", () => {
    const e = byText(
      "Members of the People's Mojahedin Organization of Iran were executed.",
      "People's Mojahedin Organization of Iran",
    );
    expect(e?.name).toBe("People's Mojahedin Organization of Iran");
  });

  it('lets a short alias stand once its holder was named in full', () => {
    const found = findEntityMentions(
      'The Islamic Revolutionary Guard Corps sent troops. Guards commanders met in Hamadan.',
    ).map((e) => [e.text, e.name]);
    expect(found).toContainEqual(['Guards', 'Islamic Revolutionary Guard Corps']);
  });

  it('keeps descriptions that refer back out of the entities', () => {
    const found = findEntityMentions(
      'Amnesty International published a report. The organization said the toll was higher. Iran’s Supreme Leader was silent.',
    ).map((e) => e.text);
    expect(found).toEqual(['Amnesty International']);
  });

  it('reads no surname into the last word of an office: "Leader" alone is nobody', () => {
    const text =
      'Envoys of the regime’s Supreme Leader Ali Khamenei spoke at Friday prayers. Later the Supreme Leader himself urged the Basij to be ready.';
    expect(findEntityMentions(text).map((e) => e.text)).toEqual(['Ali Khamenei', 'Basij']);
  });

  it('does not open a name with a word that starts a sentence and is written in lower case elsewhere', () => {
    const people = (text: string): string[] => findEntityMentions(text).map((e) => e.text);
    expect(people('Bright Karimi said the strike would go on.')).toEqual(['Bright Karimi']);
    expect(people('The future looks bright. Bright Karimi said the strike would go on.')).toEqual([]);
    expect(people("It was bright's doing. Bright Karimi said the strike would go on.")).toEqual([]);
  });

  it('ends an organization name before a weekday', () => {
    const found = findEntityMentions('Raisi spoke at Tehran University on Wednesday.').map((e) => e.text);
    expect(found).not.toContain('Tehran University on Wednesday');
  });

  it('reads an organization name on through a place after "of" or "in", and names with places before the head', () => {
    const names = (text: string): string[] =>
      findEntityMentions(text)
        .filter((e) => e.kind === 'organization')
        .map((e) => e.text);
    expect(names('Engineers of the Defense Industries Organization of Iran were arrested.')).toEqual([
      'Defense Industries Organization of Iran',
    ]);
    expect(names('A report by the Center for Legal Aid in Tehran was cited.')).toEqual([
      'Center for Legal Aid in Tehran',
    ]);
    expect(names('Retirees gathered outside the Budget Organization in Tehran.')).toEqual([
      'Budget Organization',
    ]);
    expect(names('The New York Times and the West Virginia University press office.')).toEqual([
      'New York Times',
      'West Virginia University',
    ]);
  });

  it('finds a registered organization before a hyphen, and not a word that only looks like one', () => {
    const found = findEntityMentions(
      'An IRGC-affiliated outlet praised the UN-backed inquiry and the Basij-run camps.',
    );
    expect(found.map((e) => [e.text, e.name])).toEqual([
      ['IRGC', 'Islamic Revolutionary Guard Corps'],
      ['UN', 'United Nations'],
      ['Basij', 'Basij'],
    ]);
    expect(findEntityMentions('Clerics called the film un-Islamic and Un-Islamic.')).toEqual([]);
  });

  it('takes no organization from a place name that ends in a head word', () => {
    const names = findEntityMentions('Settlers in the West Bank and veterans of the Soviet Union.').filter(
      (e) => e.kind === 'organization',
    );
    expect(names).toEqual([]);
  });

  it('ends a Persian organization name before the noun of a compound verb, and finds none in one', () => {
    const orgs = (text: string): string[] =>
      findEntityMentions(text)
        .filter((e) => e.kind === 'organization')
        .map((e) => e.text);
    expect(orgs('گفت در جبهه مشارکت وجود ندارد.')).toEqual(['جبهه مشارکت']);
    expect(orgs('تیم ملی در این مسابقات شرکت خواهد کرد.')).toEqual([]);
    expect(orgs('مدیران باید کشور را اداره کنند.')).toEqual([]);
  });

  it('joins two nouns with "و" inside a Persian organization name, not a new head', () => {
    const orgs = (text: string): string[] =>
      findEntityMentions(text)
        .filter((e) => e.kind === 'organization')
        .map((e) => e.text);
    expect(orgs('اعضای کمیسیون آموزش و تحقیقات دیروز جلسه داشتند.')).toEqual(['کمیسیون آموزش و تحقیقات']);
    expect(orgs('مخبر کمیسیون اقتصادی و نماینده تهران گفت.')).toEqual(['کمیسیون اقتصادی']);
  });
});
