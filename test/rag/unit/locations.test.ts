import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { PROJECT_ROOT } from '../../../src/config/config.js';
import { Gazetteer, loadGazetteer, type Place, type Region } from '../../../src/rag/extract/locations.js';

let gazetteer: Gazetteer;
beforeAll(() => {
  gazetteer = loadGazetteer(path.join(PROJECT_ROOT, 'data/taxonomy/locations.yaml'));
});

describe('Gazetteer.parse', () => {
  test('splits "London, UK; Remote (UK)" into an office place and a remote place', () => {
    expect(gazetteer.parse('London, UK; Remote (UK)')).toEqual<Place[]>([
      { raw: 'London, UK', city: 'London', country: 'United Kingdom', region: 'europe', remote: false },
      { raw: 'Remote (UK)', city: null, country: 'United Kingdom', region: 'europe', remote: true },
    ]);
  });

  test('alternatives inside parentheses stay with their qualifier: one remote place per country', () => {
    expect(gazetteer.parse('Remote (US or Canada)')).toEqual<Place[]>([
      {
        raw: 'Remote (US or Canada)',
        city: null,
        country: 'United States',
        region: 'north-america',
        remote: true,
      },
      { raw: 'Remote (US or Canada)', city: null, country: 'Canada', region: 'north-america', remote: true },
    ]);
    const tz = gazetteer.parse('Remote (Canada — Pacific or Mountain time); Vancouver, BC');
    expect(tz.map((p) => [p.city, p.country, p.remote])).toEqual([
      [null, 'Canada', true],
      ['Vancouver', 'Canada', false],
    ]);
  });

  test.each([
    ['Remote (Spain); optional desk in Barcelona', 'Barcelona', 'Spain'],
    ['Remote (Latin America); HQ in Mexico City', 'Mexico City', 'Mexico'],
  ])('a city in running text still places "%s"', (line, city, country) => {
    expect(gazetteer.parse(line).at(-1)).toMatchObject({ city, country, remote: false });
  });

  test.each([
    ['San Francisco, CA', 'San Francisco', 'United States'],
    ['Hartford, CT', 'Hartford', 'United States'],
    ['Springfield, IL', null, 'United States'],
    ['Toronto, ON', 'Toronto', 'Canada'],
    ['Berlin, DE', 'Berlin', 'Germany'],
    ['Denver, CO', 'Denver', 'United States'],
    ['DE', null, 'Germany'],
    ['Remote (IL)', null, 'Israel'],
  ])(
    'two capitals after a city are its state or province, alone a country code: %s',
    (line, city, country) => {
      expect(gazetteer.parse(line)).toEqual([expect.objectContaining({ city, country })]);
    },
  );

  test.each<[string, string[]]>([
    ['Remote (Nordics)', ['Denmark', 'Sweden', 'Norway', 'Finland', 'Iceland']],
    ['Remote (Scandinavia)', ['Denmark', 'Sweden', 'Norway', 'Finland', 'Iceland']],
    ['Remote (DACH region)', ['Germany', 'Austria', 'Switzerland']],
    ['Remote (Baltic states)', ['Estonia', 'Latvia', 'Lithuania']],
    ['Remote (GCC)', ['United Arab Emirates', 'Saudi Arabia', 'Qatar', 'Kuwait', 'Bahrain', 'Oman']],
  ])('a remote scope naming a group of countries is a remote place in each: %s', (line, countries) => {
    expect(gazetteer.parse(line)).toEqual(
      countries.map((country) => expect.objectContaining({ city: null, country, remote: true })),
    );
  });

  test.each<[string, Region[]]>([
    ['Remote (Americas time zones)', ['north-america', 'latin-america']],
    ['Remote (Americas, UTC-3 to UTC-8)', ['north-america', 'latin-america']],
    ['Remote (EU only)', ['europe']],
    ['Remote (Latin America, UTC-3 to UTC-6)', ['latin-america']],
  ])('a remote scope naming a region or a group of regions: %s', (line, regions) => {
    expect(gazetteer.parse(line)).toEqual(
      regions.map((region) => expect.objectContaining({ country: null, region, remote: true })),
    );
  });

  test.each<[string, string, string]>([
    ['Bangalore, India', 'Bengaluru', 'India'],
    ['Krakow, Poland', 'Kraków', 'Poland'],
    ['München, Germany', 'Munich', 'Germany'],
    ['Lisboa, Portugal (hybrid)', 'Lisbon', 'Portugal'],
    ['Sao Paulo, SP, Brazil', 'São Paulo', 'Brazil'],
    ['Ciudad de México, CDMX, Mexico', 'Mexico City', 'Mexico'],
    ['Kraków, Poland', 'Kraków', 'Poland'],
    ['Montréal, QC, Canada', 'Montréal', 'Canada'],
  ])('a city however spelt is its canonical city: %s', (line, city, country) => {
    expect(gazetteer.parse(line)).toEqual([expect.objectContaining({ city, country })]);
  });

  test('a city named twice in two spellings is one mention, by its canonical name', () => {
    expect(gazetteer.cityMentions('bangalore or bengaluru, and cdmx')).toEqual([
      { city: 'mexico city', written: 'cdmx', country: 'Mexico' },
      { city: 'bengaluru', written: 'bengaluru', country: 'India' },
    ]);
  });

  test('a group names its members by name or alias, and an unknown member is refused', () => {
    expect(gazetteer.group('the americas')?.regions).toEqual(['north-america', 'latin-america']);
    expect(gazetteer.group('Scandinavia')?.group).toBe('Nordics');
    expect(gazetteer.group('europe')).toBeUndefined();
    expect(
      () => new Gazetteer([], [{ group: 'X', aliases: [], countries: ['Atlantis'], regions: [] }]),
    ).toThrow(/unknown country Atlantis/);
  });

  test('reads a region from "Remote (EU time zones)" without a country', () => {
    expect(gazetteer.parse('Remote (EU time zones)')).toEqual<Place[]>([
      { raw: 'Remote (EU time zones)', city: null, country: null, region: 'europe', remote: true },
    ]);
  });

  test.each<[string, string, string, Region]>([
    ['Berlin', 'Berlin', 'Germany', 'europe'],
    ['São Paulo, Brazil', 'São Paulo', 'Brazil', 'latin-america'],
    ['New York, NY', 'New York', 'United States', 'north-america'],
  ])('resolves %j to the city %j in %s', (location, city, country, region) => {
    expect(gazetteer.parse(location)).toEqual<Place[]>([
      { raw: location, city, country, region, remote: false },
    ]);
  });

  test('splits alternatives joined by " or "', () => {
    expect(gazetteer.parse('Toronto, Canada or Remote (Canada)').map((p) => p.raw)).toEqual([
      'Toronto, Canada',
      'Remote (Canada)',
    ]);
  });

  test('leaves an unknown place without city, country or region', () => {
    expect(gazetteer.parse('Mars Base One')).toEqual<Place[]>([
      { raw: 'Mars Base One', city: null, country: null, region: null, remote: false },
    ]);
  });
});

describe('Gazetteer.country', () => {
  test('finds a country by alias, ignoring case and surrounding spaces', () => {
    expect(gazetteer.country(' Deutschland ')?.country).toBe('Germany');
  });

  test('returns undefined for an unknown name', () => {
    expect(gazetteer.country('Atlantis')).toBeUndefined();
  });
});
