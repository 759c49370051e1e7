import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeMunicipality } from '../../../../data/geography';
import { buildImportOntoMunicipality } from '../../../../data/import/build-import-onto-municipality';
import type { InputFile } from '../../../../data/import/input-file';
import { tableReaderWithBudget } from '../../../../data/import/node/read-table-with-budget';
import { readImportInputs } from '../../../../data/import/read-import-inputs';
import { describeProblem } from '../../../../data/problems';
import { PROJECT_ROOT } from '../../../helpers/shared-data';

const HANGING = new URL('./hanging-thread.ts', import.meta.url);
const roeselare = decodeMunicipality(readFileSync(path.join(PROJECT_ROOT, 'assets', 'geography', '36015.json.gz')));
const csv = (name: string, lines: readonly string[]): InputFile => ({ name, bytes: new TextEncoder().encode(`${lines.join('\r\n')}\r\n`) });
const figures = () => csv('sectoren.csv', ['sector;jaar;leefloongerechtigden', ...roeselare.sectors.map((s, i) => `${s.code};2024;${10 + i}`)]);
const teamsTable = (name: string) => csv(name, ['wijk;team', ...roeselare.wijken.map((w, i) => `${w.code};${i % 2 === 0 ? 'Oost' : 'West'}`)]);

describe('organisation tables read with the time budget (the CLI --teams, --centres, --fte)', () => {
  it('cli-teams-table-that-hangs-a-reader-is-stopped: import-read-timeout naming the teams file (nl, en); the FTE table after it is still read', async () => {
    const fte = csv('vte.csv', ['team;profiel;jaar;vte', 'Oost;Maatschappelijk werker;2024;6,5']);
    const started = Date.now();
    const outcome = await buildImportOntoMunicipality(roeselare, await readImportInputs([figures()]), {
      organisation: { teams: teamsTable('hangt-teams.csv'), fte, readTable: tableReaderWithBudget({ budgetMs: 1_000, threadEntry: HANGING }) },
    });
    expect(Date.now() - started).toBeLessThan(60_000);
    const timeout = outcome.problems.find((p) => p.code === 'import-read-timeout');
    expect(timeout).toEqual({ severity: 'error', code: 'import-read-timeout', file: 'hangt-teams.csv', params: { name: 'hangt-teams.csv', seconds: 1 } });
    expect(describeProblem(timeout!, 'nl').message).toBe('Het lezen van hangt-teams.csv duurde langer dan 1 s en werd gestopt.');
    expect(describeProblem(timeout!, 'en').message).toBe('Reading hangt-teams.csv took longer than 1 s and was stopped.');
    expect(outcome.report.organisation.teams).toEqual([]);
    // The FTE table was read in its own worker (its teams are unknown now, so it names them, not a hang).
    expect(outcome.problems.filter((p) => p.file === 'vte.csv').map((p) => p.code)).toEqual(['org-team-unknown']);
  });

  it('a good teams table read in the worker gives the same teams as read in this thread', async () => {
    const inThread = await buildImportOntoMunicipality(roeselare, await readImportInputs([figures()]), { organisation: { teams: teamsTable('teams.csv') } });
    const inWorker = await buildImportOntoMunicipality(roeselare, await readImportInputs([figures()]), { organisation: { teams: teamsTable('teams.csv'), readTable: tableReaderWithBudget({ budgetMs: 10_000 }) } });
    expect(inWorker.report.organisation).toEqual(inThread.report.organisation);
    expect(inWorker.report.organisation.teams.map((t) => t.name)).toEqual(['Oost', 'West']);
    expect(inWorker.problems).toEqual(inThread.problems);
  });

  it('a teams file named like a boundary is still read as a table in the worker (its format from its content)', async () => {
    const outcome = await buildImportOntoMunicipality(roeselare, await readImportInputs([figures()]), { organisation: { teams: teamsTable('teams.geojson'), readTable: tableReaderWithBudget({ budgetMs: 10_000 }) } });
    expect(outcome.report.organisation.teams.map((t) => t.name)).toEqual(['Oost', 'West']);
  });
});
