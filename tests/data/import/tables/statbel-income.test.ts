import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ProblemList } from '../../../../data/problems';
import { guessTableMapping } from '../../../../data/import/tables/guess-table-mapping';
import { readTableFile } from '../../../../data/import/tables/read-table-file';
import { suggestIndicatorDefinition } from '../../../../data/import/tables/suggest-indicator-definition';
import { toLongIndicators } from '../../../../data/import/tables/to-long-indicators';
import { SHARED_DIR } from '../../../helpers/shared-data';

/** Statbel's fiscal income per municipality 2005–2013: one pipe-separated text file in a zip. */
const ZIP = path.join(SHARED_DIR, 'data', 'raw', 'statbel', 'TF_PSNL_INC_TAX_MUNTY.zip');
const present = existsSync(ZIP);
if (!present) console.warn(`[wijkzicht tests] ${ZIP} is absent: the Statbel income import test is SKIPPED. Put the shared data beside the project to run it.`);

describe.skipIf(!present)('Statbel fiscal income per municipality (shared data)', () => {
  it('reads the inner text file, guesses the mapping and yields the right values', async () => {
    const entries = unzipSync(new Uint8Array(readFileSync(ZIP)));
    const [inner, bytes] = Object.entries(entries).find(([name]) => !name.endsWith('/'))!;
    const problems = new ProblemList();
    const table = await readTableFile({ name: `TF_PSNL_INC_TAX_MUNTY.zip/${inner}`, bytes }, {}, problems);
    expect(problems.items).toEqual([]);
    expect(table).not.toBeNull();
    expect(table!.detected).toEqual({ format: 'csv', delimiter: '|', decimal: '.', thousands: null, encoding: 'utf-8', bom: true, lineEnding: 'crlf' });
    expect(table!.rows.length).toBeGreaterThan(5000);
    expect(table!.header[0]).toBe('CD_YEAR');
    // Dutch and French names with curly apostrophes survive.
    expect(table!.rows[0]).toContain('Arrondissement d’Anvers');

    const guess = guessTableMapping(table!);
    expect(guess.mapping.codeColumn).toBe('CD_MUNTY_REFNIS');
    expect(guess.mapping.period).toEqual({ column: 'CD_YEAR' });
    expect(guess.mapping.layout.kind).toBe('wide');
    const columns = guess.mapping.layout.kind === 'wide' ? guess.mapping.layout.indicatorColumns : [];
    expect(columns.length).toBeGreaterThan(20);
    expect(columns.every((c) => c.startsWith('MS_'))).toBe(true);
    expect(columns).toContain('MS_NBR_NON_ZERO_INC');
    expect(columns).not.toContain('CD_DSTR_REFNIS');

    const rows = toLongIndicators(table!, guess.mapping, problems);
    expect(problems.items).toEqual([]);
    const aartselaar = rows.find((r) => r.code === '11001' && r.period === 2005 && r.indicator === 'MS_NBR_NON_ZERO_INC');
    expect(aartselaar).toMatchObject({ value: 8065, suppressed: false, row: 2 });
    expect(rows.find((r) => r.code === '11001' && r.period === 2005 && r.indicator === 'MS_TOT_NET_TAXABLE_INC')!.value).toBe(260615502.8);
    // Codes stay text: the Flemish region's 02000 keeps its zero in the raw table.
    expect(table!.rows[0]![table!.header.indexOf('CD_RGN_REFNIS')]).toBe('02000');

    const definition = suggestIndicatorDefinition('MS_TOT_NET_TAXABLE_INC', rows.filter((r) => r.indicator === 'MS_TOT_NET_TAXABLE_INC').map((r) => r.value));
    expect(definition).toMatchObject({ id: 'ms_tot_net_taxable_inc', kind: 'amount', unit: 'EUR' });
  });
});
