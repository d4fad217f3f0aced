import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { PROJECT_ROOT } from '../../../src/config/config.js';
import {
  type Gazetteer,
  loadGazetteer,
  type Place,
  type Region,
} from '../../../src/rag/extract/locations.js';

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

  test('"Remote (Nordics)" is a European remote place', () => {
    expect(gazetteer.parse('Remote (Nordics)')).toEqual<Place[]>([
      { raw: 'Remote (Nordics)', city: null, country: null, region: 'europe', remote: true },
    ]);
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
