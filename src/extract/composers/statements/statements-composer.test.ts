import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Statement } from '../../../core/types.js';
import { datesAnnotator } from '../../annotators/dates/index.js';
import { entitiesAnnotator } from '../../annotators/entities/index.js';
import { createPipeline } from '../../pipeline.js';
import { statementsComposer } from './index.js';

const published = { start: '2022-12-03', end: '2022-12-03', precision: 'day' } as const;

function statements(text: string, source: string | null = 'Example Times'): Statement[] {
  const pipeline = createPipeline().use(datesAnnotator).use(entitiesAnnotator).use(statementsComposer);
  const language = /[\u0600-\u06FF]/u.test(text) ? 'fa' : 'en';
  const result = pipeline.run({ text, language, published, source });
  expect(result.diagnostics).toEqual([]);
  return [...result.statements];
}

function only(text: string, source?: string | null): Statement {
  const found = statements(text, source);
  expect(found).toHaveLength(1);
  return found[0] as Statement;
}

function chain(statement: Statement): string[] {
  return statement.chain.map((link) => link.name);
}

describe('statementsComposer: direct quotations', () => {
  it('reads “…,” said X with the speaker after the verb and the role in apposition', () => {
    const s = only(
      '“The courts acted in haste,” said Leila Karimi, the group’s research director for the Middle East.',
    );
    expect(s.quote).toBe('The courts acted in haste,');
    expect(s.direct).toBe(true);
    expect(s.speaker.name).toBe('Leila Karimi');
    expect(s.speaker.role).toBe('group’s research director for the Middle East');
    expect(s.verb).toBe('said');
  });

  it('reads “…,” says a source with an unnamed speaker after the verb', () => {
    const s = only('“It is a way to help the farmers,” says a source close to the ministry.');
    expect(s.speaker.name).toBe('a source close to the ministry');
    expect(s.quote).toBe('It is a way to help the farmers,');
  });

  it('reads “…,” he continued, but not a verb of going on without a quotation before it', () => {
    const s = only('“We will rebuild the dam,” Moradi continued.');
    expect(s.speaker.name).toBe('Moradi');
    expect(s.verb).toBe('continued');
    expect(statements('Prices continued to rise in May.')).toEqual([]);
    expect(statements('The governor continued that the repairs would take a year.')).toEqual([]);
  });

  it('reads the words a colon or a whole quotation opens after a verb of going on', () => {
    const s = only('Moradi continued: “The dam will be rebuilt before the floods.”');
    expect(s.quote).toBe('The dam will be rebuilt before the floods.');
    expect(s.speaker.name).toBe('Moradi');
    expect(s.verb).toBe('continued');
    expect(only('Moradi continued, “The dam will be rebuilt before the floods.”').quote).toBe(
      'The dam will be rebuilt before the floods.',
    );
    expect(statements('The strike continued “on and off” for several weeks.')).toEqual([]);
  });

  it('reads "…," X said with straight quotes and the speaker before the verb', () => {
    const s = only('"We will not be silenced," the mother of a detained student said.');
    expect(s.quote).toBe('We will not be silenced,');
    expect(s.speaker.name).toBe('the mother of a detained student');
  });

  it('reads a quotation in single marks as a statement, not the apostrophe in it', () => {
    const s = only("The governor said: 'We don't need outside help.'");
    expect(s.quote).toBe("We don't need outside help.");
    expect(s.direct).toBe(true);
  });

  it('reads a Persian quotation in guillemets after «گفت:»', () => {
    const s = only('دادستان تهران گفت: «پرونده این افراد به دادگاه فرستاده شد.»');
    expect(s.quote).toBe('پرونده این افراد به دادگاه فرستاده شد.');
    expect(s.direct).toBe(true);
    expect(s.speaker.name).toBe('دادستان تهران');
    expect(s.verb).toBe('said');
  });

  it('reads a block quotation in the paragraph after "said:"', () => {
    const s = only(
      'The lawyer Nasrin Sotoudeh said:\n\n> Nobody was allowed to see the files. The trial lasted ten minutes.\n\nThe court did not answer.',
    );
    expect(s.quote).toBe('Nobody was allowed to see the files. The trial lasted ten minutes.');
    expect(s.direct).toBe(true);
    expect(s.speaker.name).toBe('Nasrin Sotoudeh');
  });

  it('gives a quotation standing alone after a quoted statement to the same speaker', () => {
    const found = statements('“We saw the bodies,” said Reza Alavi. “Nobody came to help them.”');
    expect(found.map((s) => s.quote)).toEqual(['We saw the bodies,', 'Nobody came to help them.']);
    expect(found.map((s) => s.speaker.name)).toEqual(['Reza Alavi', 'Reza Alavi']);
  });

  it('splits a quoted clause from the reported clause joined to it', () => {
    const found = statements(
      'President Ebrahim Raisi said on Wednesday that "the plot of the enemy has failed" and that the government would listen to students.',
    );
    expect(found.map((s) => [s.quote, s.direct])).toEqual([
      ['the plot of the enemy has failed', true],
      ['the government would listen to students', false],
    ]);
  });

  it('takes the name opening the sentence when a long apposition with quotation marks stands before the verb', () => {
    const s = only(
      'Reza Tavakoli, a retired judge who once sat on the “revolutionary” bench and later taught law in Shiraz, replied, “Nobody asked the families what they wanted.”',
    );
    expect(s.quote).toBe('Nobody asked the families what they wanted.');
    expect(s.speaker.name).toBe('Reza Tavakoli');
    expect(s.verb).toBe('replied');
  });

  it('gives a participle with no statement before it the name opening its sentence', () => {
    const s = only(
      'Maryam Hosseini, a lawyer for several detainees, answered with visible frustration, saying “The hearings lasted ten minutes each.”',
    );
    expect(s.quote).toBe('The hearings lasted ten minutes each.');
    expect(s.speaker.name).toBe('Maryam Hosseini');
  });

  it('gives a participle with no statement before it the descriptive subject of its main clause', () => {
    const s = only(
      'At the weekly sermon in Qom, senior aides of the provincial governor took sharp aim at the unions, warning teachers to stay away from the rallies.',
    );
    expect(s.speaker.name).toBe('senior aides of the provincial governor');
    expect(s.verb).toBe('warned');
    expect(s.quote).toBe('teachers to stay away from the rallies');
    const cleric = only(
      'The cleric lashed out at the strikers, warning bazaar merchants to reopen their shops.',
    );
    expect(cleric.speaker.name).toBe('The cleric');
  });

  it('gives no speaker to a participle after a main clause whose subject names nobody', () => {
    for (const text of [
      'The wounded lay in the square for hours, warning everyone nearby to stay away from the gate.',
      'Heavy snow closed the mountain roads, warning drivers to stay at home for the weekend.',
      'The regime’s armed units struck the village, warning families to leave their homes at once.',
    ])
      expect(only(text).speaker.name).toBeNull();
  });
});

describe('statementsComposer: pull quotes', () => {
  it('reads a line that is a quotation and, after it, the name of who said it', () => {
    const text =
      'Rallies were held in Berlin.\n\n“Freedom is not given; it is won by those who stand up.” — Maryam Rajavi\n\n“The families deserve the truth about the graves.” Amnesty International\n';
    const found = statements(text);
    expect(found.map((s) => [s.speaker.name, s.quote, s.direct])).toEqual([
      ['Maryam Rajavi', 'Freedom is not given; it is won by those who stand up.', true],
      ['Amnesty International', 'The families deserve the truth about the graves.', true],
    ]);
    expect(chain(found[0] as Statement)).toEqual(['Example Times', 'Maryam Rajavi']);
  });

  it('reads a signature no list knows: capitalized words alone on the line after a dash or a bar', () => {
    const text =
      '“The river was ours long before the dam was built.” ― Lorna Q. Westerby\n\n“We waited three years for an answer that never came.” — Tobin Arkwright\n';
    expect(statements(text).map((s) => [s.speaker.name, s.quote])).toEqual([
      ['Lorna Q. Westerby', 'The river was ours long before the dam was built.'],
      ['Tobin Arkwright', 'We waited three years for an answer that never came.'],
    ]);
    expect(statements('“The river was ours long before the dam was built.” — Lorna went home\n')).toEqual([]);
  });

  it('reads a Persian pull quote in guillemets', () => {
    const s = only(
      '«اعدام‌ها باید فوراً متوقف شود و خانواده‌ها حق دارند حقیقت را بدانند.» — سازمان عفو بین‌الملل\n',
    );
    expect(s.speaker.name).toBe('Amnesty International');
  });

  it('does not read a name that goes on into a sentence, or a quotation inside a line, as a pull quote', () => {
    const verbs = (text: string): string[] => statements(text).map((s) => s.verb);
    expect(verbs('“The Year of the Gallows” Maryam Rajavi wrote about in her book is out.\n')).toEqual([
      'wrote',
    ]);
    expect(
      verbs('The slogan “Women, life, freedom, dignity” Amnesty International printed was seen.\n'),
    ).toEqual([]);
    expect(verbs('“Yes.” — Maryam Rajavi\n')).toEqual([]);
  });
});

describe('statementsComposer: subjects', () => {
  it('reads "the Supreme Leader himself" as the holder of the office named far earlier', () => {
    const filler = ' Prices rose again in the provinces and wages did not follow them.'.repeat(60);
    const s = only(
      `Supreme Leader Ali Khamenei spoke in Mashhad.${filler} The regime’s Supreme Leader himself has urged the Basij militia to be ready to confront any unrest.`,
    );
    expect(s.speaker.name).toBe('Ali Khamenei');
    expect(s.verb).toBe('urged');
  });

  it('passes over an adverb in -ly between the subject and the verb', () => {
    const s = only('The prison spokesman quietly conceded that the list of names was incomplete.');
    expect(s.speaker.name).toBe('The prison spokesman');
    expect(s.quote).toBe('the list of names was incomplete');
  });

  it('reads no statement in a passive with an adverb, "It’s telling that", or "recorded themselves"', () => {
    expect(
      statements('The collapse of the movement was confidently predicted many times over the years.'),
    ).toEqual([]);
    expect(statements('It’s telling that the ministry never published the list of the dead.')).toEqual([]);
    expect(statements('Young people recorded themselves burning posters in several cities.')).toEqual([]);
  });
  it('reads a quotation after a colon closing a sentence whose subject is a named person', () => {
    const s = only(
      'Hamid Rezaei, an economist at a Tehran university, neatly summed up the debate: “The deficit will double next year.”',
    );
    expect(s.quote).toBe('The deficit will double next year.');
    expect(s.speaker.name).toBe('Hamid Rezaei');
    expect(s.verb).toBe('summed');
  });

  it('reads no quotation after a colon when the clause before it names nobody or has no verb', () => {
    expect(statements('The banner in the square read: “Woman, life, freedom.”')).toEqual([]);
    expect(
      statements('Amnesty International, in its annual report: “Executions doubled in one year.”'),
    ).toEqual([]);
  });

  it('reads a passive reporting verb only with "as saying" after it', () => {
    expect(statements('These cases are cited not to excuse the violence but to explain it.')).toEqual([]);
    expect(
      only('Mohammad Jafar Montazeri was quoted in the press as saying that thousands had been released.')
        .speaker.name,
    ).toBe('Mohammad Jafar Montazeri');
  });

  it('reads a reporting verb in the progressive ("is saying", "has been warning") as active', () => {
    const s = only('The ministry has been warning that the reserves are running low.');
    expect([s.speaker.name, s.verb, s.quote]).toEqual([
      'The ministry',
      'warned',
      'the reserves are running low',
    ]);
    expect(only('The council is telling residents that the water is safe to drink.').quote).toBe(
      'the water is safe to drink',
    );
    expect(statements('The governor was told that the reserves are running low.')).toEqual([]);
  });
  it('reads “…,” Mr. X said with the title in the subject and not as a role', () => {
    const s = only('“The hearings lasted ten minutes each,” Mr. Karimi said.');
    expect(s.quote).toBe('The hearings lasted ten minutes each,');
    expect(s.speaker.name).toBe('Karimi');
    expect(s.speaker.role).toBeNull();
  });
  it('reads “…?” X said, the question mark ending the quotation but not the statement', () => {
    const s = only('“Who will pay the families?” Karimi said.');
    expect(s.quote).toBe('Who will pay the families?');
    expect(s.speaker.name).toBe('Karimi');
  });

  it('reads “…,” X said of Y with the words before the verb', () => {
    const s = only('“The numbers are much higher than reported,” the lawyer said of the official toll.');
    expect(s.quote).toBe('The numbers are much higher than reported,');
  });
  it('reads both quotations of “A,” X said, “B.”', () => {
    const found = statements('“We will not stop,” Karimi said, “until every prisoner is home.”');
    expect(found.map((s) => s.quote)).toEqual(['We will not stop,', 'until every prisoner is home.']);
    expect(found.map((s) => s.speaker.name)).toEqual(['Karimi', 'Karimi']);
  });
  it("reads ''…,'' said X as a direct quotation", () => {
    const s = only("''The courts acted in haste,'' said Leila Karimi.");
    expect(s.quote).toBe('The courts acted in haste,');
    expect(s.direct).toBe(true);
    expect(s.speaker.name).toBe('Leila Karimi');
  });

  it('reads a quotation after the speaker when the verb opens the sentence: Said X, “…”', () => {
    const s = only('Said the minister: “We will not give in to pressure from abroad.”');
    expect(s.speaker.name).toBe('the minister');
    expect(s.quote).toBe('We will not give in to pressure from abroad.');
    expect(s.direct).toBe(true);
    expect(statements('Said differently, the plan would cost more than the old one.')).toEqual([]);
  });

  it('continues a quotation past the words describing its speaker: “A,” said X, 41, a lawyer. “B.”', () => {
    const found = statements(
      '“The hearings lasted ten minutes,” said Leila Karimi, 41, a lawyer from Shiraz. “Nobody was allowed a defence.”',
    );
    expect(found.map((s) => s.quote)).toEqual([
      'The hearings lasted ten minutes,',
      'Nobody was allowed a defence.',
    ]);
    expect(found.map((s) => s.speaker.name)).toEqual(['Leila Karimi', 'Leila Karimi']);
  });

  it('continues a quotation into the next paragraph when it stands alone there, but not a quoted heading', () => {
    const found = statements(
      '“The hearings lasted ten minutes,” said Leila Karimi.\n\n“Nobody was allowed a defence, and nobody saw the files.”',
    );
    expect(found.map((s) => s.quote)).toEqual([
      'The hearings lasted ten minutes,',
      'Nobody was allowed a defence, and nobody saw the files.',
    ]);
    expect(found.map((s) => s.speaker.name)).toEqual(['Leila Karimi', 'Leila Karimi']);
    const headed = statements(
      '“The hearings lasted ten minutes,” said Leila Karimi.\n\n“The Trial of the Year.”',
    );
    expect(headed.map((s) => s.quote)).toEqual(['The hearings lasted ten minutes,']);
  });

  it('continues no quotation past a description that quotes somebody else', () => {
    const found = statements(
      '“The hearings lasted ten minutes,” said Karimi, whose brother called the trial “a show for the cameras and nothing more.” “Nobody was allowed a defence.”',
    );
    expect(found.map((s) => s.quote)).toEqual(['The hearings lasted ten minutes,']);
  });

  it('continues reported words that end in a quotation with the quotation after them', () => {
    const found = statements(
      'The trial was “a show for the cameras,” Karimi said. “Nobody was allowed a defence.”',
    );
    expect(found.map((s) => s.quote)).toEqual([
      'The trial was “a show for the cameras,”',
      'Nobody was allowed a defence.',
    ]);
    expect(found.map((s) => s.speaker.name)).toEqual(['Karimi', 'Karimi']);
  });

  it('continues reported words with the quotation standing alone after them', () => {
    const found = statements(
      'The trial was a show for the cameras, Karimi said. “Nobody was allowed a defence.”',
    );
    expect(found.map((s) => s.quote)).toEqual([
      'The trial was a show for the cameras',
      'Nobody was allowed a defence.',
    ]);
    expect(found.map((s) => s.speaker.name)).toEqual(['Karimi', 'Karimi']);
  });

  it('reads a quoted title after a possessive as part of the hearer, not as reported words', () => {
    const found = statements(
      '“The vote is over,” Karimi told the BBC’s “World Service” on Sunday. “Nobody will count again.”',
    );
    expect(found.map((s) => s.quote)).toEqual(['The vote is over,', 'Nobody will count again.']);
    expect(only('Karimi told the station “listeners are being misled by the ministry”.').quote).toBe(
      'listeners are being misled by the ministry',
    );
  });

  it('reads the quotation before “…,” X said when asked …, not the occasion after the verb', () => {
    const s = only('“You bet I would,” Karimi said when asked whether she would run again.');
    expect(s.quote).toBe('You bet I would,');
    expect(s.direct).toBe(true);
    expect(only('Karimi said the court would meet again when the judges returned.').quote).toBe(
      'the court would meet again when the judges returned',
    );
  });
});

describe('statementsComposer: reported speech', () => {
  it('reads "X said that …" with the date said', () => {
    const s = only('Amnesty International said on 16 November that at least 100 people had been killed.');
    expect(s.quote).toBe('at least 100 people had been killed');
    expect(s.direct).toBe(false);
    expect(s.speaker.name).toBe('Amnesty International');
    expect(s.when?.start).toBe('2022-11-16');
  });

  it('reads the reporting verbs of analysis and argument: pointed out, concluded, notes, joked', () => {
    const pointed = only(
      "Reza Moradi, the council's deputy head, pointed out that the dam had been empty since July.",
    );
    expect(pointed.speaker.name).toBe('Reza Moradi');
    expect(pointed.verb).toBe('pointed out');
    expect(pointed.quote).toBe('the dam had been empty since July');
    const concluded = only('The auditors concluded that the ministry had overstated its oil exports.');
    expect(concluded.verb).toBe('concluded');
    expect(concluded.quote).toBe('the ministry had overstated its oil exports');
    const notes = only('Mina Sadeghi notes that the new tariff falls hardest on small farmers.');
    expect(notes.verb).toBe('noted');
    expect(notes.speaker.name).toBe('Mina Sadeghi');
    const joked = only('"Nobody will pay that bill," Ali Hosseini joked.');
    expect(joked.verb).toBe('joked');
    expect(joked.speaker.name).toBe('Ali Hosseini');
  });

  it('reads a line opening with a person or organization and a colon as what they said', () => {
    const s = only(
      'Amnesty International: Iran must halt the executions now.\n\nThe group wrote to the judiciary.',
    );
    expect(s.speaker.name).toBe('Amnesty International');
    expect(s.quote).toBe('Iran must halt the executions now');
    expect(statements('Tehran: Protests went on for a third night.')).toEqual([]);
    expect(statements('Amnesty International: The Year of the Gallows in Iran')).toEqual([]);
    expect(statements('Note: This story was updated on Monday.')).toEqual([]);
    expect(statements('The report named one group, Amnesty International: its staff were barred.')).toEqual(
      [],
    );
  });

  it('reads a line of a name, a colon and a whole quotation as a quotation, even in title case', () => {
    const s = only(
      'Amnesty International: ‘Iran Must Halt the Executions Now’\n\nThe group wrote to the judiciary.',
    );
    expect([s.speaker.name, s.quote, s.direct]).toEqual([
      'Amnesty International',
      'Iran Must Halt the Executions Now',
      true,
    ]);
  });

  it('reads verbs that report words only when "that", a colon or quotation marks open them', () => {
    expect(only('The lawyer charged that the trial had been rigged from the start.').verb).toBe('charged');
    expect(only('The minister indicated that the talks would resume in May.').quote).toBe(
      'the talks would resume in May',
    );
    expect(only('Rouhani made it clear that the deal would stand.').verb).toBe('made clear');
    expect(only('The crowd chanted, “We will not go home.”').quote).toBe('We will not go home.');
    expect(only('“Woman, life, freedom,” the crowd chanted outside the prison.').quote).toBe(
      'Woman, life, freedom,',
    );
    expect(
      only(
        'Workers in Ahvaz, Abadan, Shiraz, Tabriz and Karaj chanted “Pay our wages now” outside the factories.',
      ).speaker.name,
    ).toBe('Workers in Ahvaz, Abadan, Shiraz, Tabriz and Karaj');
    expect(statements('Police charged the protesters with batons in the square.')).toEqual([]);
    expect(statements('The minister indicated the route on a map of the city.')).toEqual([]);
    expect(statements('Protesters chanted slogans against the government.')).toEqual([]);
    expect(statements('A day earlier, six protesters were arrested on charges of rioting.')).toEqual([]);
  });

  it('reads what a survey found or a poll shows only when "that" opens it', () => {
    const s = only('A survey by the nurses’ union found that most nurses had not been paid for months.');
    expect(s.quote).toBe('most nurses had not been paid for months');
    expect(s.verb).toBe('found');
    const poll = only('Polls show that the race is tight in the northern provinces.');
    expect([poll.speaker.name, poll.verb]).toEqual(['Polls', 'showed']);
    expect(statements('Police found “traces of explosives” in the car.')).toEqual([]);
    expect(statements('The channel will show “The Long Night” on Friday.')).toEqual([]);
    expect(statements('Investigators found the car near the border.')).toEqual([]);
  });

  it('reads "X’s claim that …" and "his warning that …" as the owner’s words, up to the outer verb', () => {
    const s = only('The prosecutor’s claim that the men had been armed was rejected by the court.');
    expect([s.speaker.name, s.verb, s.quote]).toEqual([
      'The prosecutor',
      'claimed',
      'the men had been armed',
    ]);
    const found = statements(
      'Amnesty International said the families had been threatened. Its warning that more executions were planned came a day later.',
    );
    expect(found.map((t) => [t.speaker.name, t.verb, t.quote])).toEqual([
      ['Amnesty International', 'said', 'the families had been threatened'],
      ['Amnesty International', 'warned', 'more executions were planned'],
    ]);
    expect(only('The judges’ statement that their ruling was final was read aloud.').quote).toBe(
      'their ruling was final',
    );
    expect(statements('He repeated the claim that the dam was safe.')).toEqual([]);
  });

  it('reads what records, polls and counts show with no "that" before the words', () => {
    const s = only('Court records obtained by the lawyers show he was held for nine months without charge.');
    expect([s.speaker.name, s.verb, s.quote]).toEqual([
      'Court records obtained by the lawyers',
      'showed',
      'he was held for nine months without charge',
    ]);
    expect(only('A survey of nurses in Tehran found most had not been paid since May.').quote).toBe(
      'most had not been paid since May',
    );
    expect(statements('Officers at the records office found the car near the border.')).toEqual([]);
    const after = only('Executions rose by a third last year, figures compiled by the group show.');
    expect([after.speaker.name, after.quote]).toEqual([
      'figures compiled by the group',
      'Executions rose by a third last year',
    ]);
    expect(statements('Police searched the house for hours, and the officers found.')).toEqual([]);
    expect(statements('The report’s authors showed great courage in the interviews.')).toEqual([]);
  });

  it('reads "X said, however, that …" with an aside between the verb and its words', () => {
    const s = only('The minister said, in a statement on Monday, that the repairs would take a year.');
    expect(s.speaker.name).toBe('The minister');
    expect(s.quote).toBe('the repairs would take a year');
    expect(only('Moradi said, however, that the repairs would take a year.').speaker.name).toBe('Moradi');
  });

  it('reads "X told Reuters he …" with no "that" between the hearer and the words', () => {
    const s = only('Moradi told the Tehran Times he had already received hundreds of letters.');
    expect(s.speaker.name).toBe('Moradi');
    expect(s.verb).toBe('told');
    expect(s.quote).toBe('he had already received hundreds of letters');
  });

  it('reads "said last week he …" with no "that" in a text with no publication date', () => {
    const pipeline = createPipeline().use(datesAnnotator).use(entitiesAnnotator).use(statementsComposer);
    const read = (text: string) =>
      pipeline.run({ text, language: 'en', published: null, source: null }).statements.map((s) => s.quote);
    expect(read('Moradi said last week he would appeal the verdict.')).toEqual([
      'he would appeal the verdict',
    ]);
    expect(read('Moradi told reporters on Monday the strike would go on.')).toEqual([
      'the strike would go on',
    ]);
    expect(read('Moradi said earlier this month the dam was safe.')).toEqual(['the dam was safe']);
  });

  it('reads "X told Y he’s …" and "X told Y his …" with the words opening after the hearer', () => {
    const contracted = only('Moradi told the Tehran Times he’s already received hundreds of letters.');
    expect(contracted.quote).toBe('he’s already received hundreds of letters');
    const possessive = only('Moradi told the ILNA news agency his union would strike again in May.');
    expect([possessive.speaker.name, possessive.quote]).toEqual([
      'Moradi',
      'his union would strike again in May',
    ]);
    expect(statements('Moradi asked the guard how she’d passed the checkpoint.')).toEqual([]);
  });

  it('reads "As X noted in May, …" with the words after the clause "as" opens', () => {
    const s = only('As the Tehran Times noted in December, the dam has been empty since July.');
    expect(s.speaker.name).toBe('the Tehran Times');
    expect(s.verb).toBe('noted');
    expect(s.quote).toBe('the dam has been empty since July');
    expect(statements('As he spoke, the crowd cheered and waved flags.')).toEqual([]);
  });

  it('reads "X, a role, did A and said …" with the name opening the sentence as the speaker', () => {
    const s = only(
      'Ali Rezaei, a former union leader, joined the strike and said the workers would not give in.',
    );
    expect(s.speaker.name).toBe('Ali Rezaei');
    expect(s.quote).toBe('the workers would not give in');
    expect(statements('In Tehran, police fired tear gas and said nothing about the arrests.')).toEqual([]);
  });

  it('reads a name no list knows as the subject before a long apposition or a first clause', () => {
    const s = only(
      'Tobin Arkwright, a veteran organizer who ran the early-vote effort in three states and now advises the party in the north, said the absentee program is the core of the plan.',
    );
    expect(s.speaker.name).toBe('Tobin Arkwright');
    expect(s.quote).toBe('the absentee program is the core of the plan');
    const t = only('Arkwright thanked the crowd and said it was good to be home.');
    expect([t.speaker.name, t.quote]).toEqual(['Arkwright', 'it was good to be home']);
    expect(statements('Meanwhile the crowd cheered and said nothing.')).toEqual([]);
  });

  it('reads the clause right after a bare day as the reported words, not a later "that"', () => {
    const s = only('Nasrin Karimi said Thursday her main fear is that the court will rule before winter.');
    expect(s.quote).toBe('her main fear is that the court will rule before winter');
    const withThat = only('Nasrin Karimi said Thursday in Tabriz that the court would rule before winter.');
    expect(withThat.quote).toBe('the court would rule before winter');
    // A day and then an adjunct: the words stand before the subject, not after the day.
    const before = only(
      'The court will rule before winter, Nasrin Karimi insisted Thursday during a radio interview.',
    );
    expect(before.quote).toBe('The court will rule before winter');
  });

  it('reads "The senator did A and says …" with the descriptive subject as the speaker', () => {
    const s = only('The senator spent four years in exile and says the new law is cruel and unjust.');
    expect(s.speaker.name).toBe('The senator');
    expect(s.quote).toBe('the new law is cruel and unjust');
    expect(statements('The storm wrecked the harbour and said goodbye to the old pier forever.')).toEqual([]);
  });

  it('reads "X did A and said …" across a word in quotation marks in the first clause', () => {
    const s = only(
      'Lindsey Graham called both candidates “crazy” and said the party would lose in November.',
    );
    expect(s.speaker.name).toBe('Lindsey Graham');
    expect(s.quote).toBe('the party would lose in November');
    expect(statements('“We will win” Moradi grinned and said the party would win in November.')).toEqual([]);
    // Shouting is a reporting verb of its own: the quotation is Moradi's, the words after 'said' nobody's.
    expect(
      statements('“We will win” Moradi shouted and said the party would win in November.').map((s) => s.verb),
    ).toEqual(['shouted']);
  });

  it('reads "…, X said" with the words before the speaker', () => {
    const s = only(
      'More than 300 people were killed in the unrest, the State Security Council said on Saturday.',
    );
    expect(s.quote).toBe('More than 300 people were killed in the unrest');
    expect(s.speaker.name).toBe('State Security Council');
  });

  it('reads "according to X, …" and "…, according to X"', () => {
    expect(only('According to Iran Human Rights, 58 people were executed in May.').speaker.name).toBe(
      'Iran Human Rights',
    );
    const s = only('Security forces fired on the crowd from rooftops, according to witnesses.');
    expect(s.quote).toBe('Security forces fired on the crowd from rooftops');
    expect(s.speaker.name).toBe('witnesses');
    expect(s.verb).toBe('according to');
  });

  it('reads "In addition, according to X, …" after a short opening phrase that names no one', () => {
    const s = only('In addition, according to the union, forty teachers lost their posts in March.');
    expect(s.speaker.name).toBe('the union');
    expect(s.quote).toBe('forty teachers lost their posts in March');
    const named = statements('Moradi, according to aides, said the dam would reopen in spring.');
    expect(named.map((t) => [t.verb, t.quote])).toEqual([['said', 'the dam would reopen in spring']]);
  });

  it('reads "X, according to Y, would …" as the whole sentence around the aside', () => {
    const s = only('The new dam, according to engineers, would flood three villages by spring.');
    expect(s.speaker.name).toBe('engineers');
    expect(s.quote).toBe('The new dam, according to engineers, would flood three villages by spring');
    // An apposition after the source closes the sentence: the words before it are reported.
    const before = only('The dam will flood three villages, according to Sara Nouri, a hydrologist.');
    expect(before.quote).toBe('The dam will flood three villages');
  });

  it('reads "At the heart of it, according to X, …" as the whole sentence around the aside', () => {
    const s = only(
      'At the heart of the dispute, according to Sara Nouri, a lawyer for the families, was a ruling by the court.',
    );
    expect(s.speaker.name).toBe('Sara Nouri');
    expect(s.quote).toContain('was a ruling by the court');
    const clause = only('In the final round of talks, the minister holds the line, according to aides.');
    expect(clause.quote).toBe('In the final round of talks, the minister holds the line');
  });

  it.each([
    ['claimed', 'The IRGC claimed that foreign agents had organized the riots.'],
    ['acknowledged', 'The IRGC acknowledged that several of its members had been arrested.'],
    ['warned', 'The IRGC warned that protesters would face the death penalty.'],
  ])('reads "X %s that …" with the verb as its lemma', (verb, text) => {
    expect(only(text).verb).toBe(verb);
  });

  it('reads the apposition as the role: "X, deputy governor of Tehran, told …"', () => {
    const s = only(
      'Ali Asghar Naserbakht, deputy governor of Tehran, told reporters that 450 people had been arrested.',
    );
    expect(s.speaker).toEqual({
      name: 'Ali Asghar Naserbakht',
      role: 'deputy governor of Tehran',
      organization: null,
    });
  });

  it('reads the name opening the sentence as the speaker past several appositions', () => {
    const s = only(
      'Ali Rezaei, head of the drivers’ union, who was arrested in May, said he had not been paid for months.',
    );
    expect(s.speaker.name).toBe('Ali Rezaei');
    expect(s.speaker.role).toBe('head of the drivers’ union');
    expect(s.quote).toBe('he had not been paid for months');
  });

  it('reads an apposition between dashes: "X — a teacher from Karaj — says …"', () => {
    const s = only('Jason Sims — a teacher from Karaj — says he made a last-minute decision to vote.');
    expect(s.speaker.name).toBe('Jason Sims');
    expect(s.speaker.role).toBe('teacher from Karaj');
    expect(s.quote).toBe('he made a last-minute decision to vote');
    const strike = only('The strike — the longest in years — ended on Monday, officials said.');
    expect(strike.speaker.name).toBe('officials');
    expect(strike.quote).toBe('The strike — the longest in years — ended on Monday');
  });

  it('passes over an aside in parentheses after the name: "X (left), head of …, said …"', () => {
    const s = only('Ali Rezaei (left), head of the drivers’ union, said the strike would go on.');
    expect(s.speaker.name).toBe('Ali Rezaei');
    expect(s.quote).toBe('the strike would go on');
    expect(only('Narges Mohammadi (pictured) said the trials were unfair.').speaker.name).toBe(
      'Narges Mohammadi',
    );
    const holt = only(
      'Senator Anna Holt (D-Ohio), who chairs the panel, said in a statement that the sanctions would stay.',
    );
    expect(holt.speaker.name).toBe('Anna Holt');
    expect(holt.quote).toBe('the sanctions would stay');
    const abbreviated = only('Senator Anna Holt (D-Calif.) told reporters that the sanctions would stay.');
    expect(abbreviated.speaker.name).toBe('Anna Holt');
    expect(abbreviated.quote).toBe('the sanctions would stay');
  });

  it('reads "…, said X, a lawyer" with the named speaker after the verb, not a clause before it', () => {
    const s = only(
      'The court has lost the trust of the public, whom it has ignored for years, said Leila Karimi, a lawyer in Shiraz.',
    );
    expect(s.speaker.name).toBe('Leila Karimi');
    expect(s.quote).toBe('The court has lost the trust of the public, whom it has ignored for years');
  });

  it('reads "X, which said …, did Y" with X as the speaker and the words ending with the aside', () => {
    const s = only('Amnesty International, which said the trials were unfair, called for a review.');
    expect(s.speaker.name).toBe('Amnesty International');
    expect(s.quote).toBe('the trials were unfair');
    expect(statements('Voters who said the economy mattered most were divided.')).toEqual([]);
  });

  it('reads a speaker after a quotation and its verb opened by a lower-case title: "…,” said host X', () => {
    const s = only(
      '“Thanks for welcoming the families,” said host Tobin Arkwright, an engineer from the town.',
    );
    expect(s.speaker.name).toBe('Tobin Arkwright');
    expect(s.quote).toBe('Thanks for welcoming the families,');
    expect(statements('“We will win,” said nobody at all.')).toEqual([]);
  });

  it('reads a speaker after the verb opened by a lower-case word: "…,” said former minister X', () => {
    const s = only('“The economy is the issue,” said former minister Ali Rezaei.');
    expect(s.speaker.name).toBe('Ali Rezaei');
    expect(only('“The unions will not back down,” say some teachers in Karaj.').speaker.name).toBe(
      'some teachers in Karaj',
    );
  });

  it('reads no predicate as an apposition, nor a clause after the verb as its speaker', () => {
    const s = only('Mousavi, the former premier, is under house arrest, said a spokesman for the ministry.');
    expect(s.speaker.name).toBe('a spokesman for the ministry');
    expect(s.quote).toBe('Mousavi, the former premier, is under house arrest');
    const strike = only('The strike will go on, said the head of the teachers’ union.');
    expect(strike.speaker.name).toMatch(/^the head of the teachers/u);
    // "the event brought back …" holds a verb in the past: a clause, not a speaker.
    const clause = statements(
      'Donna Reyes, 59, of Dover, Del., who watched the vote on a screen, said the event brought back memories of her father.',
    );
    expect(clause.map((c) => c.speaker.name)).not.toContain('the event brought back memories of her father');
  });

  it('resolves "he" and "the minister" to the person named before', () => {
    const found = statements(
      'Interior Minister Abdolreza Rahmani Fazli said that 731 banks had been damaged. He said the final toll would be published later. The minister added that calm had returned.',
    );
    expect(found.map((s) => s.speaker.name)).toEqual([
      'Abdolreza Rahmani Fazli',
      'Abdolreza Rahmani Fazli',
      'Abdolreza Rahmani Fazli',
    ]);
    expect(found[0]?.speaker.role).toBe('Interior Minister');
  });

  it('resolves "the leader" to no speaker whose name holds the word only inside another ("leaders")', () => {
    const found = statements(
      'Several prayer leaders said the protests were a foreign plot. The leader has urged the militia to be ready for more unrest.',
    );
    expect(found.map((s) => s.speaker.name)).toEqual(['Several prayer leaders', 'The leader']);
  });

  it('continues a statement with "…, adding that …"', () => {
    const found = statements('Jafari said the unrest was over, adding that the police had handled the rest.');
    expect(found.map((s) => [s.quote, s.verb, s.speaker.name])).toEqual([
      ['the unrest was over', 'said', 'Jafari'],
      ['the police had handled the rest', 'added', 'Jafari'],
    ]);
  });

  it('reads Persian reported speech after «گفت که» and «به گفته او»', () => {
    const found = statements(
      'غلامحسین محسنی اژه‌ای، رئیس قوه قضاییه، گفت که پرونده هزار نفر به دادگاه رفته است. به گفته او، بیشتر بازداشت‌شدگان آزاد خواهند شد.',
    );
    expect(found.map((s) => s.quote)).toEqual([
      'پرونده هزار نفر به دادگاه رفته است',
      'بیشتر بازداشت‌شدگان آزاد خواهند شد',
    ]);
    expect(found.map((s) => s.speaker.name)).toEqual([
      'Gholamhossein Mohseni-Ejei',
      'Gholamhossein Mohseni-Ejei',
    ]);
    expect(found[0]?.speaker.role).toBe('رئیس قوه قضاییه');
  });

  it('reads Persian words that stand before their verb: «… را عامل اغتشاش دانست»', () => {
    const s = only('فرمانده سپاه منافقین را عامل اغتشاش در شهرهای مختلف دانست.');
    expect(s.quote).toBe('منافقین را عامل اغتشاش در شهرهای مختلف دانست');
    expect(s.verb).toBe('considered');
  });

  it('reads a promise or a threat made with "to": "X vowed to …"', () => {
    const s = only('The governor vowed to rebuild the bridge before the winter.');
    expect(s.quote).toBe('to rebuild the bridge before the winter');
    expect(s.speaker.name).toBe('The governor');
    expect(s.verb).toBe('vowed');
    expect(only('Karimi promised to release the detained students within a week.').verb).toBe('promised');
  });

  it('keeps "not" before the "to" of a request and reads no request for anonymity', () => {
    expect(only('The cleric urged people not to vote in the election.').quote).toBe(
      'not to vote in the election',
    );
    expect(only('He vowed never to return to the province.').quote).toBe('never to return to the province');
    const found = statements('A source, who asked not to be identified, said the talks had failed.');
    expect(found.map((s) => [s.verb, s.quote])).toEqual([['said', 'the talks had failed']]);
  });

  it('reads the plain present of "suggest" and "predict"', () => {
    const s = only('Lawyers for the families suggest the trial was held in secret.');
    expect([s.speaker.name, s.verb, s.quote]).toEqual([
      'Lawyers for the families',
      'suggested',
      'the trial was held in secret',
    ]);
    expect(only('Analysts predict the strikes will spread to the oil fields.').verb).toBe('predicted');
  });

  it('ends the words of a subordinate clause opening the sentence where the main clause begins', () => {
    const s = only('While the ministry said the dam was safe, engineers found cracks in its wall.');
    expect(s.quote).toBe('the dam was safe');
    expect(s.speaker.name).toBe('the ministry');
    const t = only(
      'While the agency says more than 2,400 people were held in the city, rights groups count more.',
    );
    expect(t.quote).toBe('more than 2,400 people were held in the city');
    // Not opening the sentence, the clause runs on.
    expect(only('The ministry said the dam was safe, and engineers agreed with it.').quote).toBe(
      'the dam was safe, and engineers agreed with it',
    );
  });

  it('reads nothing where no words are attributed', () => {
    expect(
      statements('Protesters gathered in 40 cities on Friday. The "sedition" was declared over.'),
    ).toEqual([]);
    expect(statements('The claims were denied by nobody. He was said to be ill.')).toEqual([]);
  });
  it('reads the words on both sides of an attribution set between commas', () => {
    const s = only('The new prison, the governor said, would hold two thousand inmates.');
    expect(s.quote).toBe('The new prison, the governor said, would hold two thousand inmates');
    expect(s.speaker.name).toBe('the governor');
    const t = only('The protests continued in several cities, the agency said, citing local witnesses.');
    expect(t.quote).toBe('The protests continued in several cities');
  });
});

describe('statementsComposer: chains', () => {
  it('opens the chain with the author of a signed piece when no outlet is known, and with the outlet when one is', () => {
    const pipeline = createPipeline().use(datesAnnotator).use(entitiesAnnotator).use(statementsComposer);
    const text = 'Amnesty International said the trials were grossly unfair.';
    const signed = pipeline.run({ text, language: 'en', published, source: null, author: 'Dara Example' });
    expect(signed.statements.map((s) => s.chain)).toEqual([
      [
        { name: 'Dara Example', kind: 'person' },
        { name: 'Amnesty International', kind: 'organization' },
      ],
    ]);
    const carried = pipeline.run({
      text,
      language: 'en',
      published,
      source: 'Example Times',
      author: 'Dara Example',
    });
    expect(carried.statements.map((s) => s.chain.map((link) => link.name))).toEqual([
      ['Example Times', 'Amnesty International'],
    ]);
  });

  it('starts with the document source and ends with the speaker, collapsing a source that speaks', () => {
    expect(
      chain(only('Amnesty International said that 304 people were killed.', 'Amnesty International')),
    ).toEqual(['Amnesty International']);
    expect(chain(only('The judiciary said that 20 people were sentenced.', 'Reuters'))).toEqual([
      'Reuters',
      'Judiciary of Iran',
    ]);
  });

  it('puts the outlet that was told the words between source and speaker (depth 2)', () => {
    const s = only(
      'Mojtaba Zolnour told the Jamaran website on Sunday that roughly 230 people had died.',
      'Radio Farda',
    );
    expect(chain(s)).toEqual(['Radio Farda', 'Jamaran', 'Mojtaba Zolnour']);
  });

  it('reads "was quoted by X as saying" and "X quoted Y as saying"', () => {
    const a = only(
      'Mohammad Jafar Montazeri was quoted by the ISNA news agency as saying that thousands had been released.',
    );
    expect(chain(a)).toEqual(['Example Times', "Iranian Students' News Agency", 'Mohammad Jafar Montazeri']);
    const b = only(
      'Reuters quoted three Interior Ministry officials as saying that about 1,500 people had been killed.',
    );
    expect(chain(b)).toEqual(['Example Times', 'Reuters', 'three Interior Ministry officials']);
    expect(b.speaker.organization).toBe('Ministry of Interior');
  });

  it('follows reports cited by an outlet to the speaker (depth 3 with the source)', () => {
    const s = only(
      "According to reports cited by Deutsche Welle, Khamenei's representative in Mashhad, Ahmad Alamalhoda, said that the protesters were enemies.",
      'Iran Focus',
    );
    expect(chain(s)).toEqual(['Iran Focus', 'Deutsche Welle', 'Ahmad Alamolhoda']);
  });

  it('nests a statement inside a quoted statement and marks a Twitter account (depth 3)', () => {
    const found = statements(
      'Tasnim said on December 31, 2017: "Maryam Rajavi, in a message posted on her Twitter account, claimed that the uprising would continue until the regime falls."',
      'Iran Focus',
    );
    const inner = found.find((s) => s.verb === 'claimed');
    expect(inner?.quote).toBe('the uprising would continue until the regime falls');
    expect(inner?.chain).toEqual([
      { name: 'Iran Focus', kind: 'outlet' },
      { name: 'Tasnim News Agency', kind: 'outlet' },
      { name: 'Maryam Rajavi', kind: 'account', platform: 'Twitter' },
    ]);
    expect(found.find((s) => s.verb === 'said')?.when?.start).toBe('2017-12-31');
  });

  it('reads «به گزارش X به نقل از Y» as two relays and a Telegram channel as an account', () => {
    const a = only(
      'به گزارش ایرنا به نقل از خبرگزاری میزان، حکم اعدام یک متهم صبح امروز اجرا شد.',
      'BBC Persian',
    );
    expect(chain(a)).toEqual(['BBC Persian', 'Islamic Republic News Agency', 'Mizan News Agency']);
    const b = only('خبرگزاری فارس در کانال تلگرامی خود نوشت که «امنیت مردم خط قرمز است».', 'IRNA');
    expect(b.chain.at(-1)).toEqual({ name: 'Fars News Agency', kind: 'account', platform: 'Telegram' });
    expect(b.direct).toBe(true);
  });
  it('relays through an outlet that hosted the occasion, until a paragraph without statements', () => {
    const found = statements(
      [
        'Last week the ISNA news agency held a televised debate on the new budget.',
        'Hamid Rezaei, an economist at a Tehran university, said, “The deficit will double next year.”',
        'Leila Moradi answered that the ministry had already cut its spending.',
        'The budget goes to parliament next month.',
        'Years earlier, Hamid Rezaei had said that inflation would never fall below thirty percent.',
      ].join('\n\n'),
      'Iran Wire',
    );
    expect(found.map(chain)).toEqual([
      ['Iran Wire', "Iranian Students' News Agency", 'Hamid Rezaei'],
      ['Iran Wire', "Iranian Students' News Agency", 'Leila Moradi'],
      ['Iran Wire', 'Hamid Rezaei'],
    ]);
  });

  it('takes the organization named before the noun of its kind for the speaker, not the last one that spoke', () => {
    const found = statements(
      'Amnesty International said the trial was unfair. The Norway-based Hengaw rights group reported that 40 people were arrested in Saqqez.',
    );
    expect(found.map((s) => s.speaker.name)).toEqual([
      'Amnesty International',
      'Hengaw Organization for Human Rights',
    ]);
    const owned = statements(
      "The IRGC's intelligence organization said that 12 people were arrested in Karaj.",
    );
    expect(owned.map((s) => s.speaker.name)).not.toContain('Islamic Revolutionary Guard Corps');
  });

  it('reads "quoted X\'s chief justice, Name, as saying" with the named person speaking in that role', () => {
    const s = only(
      "State television quoted Isfahan's chief justice, Asadollah Jafari, as saying that the two men had waged war against God.",
      null,
    );
    expect(s.speaker).toEqual({
      name: 'Asadollah Jafari',
      role: "Isfahan's chief justice",
      organization: null,
    });
    expect(s.chain.map((link) => link.name)).toEqual(['State television', 'Asadollah Jafari']);
    const aside = statements(
      'State television quoted the governor, who spoke in Ahvaz, as saying that water would return.',
    );
    expect(aside.map((x) => x.speaker.name)).not.toContain('who spoke in Ahvaz');
  });

  it('names an outlet described only by what kind it is by the whole phrase ("State television")', () => {
    const s = only('State television quoted Ali Rezaei as saying that the rioters would be punished.', null);
    expect(s.chain).toEqual([
      { name: 'State television', kind: 'outlet' },
      { name: 'Ali Rezaei', kind: 'person' },
    ]);
  });

  it('takes a speaker named by a phrase of outlet nouns ("state media") for an outlet', () => {
    expect(only('Iranian state media said that the protesters were rioters.', null).chain).toEqual([
      { name: 'Iranian state media', kind: 'outlet' },
    ]);
  });

  it('relays through the outlet a later sentence of the paragraph says carried the remarks', () => {
    const found = statements(
      [
        'On Monday the governor of Khuzestan, Sadegh Khalilian, said that water would return to Ahvaz within a week. He added that the dam had been repaired. His remarks were carried by the ISNA news agency.',
        'Residents said the taps were still dry.',
      ].join('\n\n'),
      'Iran Wire',
    );
    expect(found.map(chain)).toEqual([
      ['Iran Wire', "Iranian Students' News Agency", 'Sadegh Khalilian'],
      ['Iran Wire', "Iranian Students' News Agency", 'Sadegh Khalilian'],
      ['Iran Wire', 'Residents'],
    ]);
    const heard = statements(
      'Sadegh Khalilian said that water would return within a week. His remarks to the BBC were brief.',
      'Iran Wire',
    );
    expect(heard.map(chain)).toEqual([['Iran Wire', 'Sadegh Khalilian']]);
  });
});

describe('statementsComposer: robustness', () => {
  function checkSpans(text: string): void {
    for (const s of statements(text)) {
      expect(s.span[0]).toBeGreaterThanOrEqual(0);
      expect(s.span[1]).toBeLessThanOrEqual(text.length);
      expect(text.slice(s.quote_span[0], s.quote_span[1])).toBe(s.quote);
      expect(s.quote_span[0]).toBeGreaterThanOrEqual(s.span[0]);
    }
  }

  it('keeps every quote inside the text on random input with quotes, verbs and both scripts', () => {
    const pieces = fc.constantFrom(
      'said',
      ' said that ',
      '“',
      '”',
      '"',
      "'",
      '«',
      '»',
      ':',
      ', ',
      '.',
      '\n',
      'according to ',
      'He ',
      'Amnesty International ',
      'گفت',
      ' که ',
      'به گفته ',
      '، ',
      '\u200F',
      'told Reuters ',
      'the minister ',
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string({ maxLength: 6 })), { maxLength: 60 }), (parts) => {
        checkSpans(parts.join(''));
      }),
      { numRuns: 300 },
    );
  });

  it('stays fast on a long text full of reporting verbs and unbalanced quotes', () => {
    const text = 'He said that “the minister said, “X told Reuters that '.repeat(6_000);
    const started = performance.now();
    statements(text);
    expect(performance.now() - started).toBeLessThan(10_000);
  });
});
