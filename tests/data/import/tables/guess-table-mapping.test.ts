import { describe, expect, it } from 'vitest';
import { guessTableMapping, headerWords } from '../../../../data/import/tables/guess-table-mapping';
import { read, readText } from '../../formats/table/helpers';

async function guessOf(nameOrText: string, text?: string) {
  const { table } = text === undefined ? await read(nameOrText) : await readText(nameOrText, text);
  return guessTableMapping(table!);
}

describe('guessTableMapping', () => {
  it('guesses a wide Belgian table: sector codes, jaar, the numeric columns', async () => {
    const guess = await guessOf('belgian-wide.csv');
    expect(guess.mapping).toEqual({ codeColumn: 'sector', period: { column: 'jaar' }, layout: { kind: 'wide', indicatorColumns: ['leefloon', 'gemiddeld inkomen', 'aandeel 65+ (%)'] } });
    expect(guess.numericColumns).toEqual(['leefloon', 'gemiddeld inkomen', 'aandeel 65+ (%)']);
    expect(guess.confidence.code).toBeGreaterThan(0.9);
    expect(guess.confidence.period).toBe(1);
    expect(guess.confidence.layout).toBeGreaterThan(0.5);
  });

  it('guesses a long table by its indicator and value columns', async () => {
    const guess = await guessOf('long.csv');
    expect(guess.mapping).toEqual({ codeColumn: 'area_code', period: { column: 'period' }, layout: { kind: 'long', indicatorColumn: 'indicator', valueColumn: 'value' } });
    expect(guess.confidence.layout).toBe(0.9);
  });

  it('guesses a long table by structure: a text column that varies within an area, one numeric column; names are not indicators', async () => {
    const guess = await guessOf(
      'cijfers.csv',
      'wijk;naam;soort;totaal\n34022W01;Noord;leefloon;5\n34022W01;Noord;hulpvragen;40\n34022W02;Zuid;leefloon;7\n34022W02;Zuid;hulpvragen;12\n34022W03;Heule;leefloon;2\n34022W03;Heule;hulpvragen;9\n',
    );
    expect(guess.mapping.codeColumn).toBe('wijk');
    expect(guess.mapping.layout).toEqual({ kind: 'long', indicatorColumn: 'soort', valueColumn: 'totaal' });
    expect(guess.confidence.layout).toBe(0.6);
  });

  it('guesses US-style NIS codes and year; leaves identifier columns out of the indicators', async () => {
    const us = await guessOf('us.csv');
    expect(us.mapping).toEqual({ codeColumn: 'code', period: { column: 'year' }, layout: { kind: 'wide', indicatorColumns: ['clients', 'income'] } });
    const statbel = await guessOf('pipe.txt');
    expect(statbel.mapping).toEqual({ codeColumn: 'CD_REFNIS', period: { column: 'CD_YEAR' }, layout: { kind: 'wide', indicatorColumns: ['MS_POPULATION'] } });
    const ids = await guessOf('ids.csv', 'nis;postcode;client_id;inwoners\n34022;8500;17;76500\n34002;8570;18;12000\n34003;8530;19;11500\n');
    expect(ids.mapping.layout).toEqual({ kind: 'wide', indicatorColumns: ['inwoners'] });
  });

  it('prefers the code column over a numeric measure of five digits', async () => {
    const guess = await guessOf('gemeenten.csv', 'inwoners;gemeente_nis;jaar\n76500;34022;2024\n12000;34002;2024\n11500;34003;2024\n');
    expect(guess.mapping.codeColumn).toBe('gemeente_nis');
    expect(guess.mapping.layout).toEqual({ kind: 'wide', indicatorColumns: ['inwoners'] });
  });

  it('takes the period from the file name, or last year with zero confidence, when no column holds years', async () => {
    const named = await guessOf('leefloon_2022.csv', 'wijk;leefloon\n34022W01;5\n34022W02;7\n');
    expect(named.mapping.period).toEqual({ value: 2022 });
    expect(named.confidence.period).toBe(0.3);
    const unnamed = await guessOf('leefloon.csv', 'wijk;leefloon\n34022W01;5\n34022W02;7\n');
    expect(unnamed.mapping.period).toEqual({ value: new Date().getFullYear() - 1 });
    expect(unnamed.confidence.period).toBe(0);
  });

  it('falls back to the first text column with low confidence when nothing looks like a code', async () => {
    const guess = await guessOf('vrij.csv', 'waarde;omschrijving\n5;Noord\n7;Zuid\n');
    expect(guess.mapping.codeColumn).toBe('omschrijving');
    expect(guess.confidence.code).toBe(0.1);
  });
});

describe('headerWords', () => {
  it('splits headers into words', () => {
    expect(headerWords('CD_MUNTY_REFNIS')).toEqual(['cd', 'munty', 'refnis']);
    expect(headerWords('areaCode')).toEqual(['area', 'code']);
    expect(headerWords('Aantal cliënten (%)')).toEqual(['aantal', 'clienten']);
  });
});
