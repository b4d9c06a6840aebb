import { describe, expect, it } from 'vitest';
import type { Span } from '../../../core/types.js';
import { rulesFor } from './_rules.js';
import { scanWords } from './_words.js';
import { findTriggers } from './find-triggers.js';
import { spanOf } from './_test-helpers.js';

function triggers(text: string, language = 'en', blocked: Span[] = []): string[] {
  const words = scanWords(text);
  return findTriggers(text, words, 0, words.length, rulesFor(language), blocked).map(
    (t) => `${t.type}:${text.slice(t.span[0], t.span[1])}`,
  );
}

describe('findTriggers()', () => {
  it('finds the events a sentence reports, each with its type', () => {
    expect(triggers('Security forces arrested dozens of students after the protest in Tabriz.')).toEqual([
      'arrest:arrested',
      'protest:protest',
    ]);
  });

  it('reads "sentenced to death" as a sentence, not an execution', () => {
    expect(triggers('A revolutionary court sentenced him to death last month.')).toEqual([
      'sentence:sentenced',
    ]);
    expect(triggers('The prisoner was condemned to death.')).toEqual(['sentence:condemned to death']);
  });

  it('reads a death sentence that was carried out as an execution', () => {
    expect(triggers('The death sentence was carried out at dawn.')).toEqual(['execution:death sentence']);
  });

  it('drops events that are only called for, risked, threatened or denied', () => {
    expect(triggers('Opposition groups called for protests on Saturday.')).toEqual([]);
    expect(triggers('At least 26 other prisoners are at risk of execution.')).toEqual([]);
    expect(triggers('The two men could face execution.')).toEqual([]);
    expect(triggers('Officials denied that anyone had been arrested.')).toEqual([]);
  });

  it('drops events that are only expected or possible, and keeps further ones that happened', () => {
    expect(triggers('He told the Basij to be ready to confront future protests.')).toEqual([]);
    expect(triggers('Rights groups warned of possible executions in Qezel Hesar.')).toEqual([]);
    expect(triggers('Further protests broke out in Zahedan on Friday.')).toEqual(['protest:protests']);
  });

  it('reads "demonstrated" as a protest only when it is not "showed"', () => {
    expect(triggers('Students demonstrated outside the university on Sunday.')).toEqual([
      'protest:demonstrated',
    ]);
    expect(triggers('His tweet was about demonstrating that the campaign was desperate.')).toEqual([]);
    expect(triggers('The vote demonstrated their resolve.')).toEqual([]);
  });

  it('reads "execute" as an execution only when a person is put to death, not a plan carried out', () => {
    expect(triggers('They will continue to execute our campaign plan.')).toEqual([]);
    expect(triggers('He was executed on the orders of the judiciary.')).toEqual(['execution:executed']);
  });

  it('drops what only should, must or may have happened', () => {
    expect(triggers('The group vowed to kill the judge.')).toEqual([]);
    expect(triggers('The guards turned their guns on the prisoners, killing 15.')).toEqual([
      'killing:killing',
    ]);
    expect(triggers('One posting said that the president should be hanged.')).toEqual([]);
    expect(triggers('The judge may have been murdered, the rumour said.')).toEqual([]);
  });

  it('reads "beaten" as torture when someone was beaten, not when a rival was', () => {
    expect(triggers('Two students were beaten in custody.')).toEqual(['torture:were beaten']);
    expect(triggers('His campaign has beaten every rival so far.')).toEqual([]);
  });

  it('reads "imprisoned" as an arrest when someone was imprisoned, not as a word for a prisoner', () => {
    expect(triggers('Three teachers were imprisoned in Evin.')).toEqual(['arrest:were imprisoned']);
    expect(triggers('She asked for the release of an imprisoned lawyer.')).toEqual([]);
  });

  it('keeps rallying support and protest candidates apart from rallies and protests', () => {
    expect(triggers('Republicans are trying to rally support for the ticket.')).toEqual([]);
    expect(triggers('He began as a protest candidate.')).toEqual([]);
    expect(triggers('Nurses held a rally outside the ministry.')).toEqual(['protest:rally']);
  });

  it('keeps figures of speech apart from strikes, marches, gatherings, shootings and killings', () => {
    expect(triggers('The new law tries to strike a balance between the two courts.')).toEqual([]);
    expect(triggers("The party's long march toward power went on.")).toEqual([]);
    expect(triggers('He was gathering material for a book.')).toEqual([]);
    expect(triggers('Intelligence gathering grew after the war.')).toEqual([]);
    expect(triggers('She has demonstrated she can lead the ministry.')).toEqual([]);
    expect(triggers('The reformist candidate still had a shot at the runoff.')).toEqual([]);
    expect(triggers('Prices have shot up since the spring.')).toEqual([]);
    expect(triggers('Traders made a killing on the currency.')).toEqual([]);
    expect(triggers('Murder rates fell in the capital.')).toEqual([]);
    expect(triggers('Oil workers began a strike at the refinery.')).toEqual(['protest:strike']);
    expect(triggers('Guards shot a teenager in the street.')).toEqual(['killing:shot']);
  });

  it('keeps a win at the polls and an aim to crack down apart from beatings and crackdowns', () => {
    expect(triggers('The mayor won the city, beating rival candidates in the runoff.')).toEqual([]);
    expect(triggers('The new poll shows her beating the incumbent by 12 points.')).toEqual([]);
    expect(triggers('The minister vowed to crack down on hackers.')).toEqual([]);
    expect(triggers('A court ordered a purge of voter rolls.')).toEqual([]);
    expect(triggers('Guards cracked down on the students.')).toEqual(['crackdown:cracked down']);
    expect(triggers('Prisoners described beatings in custody.')).toEqual(['torture:beatings']);
  });

  it('keeps figures of speech and law-making apart from hangings, executions and sentences', () => {
    expect(triggers('The outcome was hanging in the balance.')).toEqual([]);
    expect(triggers('Portraits were hanging on the wall.')).toEqual([]);
    expect(triggers('The campaign executed the move flawlessly.')).toEqual([]);
    expect(triggers('Flawless execution won the day.')).toEqual([]);
    expect(triggers('He lashes out at critics.')).toEqual([]);
    expect(triggers('Lawmakers passed a sentencing reform.')).toEqual([]);
    expect(triggers('Guards executed two prisoners.')).toEqual(['execution:executed']);
    expect(triggers('He was sentenced to 74 lashes.')).toEqual(['sentence:sentenced', 'sentence:lashes']);
  });

  it('keeps release, places of detention and verbal attacks apart from arrests and riots', () => {
    expect(triggers('The lawyer was released from house arrest.')).toEqual([]);
    expect(triggers('The ministry built a new detention centre.')).toEqual([]);
    expect(triggers('Police fined the marchers rather than arresting them.')).toEqual([]);
    expect(triggers('His verbal attacks on banks won applause.')).toEqual([]);
    expect(triggers('Agents took two students into custody.')).toEqual([
      'arrest:took two students into custody',
    ]);
    expect(triggers('Crowds attacked banks in the city.')).toEqual(['riot:attacked banks']);
  });

  it('keeps the month of March apart from a march', () => {
    expect(triggers('Texas votes on March 1.')).toEqual([]);
    expect(triggers('The scandal broke in March, before the vote.')).toEqual([]);
    expect(triggers('Thousands joined the march to Azadi Square.')).toEqual(['protest:march']);
    expect(triggers('March on the capital, the leaflets said.')).toEqual(['protest:March']);
  });

  it('reads acts of resistance as defiance', () => {
    expect(triggers('Around 40,000 acts of resistance were recorded last year.')).toEqual([
      'defiance:acts of resistance',
    ]);
  });

  it('drops a killing that is only a charge against the accused', () => {
    expect(triggers('Three men convicted of killing a police officer were executed.')).toEqual([
      'execution:executed',
    ]);
  });

  it('ignores a trigger word that belongs to a date or a name', () => {
    const text = 'Students march on 8 March.';
    expect(triggers(text, 'en', [spanOf(text, '8 March')])).toEqual(['protest:march']);
  });

  it('keeps "air strike" and "hunger strike" apart from labour strikes', () => {
    expect(triggers('An air strike hit the village.')).toEqual([]);
    expect(triggers('Truck drivers went on strike in 40 cities.')).toEqual(['protest:went on strike']);
  });

  it('finds Persian triggers written with or without the non-joiner', () => {
    expect(triggers('دست‌کم ۵۸ نفر کشته شده‌اند', 'fa')).toEqual(['killing:کشته']);
    expect(triggers('او را به اعدام محکوم کرده بود', 'fa')).toEqual(['sentence:به اعدام محکوم کرده']);
    expect(triggers('حکم اعدام او صبح امروز اجرا شد', 'fa')).toEqual(['execution:حکم اعدام']);
  });

  it('drops Persian events that are at risk or negated', () => {
    expect(triggers('دست‌کم ۲۶ نفر دیگر در خطر اعدام هستند', 'fa')).toEqual([]);
    expect(triggers('کسی بازداشت نشد', 'fa')).toEqual([]);
  });
});
