import { describe, expect, it } from 'vitest';
import { lookupPlace, placeWithin } from './place-lookup.js';

describe('lookupPlace()', () => {
  it('returns an Iranian city with its province and coordinates', () => {
    const mashhad = lookupPlace('Mashhad');
    expect(mashhad).toMatchObject({
      name: 'Mashhad',
      kind: 'city',
      country: 'IR',
      province: 'Razavi Khorasan',
    });
    expect(mashhad?.lat).toBeCloseTo(36.3, 1);
  });

  it('gives the city for a name a city and a province share, and the province when asked', () => {
    expect(lookupPlace('Tehran')).toMatchObject({ kind: 'city', province: 'Tehran' });
    expect(lookupPlace('Tehran', 'province')).toMatchObject({ kind: 'province', province: null });
  });

  it('finds a place by any spelling the gazetteer knows', () => {
    expect(lookupPlace('Orumieh')?.name).toBe('Urmia');
    expect(lookupPlace('زاهدان')?.name).toBe('Zahedan');
  });

  it('returns null for a name it does not know', () => {
    expect(lookupPlace('Atlantis')).toBeNull();
  });
});

describe('placeWithin()', () => {
  it('places a city in its province and in Iran', () => {
    expect(placeWithin('Sanandaj', 'Kurdistan')).toBe(true);
    expect(placeWithin('Zahedan', 'Sistan and Baluchestan')).toBe(true);
    expect(placeWithin('Sanandaj', 'Iran')).toBe(true);
  });

  it('places a province in Iran and a prison in its city', () => {
    expect(placeWithin('Khuzestan', 'Iran')).toBe(true);
    expect(placeWithin('Evin Prison', 'Tehran')).toBe(true);
  });

  it('keeps places apart that are not inside one another', () => {
    expect(placeWithin('Mashhad', 'Tehran')).toBe(false);
    expect(placeWithin('Baghdad', 'Iran')).toBe(false);
    expect(placeWithin('Iran', 'Mashhad')).toBe(false);
  });
});
