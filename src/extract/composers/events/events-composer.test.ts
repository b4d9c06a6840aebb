import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { composeEvents, eventsComposer } from './events-composer.js';
import { compositionInput, date, entity, place, quantity, spanOf, statement } from './_test-helpers.js';

describe('composeEvents()', () => {
  it('makes one event per day when one report gives figures for several days', () => {
    const text =
      'Protests were held in 32 cities on Friday and in 72 cities on Saturday, with confrontations in at least 40.';
    const events = composeEvents(
      compositionInput(text, {
        quantities: [
          quantity(text, '32', 32, 32, { unit: 'cities', counted: 'cities' }),
          quantity(text, '72', 72, 72, { unit: 'cities', counted: 'cities' }),
          quantity(text, 'at least 40', 40, null, { unit: null, qualifier: 'at_least' }),
        ],
        dates: [date(text, 'Friday', '2017-12-29'), date(text, 'Saturday', '2017-12-30')],
      }),
    );
    const found = events.map((e) => [e.type, e.when?.start, e.counts.locations]);
    expect(found.sort((a, b) => String(a[0]).localeCompare(String(b[0])))).toEqual([
      ['protest', '2017-12-29', { low: 32, high: 32 }],
      ['protest', '2017-12-30', { low: 72, high: 72 }],
      ['riot', '2017-12-30', { low: 40, high: null }],
    ]);
  });

  it('counts the people a participle says were killed or wounded, not as protesters', () => {
    const text = 'Guards opened fire on protesters in Shiraz, killing 15 people and wounding 40.';
    const events = composeEvents(
      compositionInput(text, {
        quantities: [
          quantity(text, '15', 15, 15, { unit: 'people', counted: 'people' }),
          quantity(text, '40', 40, 40, { unit: 'people', counted: null }),
        ],
        places: [place(text, 'Shiraz', 'Shiraz')],
      }),
    );
    expect(events.map((e) => [e.type, e.counts])).toEqual([
      ['killing', { killed: { low: 15, high: 15 }, injured: { low: 40, high: 40 } }],
    ]);
  });

  it('takes "these killings" in a quoted verdict on a killing already told for that killing, not a new one', () => {
    const text =
      'Security forces killed protesters in Tehran. "These killings amount to crimes against humanity," Amnesty said.';
    const verdict = statement(
      text,
      '"These killings amount to crimes against humanity," Amnesty said.',
      'These killings amount to crimes against humanity,',
      'Amnesty International',
    );
    const events = composeEvents(
      compositionInput(text, { places: [place(text, 'Tehran', 'Tehran')], statements: [verdict] }),
    );
    expect(events.map((e) => [e.type, e.where, e.asserted_by])).toEqual([
      ['killing', ['Tehran'], 'Test Agency'],
    ]);
  });

  it('takes "عاملان تیراندازی" (the perpetrators of the shooting) for the shooting already told', () => {
    const text =
      'ماموران در زاهدان به سوی نمازگزاران تیراندازی کردند. امام جمعه خواستار معرفی و محاکمه عاملان تیراندازی شد.';
    const demand = statement(
      text,
      'امام جمعه خواستار معرفی و محاکمه عاملان تیراندازی شد.',
      'معرفی و محاکمه عاملان تیراندازی',
      'Molavi Abdolhamid',
    );
    const events = composeEvents(
      compositionInput(text, {
        language: 'fa',
        places: [place(text, 'زاهدان', 'Zahedan')],
        statements: [demand],
      }),
    );
    expect(events.map((e) => [e.type, e.where])).toEqual([['killing', ['Zahedan']]]);
  });

  it('takes protests that are responded to for those already told', () => {
    const text =
      'Protests spread to Tabriz on Friday. “The police responded to protests with force,” Rostami said.';
    const events = composeEvents(
      compositionInput(text, {
        places: [place(text, 'Tabriz', 'Tabriz')],
        dates: [date(text, 'Friday', '2019-11-15')],
        statements: [
          statement(
            text,
            '“The police responded to protests with force,” Rostami said.',
            'The police responded to protests with force,',
            'Rostami',
          ),
        ],
      }),
    );
    expect(events.map((e) => [e.type, e.where])).toEqual([['protest', ['Tabriz']]]);
  });

  it('places an event in the city that ends the name of the court or body acting there', () => {
    const text = 'دادگاه انقلاب اصفهان سه معلم را به زندان محکوم کرد.';
    const events = composeEvents(
      compositionInput(text, {
        language: 'fa',
        places: [place(text, 'اصفهان', 'Isfahan')],
        entities: [entity(text, 'دادگاه انقلاب اصفهان', 'Revolutionary Court')],
      }),
    );
    expect(events.map((e) => e.where)).toEqual([['Isfahan']]);
  });

  it('places no event in a country named inside an organization', () => {
    const text = 'وزارت اطلاعات ایران سه معلم را بازداشت کرد.';
    const events = composeEvents(
      compositionInput(text, {
        language: 'fa',
        places: [place(text, 'ایران', 'Iran', 'country')],
        entities: [entity(text, 'وزارت اطلاعات ایران', 'Ministry of Intelligence')],
      }),
    );
    expect(events.map((e) => e.where)).toEqual([[]]);
  });

  it('keeps an event named with a determiner when nothing was told before it, or it has a place of its own', () => {
    const first = 'These killings amount to crimes against humanity.';
    expect(composeEvents(compositionInput(first)).map((e) => e.type)).toEqual(['killing']);
    const text = 'Guards killed two men in Tehran. The killings in Shiraz went on for a week.';
    const events = composeEvents(
      compositionInput(text, { places: [place(text, 'Tehran', 'Tehran'), place(text, 'Shiraz', 'Shiraz')] }),
    );
    expect(events.map((e) => e.where)).toEqual([['Tehran'], ['Shiraz']]);
  });

  it('does not place an event where only the quoted words it carries name a place', () => {
    const text = 'In Ahvaz, crowds of retirees protested, chanting "They lie that our enemy is America."';
    const events = composeEvents(
      compositionInput(text, {
        places: [place(text, 'Ahvaz', 'Ahvaz'), place(text, 'America', 'United States', 'country', 'US')],
      }),
    );
    expect(events.map((e) => [e.type, e.where])).toEqual([['protest', ['Ahvaz']]]);
  });

  it("makes no event of a headline's announcement that gives no figure or date", () => {
    const types = (text: string): string[] => composeEvents(compositionInput(text)).map((e) => e.type);
    expect(types('After Mass Protests, Fear Grips The Regime\nThe city was quiet.')).toEqual([]);
    expect(types('Students protested against the new fees\nThe city was quiet.')).toEqual(['protest']);
    expect(types('The city was quiet. After Mass Protests, Fear Grips The Regime.')).toEqual(['protest']);
  });

  it('counts the people a headline verb in the present tense says were hanged', () => {
    const text = 'Iran Hangs Two Protesters in Isfahan';
    const events = composeEvents(
      compositionInput(text, {
        quantities: [quantity(text, 'Two', 2, 2, { unit: 'people', counted: 'Protesters' })],
        places: [place(text, 'Isfahan', 'Isfahan')],
      }),
    );
    expect(events.map((e) => [e.type, e.counts])).toEqual([['execution', { executed: { low: 2, high: 2 } }]]);
  });

  it('takes a massacre of a counted number of prisoners for their execution, not for arrests', () => {
    const text = 'The purge ended in the massacre of more than 4,200 political detainees at Gohardasht.';
    const events = composeEvents(
      compositionInput(text, {
        quantities: [
          quantity(text, 'more than 4,200', 4200, null, {
            counted: 'political detainees',
            qualifier: 'more_than',
          }),
        ],
      }),
    );
    expect(events.map((e) => [e.type, e.counts])).toEqual([
      ['crackdown', {}],
      ['execution', { executed: { low: 4200, high: null } }],
    ]);
    const protesters = 'Guards carried out a massacre of 40 protesters in the square.';
    const killing = composeEvents(
      compositionInput(protesters, {
        quantities: [quantity(protesters, '40', 40, 40, { unit: 'people', counted: 'protesters' })],
      }),
    );
    expect(killing.map((e) => [e.type, e.counts])).toEqual([['killing', { killed: { low: 40, high: 40 } }]]);
  });

  it('makes no event of a kind of event spoken of in general, unless a figure, place or date anchors it', () => {
    const habitual = 'The cells organize protests, coordinate acts of defiance and document repression.';
    expect(composeEvents(compositionInput(habitual, {}))).toEqual([]);
    const concessive = 'Despite relentless repression, the network keeps growing.';
    expect(composeEvents(compositionInput(concessive, {}))).toEqual([]);
    const persian = 'این گروه‌ها در سازماندهی اعتراضات نقش دارند.';
    expect(composeEvents(compositionInput(persian, { language: 'fa' }))).toEqual([]);
    const caseFile = 'The lawyer reopened the case of the killings.';
    expect(composeEvents(compositionInput(caseFile, {}))).toEqual([]);
    const persianCase = 'بازپرس پرونده قتل‌های زنجیره‌ای را دوباره گشود.';
    expect(composeEvents(compositionInput(persianCase, { language: 'fa' }))).toEqual([]);
    const interval = 'The cells organize strikes and keep up pressure between uprisings.';
    expect(composeEvents(compositionInput(interval, {}))).toEqual([]);
    const characterized =
      'The authorities answered the strikes with a wave of arrests and a campaign of torture.';
    expect(composeEvents(compositionInput(characterized, {})).map((e) => e.type)).toEqual(['protest']);
    const wave = 'A wave of arrests swept Tabriz.';
    expect(
      composeEvents(compositionInput(wave, { places: [place(wave, 'Tabriz', 'Tabriz')] })).map((e) => e.type),
    ).toEqual(['arrest']);

    const anchored = 'Activists documented the arrests of 40 students in Tabriz.';
    const arrests = composeEvents(
      compositionInput(anchored, {
        quantities: [quantity(anchored, '40', 40, 40, { counted: 'students' })],
        places: [place(anchored, 'Tabriz', 'Tabriz')],
      }),
    );
    expect(arrests.map((e) => [e.type, e.where, e.counts])).toEqual([
      ['arrest', ['Tabriz'], { arrested: { low: 40, high: 40 } }],
    ]);
    const placed = 'Students organize protests in Mashhad.';
    const protests = composeEvents(
      compositionInput(placed, { places: [place(placed, 'Mashhad', 'Mashhad')] }),
    );
    expect(protests.map((e) => [e.type, e.where])).toEqual([['protest', ['Mashhad']]]);
  });

  it('counts provinces, universities and countries where protests were held as locations', () => {
    const locations = (text: string, surface: string, unit: string): unknown[] =>
      composeEvents(
        compositionInput(text, { quantities: [quantity(text, surface, 30, 30, { unit, counted: unit })] }),
      ).map((e) => [e.type, e.counts]);
    for (const unit of ['provinces', 'universities', 'countries']) {
      expect(locations(`Protests spread to 30 ${unit}.`, '30', unit)).toEqual([
        ['protest', { locations: { low: 30, high: 30 } }],
      ]);
    }
  });

  it('reads a crowd that gathers somewhere as a protest only when a figure counts it', () => {
    const caption = 'Tens of thousands of Iranians gather in Paris to back the opposition';
    const crowd = composeEvents(
      compositionInput(caption, {
        quantities: [
          quantity(caption, 'Tens of thousands', 10000, 99999, { counted: 'Iranians', qualifier: 'vague' }),
        ],
        places: [place(caption, 'Paris', 'Paris')],
      }),
    );
    expect(crowd.map((e) => [e.type, e.where, e.counts])).toEqual([
      ['protest', ['Paris'], { participants: { low: 10000, high: 99999 } }],
    ]);
    const meeting = 'Party leaders gather in Cleveland for the convention.';
    expect(composeEvents(compositionInput(meeting, {}))).toEqual([]);
    const retirees = 'Retirees gather in front of the parliament every Sunday.';
    expect(composeEvents(compositionInput(retirees, {})).map((e) => e.type)).toEqual(['protest']);
    const delegates = 'Delegates gathered in Tabriz for the party congress.';
    expect(composeEvents(compositionInput(delegates, {}))).toEqual([]);
    const pensioners = 'Pensioners gathered in front of the governor’s office.';
    expect(composeEvents(compositionInput(pensioners, {})).map((e) => e.type)).toEqual(['protest']);
  });

  it('reads banners set on fire and pictures put up on walls in Persian as defiance, not clashes', () => {
    const text =
      'جوانان در تبریز تصاویر زندانیان سیاسی را بر دیوارها نصب کردند و بنرهای رهبر را به آتش کشیدند.';
    const events = composeEvents(
      compositionInput(text, { language: 'fa', places: [place(text, 'تبریز', 'Tabriz')] }),
    );
    expect(events.map((e) => [e.type, e.where])).toEqual([['defiance', ['Tabriz']]]);
    const attack = 'معترضان در تبریز یک پاسگاه را به آتش کشیدند.';
    const clashes = composeEvents(
      compositionInput(attack, { language: 'fa', places: [place(attack, 'تبریز', 'Tabriz')] }),
    );
    expect(clashes.map((e) => e.type)).toEqual(['riot']);
  });

  it('makes no killing of a shot that is an idiom', () => {
    for (const text of [
      'The minister shot back at his critics on state television.',
      'Reform was a long shot in the assembly.',
      'The channel ran a live shot from the rally.',
    ]) {
      expect(composeEvents(compositionInput(text, {})).filter((e) => e.type === 'killing')).toEqual([]);
    }
    const shooting = 'Guards shot two protesters in Zahedan.';
    const events = composeEvents(
      compositionInput(shooting, {
        quantities: [quantity(shooting, 'two', 2, 2, { counted: 'protesters' })],
        places: [place(shooting, 'Zahedan', 'Zahedan')],
      }),
    );
    expect(events.filter((e) => e.type === 'killing').map((e) => e.where)).toEqual([['Zahedan']]);
  });

  it('tells Persian words for sentencing, killing and solitary confinement from their look-alikes', () => {
    const types = (text: string): string[] =>
      composeEvents(compositionInput(text, { language: 'fa' })).map((e) => e.type);
    expect(types('دادگاه او را به پنج سال زندان محکوم کرد.')).toEqual(['sentence']);
    expect(types('دولت این اقدام را به عنوان تجاوزی آشکار محکوم کرد.')).toEqual([]);
    expect(types('وزارت خارجه حمله را به شدت محکوم کرد.')).toEqual([]);
    expect(types('کشت برنج در گیلان آغاز شد.')).toEqual([]);
    expect(types('او در مسابقات انفرادی کاراته اول شد.')).toEqual([]);
    expect(types('زندانی سیاسی ماه‌ها در انفرادی نگه داشته شد.')).toEqual(['torture']);
    expect(types('پلیس ماجرا را بدون درگیری پایان داد.')).toEqual([]);
  });

  it('reads unrest, riots and repression as events only where a place, date or figure anchors them', () => {
    expect(composeEvents(compositionInput('Unrest only serves the enemies of the nation.', {}))).toEqual([]);
    expect(composeEvents(compositionInput('آشوب و درگیری به سود دشمن است.', { language: 'fa' }))).toEqual([]);
    const english = 'Unrest spread to Ahvaz.';
    expect(
      composeEvents(compositionInput(english, { places: [place(english, 'Ahvaz', 'Ahvaz')] })).map((e) => [
        e.type,
        e.where,
      ]),
    ).toEqual([['protest', ['Ahvaz']]]);
    const persian = 'درگیری در زاهدان ادامه یافت.';
    expect(
      composeEvents(
        compositionInput(persian, { language: 'fa', places: [place(persian, 'زاهدان', 'Zahedan')] }),
      ).map((e) => [e.type, e.where]),
    ).toEqual([['riot', ['Zahedan']]]);
  });

  it('reads English clashes and confrontations as events only where a place, date or figure anchors them', () => {
    const types = (text: string, where?: string): string[] =>
      composeEvents(compositionInput(text, { places: where ? [place(text, where, where)] : [] })).map(
        (e) => e.type,
      );
    expect(types('The two ministers clashed over the budget.')).toEqual([]);
    expect(types('The confrontation between the rival factions deepened.')).toEqual([]);
    expect(types('Riot police guarded the ministry.')).toEqual([]);
    expect(types('Protesters clashed with riot police in Zahedan.', 'Zahedan')).toEqual(['riot']);
  });

  it('places an event told inside an attribution where the words right after it say', () => {
    const text =
      'The governor, speaking after a rally in Tabriz, told reporters in Tehran: “Order has returned.”';
    const events = composeEvents(
      compositionInput(text, {
        places: [place(text, 'Tabriz', 'Tabriz'), place(text, 'Tehran', 'Tehran')],
        statements: [statement(text, text, 'Order has returned.', 'The governor')],
      }),
    );
    expect(events.map((e) => [e.type, e.where])).toEqual([['protest', ['Tabriz']]]);
  });

  it('counts the people a Persian court sentenced to death as sentenced, not executed', () => {
    const text = 'دادگاه انقلاب سه معترض را به اعدام محکوم کرد.';
    const events = composeEvents(
      compositionInput(text, {
        language: 'fa',
        quantities: [quantity(text, 'سه', 3, 3, { counted: 'معترض' })],
      }),
    );
    expect(events.map((e) => [e.type, e.counts])).toEqual([['sentence', { sentenced: { low: 3, high: 3 } }]]);
  });

  it('makes no protest of Persian protests that only set the scene, after "در جریان این"', () => {
    const text = 'ده‌ها نفر در جریان این اعتراضات بازداشت شدند.';
    const events = composeEvents(
      compositionInput(text, {
        language: 'fa',
        quantities: [quantity(text, 'ده‌ها', 24, 99, { counted: 'نفر', qualifier: 'vague' })],
      }),
    );
    expect(events.map((e) => e.type)).toEqual(['arrest']);
  });

  it('makes no protest of prayer gatherings or election rallies', () => {
    const text = 'Friday prayer gatherings and election rallies drew crowds in Qom.';
    expect(composeEvents(compositionInput(text, { places: [place(text, 'Qom', 'Qom')] }))).toEqual([]);
  });

  it("makes no protest of a person's own rally, or of the rally a person speaks at", () => {
    const types = (text: string, person: string): string[] =>
      composeEvents(
        compositionInput(text, {
          places: [place(text, 'Tabriz', 'Tabriz')],
          entities: person ? [entity(text, person, person, 'person')] : [],
        }),
      ).map((e) => e.type);
    expect(types('Supporters filled a Rostami rally in Tabriz.', 'Rostami')).toEqual([]);
    expect(types("Reporters were barred from Rostami's rallies in Tabriz.", 'Rostami')).toEqual([]);
    expect(types('Rostami promised lower prices at a rally in Tabriz.', 'Rostami')).toEqual([]);
    expect(types('At a rally in Tabriz, he promised lower prices.', '')).toEqual([]);
    expect(types('Rostami held a rally in Tabriz.', 'Rostami')).toEqual([]);
    expect(types('A voter who attended the rally in Tabriz praised Rostami.', 'Rostami')).toEqual([]);
    expect(types('Nurses held a rally in Tabriz.', '')).toEqual(['protest']);
    expect(types('At a rally in Tabriz, Rostami and other workers chanted slogans.', 'Rostami')).toEqual([
      'protest',
    ]);
  });

  it('counts a toll told right after executions as the executed, not as a new killing', () => {
    const run = (first: string) => {
      const text = `${first} Within a month the death toll rose to more than 500.`;
      return composeEvents(
        compositionInput(text, {
          quantities: [quantity(text, 'more than 500', 500, null, { qualifier: 'more_than', unit: null })],
          places: [place(text, 'Tabriz', 'Tabriz')],
        }),
      ).map((e) => [e.type, e.counts]);
    };
    expect(run('Guards hanged political prisoners in Tabriz.')).toEqual([
      ['execution', { executed: { low: 500, high: null } }],
    ]);
    expect(run('Protests spread to Tabriz.')).toEqual([
      ['protest', {}],
      ['killing', { killed: { low: 500, high: null } }],
    ]);
  });

  it('makes no event of what is hypothetical, expected or asked for', () => {
    const types = (text: string): string[] =>
      composeEvents(compositionInput(text, { places: [place(text, 'Tabriz', 'Tabriz')] })).map((e) => e.type);
    expect(types('Shopkeepers in Tabriz braced for protests.')).toEqual([]);
    expect(types('Officials in Tabriz expected demonstrations.')).toEqual([]);
    expect(types('The family called on students to protest in Tabriz.')).toEqual([]);
    expect(types('Guards would kill anyone in Tabriz who spoke out.')).toEqual([]);
    expect(types('If guards killed anyone in Tabriz, nobody reported it.')).toEqual([]);
    expect(types('There was nothing to protest in Tabriz.')).toEqual([]);
    expect(types('Guards killed two students in Tabriz.')).toEqual(['killing']);
  });

  it('does not count killings that only detail the executions of their sentence', () => {
    const executions = 'More than 2,000 members were executed, including many leaders killed in Tehran.';
    const found = (text: string, figure: string, low: number): string[] =>
      composeEvents(
        compositionInput(text, {
          quantities: [quantity(text, figure, low, null, { unit: 'people', counted: 'members' })],
          places: [place(text, 'Tehran', 'Tehran')],
        }),
      ).map((e) => e.type);
    expect(found(executions, 'More than 2,000', 2000)).toEqual(['execution']);
    const arrests = 'Police arrested more than 30 people, including two who were later killed in Tehran.';
    expect(found(arrests, 'more than 30', 30).sort()).toEqual(['arrest', 'killing']);
  });

  it('takes the ruler a sentence opens with ("Under the Shah") for an actor, not a victim', () => {
    const text = 'Under the Shah, dissidents were imprisoned and tortured.';
    const events = composeEvents(
      compositionInput(text, { entities: [entity(text, 'Shah', 'Mohammad Reza Pahlavi', 'person')] }),
    );
    expect(events.map((e) => [e.type, e.actors, e.targets])).toEqual([
      ['arrest', ['Mohammad Reza Pahlavi'], []],
      ['torture', [], []],
    ]);
  });

  it('yields one event for an execution the article restates in a later paragraph', () => {
    const text =
      'Majidreza Rahnavard was hanged in Mashhad on December 12.\n\nRights groups said the execution in Mashhad came less than a month after his arrest.';
    const events = composeEvents(
      compositionInput(text, {
        dates: [date(text, 'December 12', '2022-12-12')],
        places: [place(text, 'Mashhad', 'Mashhad'), place(text, 'Mashhad', 'Mashhad', 'city', 'IR', 1)],
        entities: [entity(text, 'Majidreza Rahnavard', 'Majidreza Rahnavard', 'person')],
      }),
    );
    const executions = events.filter((e) => e.type === 'execution');
    expect(executions).toHaveLength(1);
    expect(executions[0]).toMatchObject({
      where: ['Mashhad'],
      when: { start: '2022-12-12', end: '2022-12-12' },
      targets: ['Majidreza Rahnavard'],
      summary: 'execution of Majidreza Rahnavard in Mashhad',
    });
  });

  it('attributes an event inside reported words to the speaker, and not to the day of the saying', () => {
    const text =
      'Ali Asghar Naserbakht told ILNA on Tuesday that 450 people had been arrested in Tehran over three days.';
    const events = composeEvents(
      compositionInput(text, {
        source: 'Tasnim News Agency',
        quantities: [quantity(text, '450', 450, 450, { counted: 'people' })],
        dates: [date(text, 'Tuesday', '2018-01-02')],
        places: [place(text, 'Tehran', 'Tehran')],
        statements: [
          statement(
            text,
            text,
            '450 people had been arrested in Tehran over three days',
            'Ali Asghar Naserbakht',
          ),
        ],
      }),
    );
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      type: 'arrest',
      asserted_by: 'Ali Asghar Naserbakht',
      where: ['Tehran'],
      when: null,
      counts: { arrested: { low: 450, high: 450 } },
    });
  });

  it('gives an event to the author of a signed piece when no outlet is known', () => {
    const text = 'Guards executed four prisoners in Qezelhesar.';
    const input = { ...compositionInput(text, { source: null }), author: 'Dara Example' };
    expect(composeEvents(input).map((e) => [e.type, e.asserted_by])).toEqual([['execution', 'Dara Example']]);
  });

  it('gives an event outside any statement to the document source', () => {
    const text = 'Security forces opened fire on protesters in Mahshahr.';
    const [event] = composeEvents(
      compositionInput(text, {
        source: 'Amnesty International',
        places: [place(text, 'Mahshahr', 'Mahshahr')],
      }),
    );
    expect(event).toMatchObject({
      type: 'killing',
      asserted_by: 'Amnesty International',
      actors: ['security forces'],
      targets: ['protesters'],
    });
  });

  it('runs an event from a date after "since" to the publication date', () => {
    const text = 'At least 448 people have been killed in the protests since 16 September.';
    const events = composeEvents(
      compositionInput(text, {
        published: { start: '2022-11-29', end: '2022-11-29', precision: 'day' },
        quantities: [quantity(text, 'At least 448', 448, null, { qualifier: 'at_least' })],
        dates: [date(text, '16 September', '2022-09-16')],
      }),
    );
    const killing = events.find((e) => e.type === 'killing');
    expect(killing?.when).toEqual({ start: '2022-09-16', end: '2022-11-29', precision: 'range' });
    expect(killing?.counts.killed).toEqual({ low: 448, high: null });
  });

  it('dates an undated event from the report it belongs to', () => {
    const text =
      'Protests broke out in Mashhad on 28 December 2017.\n\nAt least 25 people were killed, the judiciary said.';
    const events = composeEvents(
      compositionInput(text, {
        quantities: [quantity(text, 'At least 25', 25, null, { qualifier: 'at_least' })],
        dates: [date(text, '28 December 2017', '2017-12-28')],
        places: [place(text, 'Mashhad', 'Mashhad')],
      }),
    );
    expect(events.find((e) => e.type === 'killing')?.when?.start).toBe('2017-12-28');
  });

  it('gives no time from its context to an event whose own time was not read', () => {
    const run = (second: string) => {
      const text = `Protests broke out in Mashhad on 28 December 2017. ${second}`;
      const events = composeEvents(
        compositionInput(text, {
          quantities: [quantity(text, '30', 30, 30)],
          dates: [date(text, '28 December 2017', '2017-12-28')],
          places: [place(text, 'Mashhad', 'Mashhad')],
        }),
      );
      return events.find((e) => e.type === 'arrest')?.when?.start ?? null;
    };
    expect(run('Police arrested 30 students there.')).toBe('2017-12-28');
    expect(run('Last November, police arrested 30 students there.')).toBeNull();
    expect(run('Two years ago, police arrested 30 students there.')).toBeNull();
  });

  it('does not date an event by the point a comparison counts from', () => {
    const text = 'The country suffered the worst crackdown since the 1980s, and 70 students were arrested.';
    const events = composeEvents(
      compositionInput(text, {
        quantities: [quantity(text, '70', 70, 70)],
        dates: [date(text, 'the 1980s', '1980-01-01', '1989-12-31', 'decade')],
      }),
    );
    expect(events.find((e) => e.type === 'arrest')?.when).toBeNull();
    expect(events.every((e) => e.when === null)).toBe(true);
  });

  it('takes the last date of the paragraph only when the sentence says it goes on then', () => {
    const run = (second: string) => {
      const text = `The provincial council met on 3 May. ${second}`;
      return composeEvents(
        compositionInput(text, {
          quantities: [quantity(text, '40', 40, 40, { counted: 'students' })],
          dates: [date(text, '3 May', '2023-05-03')],
        }),
      )[0]?.when?.start;
    };
    expect(run('That day, police arrested 40 students.')).toBe('2023-05-03');
    expect(run('Police arrested 40 students.')).toBeUndefined();
  });

  it('makes an event of "dead" only when a figure says how many', () => {
    const withFigure = 'Sistan and Baluchestan has the highest toll, with 128 dead.';
    const withoutFigure = 'He gave no details about the dead.';
    expect(
      composeEvents(
        compositionInput(withFigure, { quantities: [quantity(withFigure, '128', 128, 128)] }),
      ).map((e) => [e.type, e.counts.killed?.low]),
    ).toEqual([['killing', 128]]);
    expect(composeEvents(compositionInput(withoutFigure))).toEqual([]);
  });

  it('keeps apart two holders whose tolls for the same killings disagree', () => {
    const text =
      'Amnesty International said at least 304 people were killed. Officials said about 230 people had died.';
    const events = composeEvents(
      compositionInput(text, {
        quantities: [
          quantity(text, 'at least 304', 304, null, { qualifier: 'at_least' }),
          quantity(text, 'about 230', 230, 230, { qualifier: 'about' }),
        ],
        statements: [
          statement(
            text,
            'Amnesty International said at least 304 people were killed.',
            'at least 304 people were killed',
            'Amnesty International',
          ),
          statement(
            text,
            'Officials said about 230 people had died.',
            'about 230 people had died',
            'Officials',
          ),
        ],
      }),
    );
    expect(events.map((e) => [e.asserted_by, e.counts.killed?.low])).toEqual([
      ['Amnesty International', 304],
      ['Officials', 230],
    ]);
  });

  it('reads a Persian report: figure, place, day and the forces that fired', () => {
    const text = 'در زاهدان روز جمعه ۸ مهر ده‌ها نمازگزار و معترض با شلیک نیروهای امنیتی کشته شدند.';
    const events = composeEvents(
      compositionInput(text, {
        language: 'fa',
        source: 'HRANA',
        quantities: [quantity(text, 'ده‌ها', 24, 99, { unit: 'people', qualifier: 'vague' })],
        dates: [date(text, 'روز جمعه ۸ مهر', '2022-09-30')],
        places: [place(text, 'زاهدان', 'Zahedan')],
      }),
    );
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      type: 'killing',
      where: ['Zahedan'],
      when: { start: '2022-09-30' },
      counts: { killed: { low: 24, high: 99 } },
      actors: ['security forces'],
      targets: ['worshippers', 'protesters'],
      asserted_by: 'HRANA',
    });
  });

  it('leaves out places that belong to a name or to the saying', () => {
    const text = 'Speaking in Hamadan, Iran Human Rights said 56 protesters were killed in Javanrud.';
    const [event] = composeEvents(
      compositionInput(text, {
        quantities: [quantity(text, '56', 56, 56, { counted: 'protesters' })],
        places: [
          place(text, 'Hamadan', 'Hamadan'),
          place(text, 'Iran', 'Iran', 'country', 'IR'),
          place(text, 'Javanrud', 'Javanrud'),
        ],
        entities: [entity(text, 'Iran Human Rights', 'Iran Human Rights')],
        statements: [statement(text, text, '56 protesters were killed in Javanrud', 'Iran Human Rights')],
      }),
    );
    expect(event?.where).toEqual(['Javanrud']);
  });

  it('makes no protest of protests that only set the scene of a killing', () => {
    const scene = 'About 230 people died in the unrest, officials said.';
    const own = 'Protests spread to Mashhad, where security forces killed two people.';
    const sceneQuantities = [quantity(scene, 'About 230', 230, 230, { qualifier: 'about' })];
    expect(
      composeEvents(compositionInput(scene, { quantities: sceneQuantities })).map((e) => e.type),
    ).toEqual(['killing']);
    expect(
      composeEvents(compositionInput(own, { quantities: [quantity(own, 'two', 2, 2)] }))
        .map((e) => e.type)
        .sort(),
    ).toEqual(['killing', 'protest']);
  });

  it("gives a figure in one teller's words to that teller's event only", () => {
    const text =
      'Officials said about 200 people died, but Iran Human Rights said at least 448 people were killed.';
    const events = composeEvents(
      compositionInput(text, {
        quantities: [
          quantity(text, 'about 200', 200, 200, { qualifier: 'about' }),
          quantity(text, 'at least 448', 448, null, { qualifier: 'at_least' }),
        ],
        statements: [
          statement(text, 'Officials said about 200 people died', 'about 200 people died', 'Officials'),
          statement(
            text,
            'Iran Human Rights said at least 448 people were killed',
            'at least 448 people were killed',
            'Iran Human Rights',
          ),
        ],
      }),
    );
    expect(events.map((e) => [e.asserted_by, e.counts.killed?.low])).toEqual([
      ['Officials', 200],
      ['Iran Human Rights', 448],
    ]);
  });

  it('keeps every span inside the text', () => {
    const text = 'Protests spread to Mashhad.';
    for (const event of composeEvents(compositionInput(text))) {
      expect(event.span[0]).toBeGreaterThanOrEqual(0);
      expect(event.span[1]).toBeLessThanOrEqual(text.length);
    }
    expect(spanOf(text, 'Protests')).toEqual([0, 8]);
  });
});

describe('eventsComposer', () => {
  it('never throws and keeps spans inside the text on any input', () => {
    const words = fc.constantFrom(
      'killed',
      'protests',
      'executed',
      'arrested',
      ' ',
      ';',
      '\n',
      '«',
      '»',
      '"',
      'کشته',
      'اعدام',
      'شدند',
      '\u200C',
      '\u200F',
      '۳۸',
      '1,500',
      'at risk of',
      'since',
      'by',
      'were',
    );
    fc.assert(
      fc.property(
        fc.array(fc.oneof(words, fc.string()), { maxLength: 60 }),
        fc.constantFrom('en', 'fa', 'de'),
        (parts, language) => {
          const text = parts.join(' ');
          const report = () => undefined;
          const { events = [] } = eventsComposer.compose(compositionInput(text, { language }), report);
          for (const event of events) {
            expect(event.span[0]).toBeGreaterThanOrEqual(0);
            expect(event.span[1]).toBeLessThanOrEqual(text.length);
            expect(event.span[0]).toBeLessThanOrEqual(event.span[1]);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reads a one-megabyte line of triggers in well under a few seconds', () => {
    const text = 'killed executed protests arrested; '.repeat(30_000);
    const started = performance.now();
    eventsComposer.compose(compositionInput(text), () => undefined);
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
