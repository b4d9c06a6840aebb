import { describe, expect, it } from 'vitest';
import { createDefaultPipeline } from './default-preset.js';
import { withoutNestedPlaces } from './nested-places.js';

const pipeline = createDefaultPipeline();

function placesIn(text: string): string[] {
  return pipeline.run({ text, language: 'en', published: null, source: null }).places.map((p) => p.text);
}

describe('places inside names', () => {
  it("drops a place named inside a person's or an organization's name", () => {
    expect(
      placesIn('Engineers of the Defense Industries Organization of Iran met Abbas Salimi Namin in Tabriz.'),
    ).toEqual(['Tabriz']);
  });

  it('keeps a place whose name is the whole name of an organization, and places beside names', () => {
    expect(placesIn('Students of the University of Tehran marched from Enghelab Square to Mashhad.')).toEqual(
      ['University of Tehran', 'Enghelab Square', 'Mashhad'],
    );
  });
});

describe("places ending a Persian body's name", () => {
  const placesInPersian = (text: string): string[] =>
    pipeline.run({ text, language: 'fa', published: null, source: null }).places.map((p) => p.text);

  it('keeps the city or province a Persian body serves, and drops a country inside a name', () => {
    expect(placesInPersian('دادستانی شیراز کیفرخواست صادر کرد.')).toEqual(['شیراز']);
    expect(placesInPersian('دادگستری خراسان رضوی حکم را تأیید کرد.')).toEqual(['خراسان رضوی']);
    expect(placesInPersian('شرکت ملی نفت ایران قرارداد بست.')).toEqual([]);
    expect(placesInPersian('وزارت اطلاعات ایران این گزارش را رد کرد.')).toEqual([]);
  });
});

describe('withoutNestedPlaces()', () => {
  it('keeps a possessor standing at the start of a name ("Iran’s parliament")', () => {
    const text = 'Iran’s parliament met.';
    const place = {
      text: 'Iran',
      span: [0, 4] as const,
      name: 'Iran',
      kind: 'country' as const,
      country: 'IR',
      lat: 32,
      lon: 53,
    };
    const entity = {
      text: 'Iran’s parliament',
      span: [0, 17] as const,
      name: 'Islamic Consultative Assembly',
      kind: 'organization' as const,
      aliases: [],
    };
    expect(withoutNestedPlaces(text, [place], [entity])).toEqual([place]);
    const plain = { ...entity, text: 'Iran Human Rights', span: [0, 17] as const };
    expect(withoutNestedPlaces('Iran Human Rights said.', [place], [plain])).toEqual([]);
  });
});
