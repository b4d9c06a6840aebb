import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findNames, findPlaces, placesAnnotator } from './places-annotator.js';

/** "text → name/kind" for each place found, in order. */
function summary(text: string): string[] {
  return findPlaces(text).map((p) => `${p.text} → ${p.name}/${p.kind}`);
}

describe('findPlaces() in English', () => {
  it('finds cities, provinces and countries with their coordinates', () => {
    const places = findPlaces('Protests spread from Mashhad to Karaj and across Iran.');
    expect(places.map((p) => [p.text, p.name, p.kind, p.country])).toEqual([
      ['Mashhad', 'Mashhad', 'city', 'IR'],
      ['Karaj', 'Karaj', 'city', 'IR'],
      ['Iran', 'Iran', 'country', 'IR'],
    ]);
    expect(places[0]?.lat).toBeCloseTo(36.3, 1);
    expect(places[0]?.lon).toBeCloseTo(59.6, 1);
  });

  it('reads variant spellings as one place', () => {
    expect(summary('Rallies in Mashad, Ahwaz, Orumieh and Esfahan.')).toEqual([
      'Mashad → Mashhad/city',
      'Ahwaz → Ahvaz/city',
      'Orumieh → Urmia/city',
      'Esfahan → Isfahan/city',
    ]);
  });

  it('finds the cities of international bodies that GeoNames lists below its size threshold', () => {
    expect(
      summary('The council met in Geneva; the court sits in The Hague, the parliament in Strasbourg.'),
    ).toEqual(['Geneva → Geneva/city', 'The Hague → The Hague/city', 'Strasbourg → Strasbourg/city']);
  });

  it('reads parts of continents as one region, and states that no longer exist as countries', () => {
    expect(summary('He fled through Eastern Europe to the Soviet Union, then to Central Asia.')).toEqual([
      'Eastern Europe → Eastern Europe/region',
      'Soviet Union → Soviet Union/country',
      'Central Asia → Central Asia/region',
    ]);
  });

  it('takes "Tehran province" as the province and plain "Tehran" as the city', () => {
    expect(summary('About 1,000 people were charged in Tehran province. Tehran was quiet.')).toEqual([
      'Tehran → Tehran/province',
      'Tehran → Tehran/city',
    ]);
  });

  it('lets a plural cue make every member of a list a province', () => {
    expect(summary('The highest tolls were in Khuzestan, Tehran and Kermanshah provinces.')).toEqual([
      'Khuzestan → Khuzestan/province',
      'Tehran → Tehran/province',
      'Kermanshah → Kermanshah/province',
    ]);
    expect(summary('Units went to the provinces of Isfahan, Lorestan and Hamadan.')).toEqual([
      'Isfahan → Isfahan/province',
      'Lorestan → Lorestan/province',
      'Hamadan → Hamadan/province',
    ]);
  });

  it('lets the sure members of a list decide for a name that is both city and province', () => {
    // Mazandaran and Gilan are only provinces, so Tehran in their company is one too.
    expect(summary('Most deaths were followed by Kurdistan, Tehran, Mazandaran and Gilan.')).toContain(
      'Tehran → Tehran/province',
    );
    // Rasht and Karaj are only cities.
    expect(summary('Crowds gathered in Rasht, Isfahan and Karaj.')).toContain('Isfahan → Isfahan/city');
  });

  it('reads Kurdistan beside Baluchistan as the region', () => {
    expect(summary('The regime is killing the people of Kurdistan and Baluchistan.')).toEqual([
      'Kurdistan → Kurdistan/region',
      'Baluchistan → Baluchistan/region',
    ]);
  });

  it('finds prisons and cemeteries as sites, also under their short names', () => {
    expect(
      summary('Prisoners were taken from Evin in Tehran and Gohardasht in Karaj to Khavaran cemetery.'),
    ).toEqual([
      'Evin → Evin Prison/site',
      'Tehran → Tehran/city',
      'Gohardasht → Gohardasht Prison/site',
      'Karaj → Karaj/city',
      'Khavaran cemetery → Khavaran Cemetery/site',
    ]);
    expect(summary('He spoke at Tehran University on Wednesday.')).toEqual([
      'Tehran University → University of Tehran/site',
    ]);
  });

  it('does not count a place inside the name of an organization or outlet', () => {
    expect(summary('Iran Human Rights and Kayhan London reported it, as did the Tehran Times.')).toEqual([]);
    expect(summary('The National Council of Resistance of Iran said so.')).toEqual([]);
    expect(summary('Fars News Agency published the statement.')).toEqual([]);
  });

  it('counts a place that locates an office or a person', () => {
    expect(summary("The Mashhad Friday prayer leader spoke after Tehran's prosecutor.")).toEqual([
      'Mashhad → Mashhad/city',
      'Tehran → Tehran/city',
    ]);
  });

  it('reads a capital followed by "said" as its government unless a locative comes first', () => {
    expect(summary('Tehran said the protests were over.')).toEqual([]);
    expect(summary('A witness in Tehran said the protests went on.')).toEqual(['Tehran → Tehran/city']);
    expect(summary('Residents of Karaj, Shiraz and Tehran said snipers fired.')).toHaveLength(3);
  });

  it('needs a locative cue for a name that is also a word or a person', () => {
    expect(summary('Victoria said the Passover photo was taken in Jerusalem.')).toEqual([
      'Jerusalem → Jerusalem/city',
    ]);
    expect(summary('Reading the report, Jordan Peterson laughed.')).toEqual([]);
    expect(summary('Refugees crossed into Jordan.')).toEqual(['Jordan → Jordan/country']);
    expect(summary('Delegations came from Iraq, Syria and Jordan.')).toContain('Jordan → Jordan/country');
    expect(summary('Mr. Jordan arrived in Bam.')).toEqual(['Bam → Bam/city']);
  });

  it('keeps the case of names: "us" and "reading" are words', () => {
    expect(summary('Tell us about the reading of the verdict in the US.')).toEqual([
      'US → United States/country',
    ]);
  });

  it('finds a name before a possessive and keeps the possessive out of the span', () => {
    const [place] = findPlaces("Iran's prisons are full.");
    expect(place?.text).toBe('Iran');
    expect(place?.span).toEqual([0, 4]);
  });
});

describe('findPlaces() in Persian', () => {
  it('finds cities and provinces with Persian names', () => {
    expect(summary('اعتراضات در مشهد، اهواز و سنندج ادامه داشت.')).toEqual([
      'مشهد → Mashhad/city',
      'اهواز → Ahvaz/city',
      'سنندج → Sanandaj/city',
    ]);
  });

  it('puts "استان" inside the span of a province and makes a list after "استان‌های" provinces', () => {
    expect(summary('حدود هزار نفر در استان تهران بازداشت شدند.')).toEqual(['استان تهران → Tehran/province']);
    expect(summary('بیشترین کشته‌ها در استان‌های سیستان و بلوچستان، تهران و کردستان بود.')).toEqual([
      'سیستان و بلوچستان → Sistan and Baluchestan/province',
      'تهران → Tehran/province',
      'کردستان → Kurdistan/province',
    ]);
  });

  it('reads Arabic letter forms and a ZWNJ or a space inside a name alike', () => {
    expect(summary('در خرم‌آباد و خرم آباد و كرمانشاه')).toEqual([
      'خرم‌آباد → Khorramabad/city',
      'خرم آباد → Khorramabad/city',
      'كرمانشاه → Kermanshah/city',
    ]);
  });

  it('builds a site from a street named before a city and keeps the city', () => {
    expect(summary('درگیری در بلوار آزادی مشهد رخ داد.')).toEqual([
      'بلوار آزادی مشهد → Azadi Boulevard, Mashhad/site',
      'مشهد → Mashhad/city',
    ]);
  });

  it('does not count a place inside an organization name', () => {
    expect(summary('خبرگزاری فارس و مجموعه فعالان حقوق بشر در ایران گزارش دادند.')).toEqual([]);
  });

  it('needs a locative cue for a city name that is also a common word', () => {
    expect(summary('بهار امسال زود آمد و نور خورشید گرم بود.')).toEqual([]);
    expect(summary('زلزله در بم خسارت زیادی زد.')).toEqual(['بم → Bam/city']);
  });

  it('does not read an adjective made from a place as the place', () => {
    expect(summary('یک شهروند تهرانی و دو ایرانی')).toEqual([]);
  });

  it('knows the Persian names of world cities where exiles rally and diplomats meet', () => {
    expect(summary('تجمع ایرانیان در تورنتو، استکهلم و لس‌آنجلس و نشست ژنو')).toEqual([
      'تورنتو → Toronto/city',
      'استکهلم → Stockholm/city',
      'لس‌آنجلس → Los Angeles/city',
      'ژنو → Geneva/city',
    ]);
    expect(summary('کشتی در اقیانوس هند و جنگ در چچن')).toEqual([
      'اقیانوس هند → Indian Ocean/region',
      'چچن → Chechnya/region',
    ]);
  });

  it('reads "مسقط" as Muscat only where a place is meant, not in "مسقط الرأس" (birthplace)', () => {
    expect(summary('مذاکرات در مسقط ادامه یافت.')).toEqual(['مسقط → Muscat/city']);
    expect(summary('مسقط الرأس او روستایی کوچک بود.')).toEqual([]);
  });
});

describe('placesAnnotator', () => {
  it('returns places sorted by span start whose text is the slice of their span', () => {
    const text = 'Zahedan, Khash and Chabahar; then Tehran, Evin Prison and the Kurdistan Region of Iraq.';
    const places = placesAnnotator.annotate(
      {
        text,
        analysisText: text,
        language: 'en',
        published: null,
        source: null,
        sentences: [[0, text.length]],
      },
      () => undefined,
    );
    expect(places.length).toBeGreaterThan(4);
    for (const place of places) expect(text.slice(place.span[0], place.span[1])).toBe(place.text);
    const starts = places.map((p) => p.span[0]);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('never throws and keeps every span inside the text on any input', () => {
    const pieces = fc.constantFrom(
      'Tehran',
      'تهران',
      ' ',
      ',',
      '\n',
      '«',
      '"',
      '\u200C',
      '\u200F',
      "'s",
      '-',
      'استان',
      'province',
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 200 }),
          fc.array(pieces).map((p) => p.join('')),
        ),
        (text) => {
          for (const place of findPlaces(text)) {
            expect(place.span[0]).toBeGreaterThanOrEqual(0);
            expect(place.span[1]).toBeLessThanOrEqual(text.length);
            expect(text.slice(place.span[0], place.span[1])).toBe(place.text);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  // A character where a name may start but that is no letter once made the search of names
  // stand still on it for ever: '3 × 4' hung the whole pipeline.
  it('gets past every character, letter or not, where a name may start', () => {
    expect(
      findPlaces('The screens measured 1920 × 1080, and 12 ÷ 4 is 3, in Tehran.').map((p) => p.text),
    ).toEqual(['Tehran']);
    for (let code = 0; code <= 0xffff; code++) {
      const c = String.fromCharCode(code);
      for (const text of [c, ` ${c} `, `${c}Tehran`]) {
        for (const match of findNames(text)) expect(match.end).toBeGreaterThan(match.start);
      }
    }
  });

  it('finishes long lines of names and of punctuation in linear time', () => {
    // A budget generous enough for a loaded machine; backtracking would take minutes.
    const started = performance.now();
    findPlaces('Tehran, '.repeat(30_000));
    findPlaces('تهران، '.repeat(30_000));
    findPlaces('-'.repeat(1_000_000));
    findPlaces("'".repeat(500_000) + 'a'.repeat(500_000));
    expect(performance.now() - started).toBeLessThan(15_000);
  });
});
