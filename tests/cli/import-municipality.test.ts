import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeMunicipality } from '../../data/geography';
import { PROJECT_ROOT } from '../helpers/shared-data';
import { CLI_BUNDLE } from '../helpers/cli-bundle';

const run = promisify(execFile);

async function cli(...args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, [CLI_BUNDLE, ...args], { cwd: PROJECT_ROOT, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

/** Genk (71016) from the built-in geography: read here by the test itself, for real codes and populations. */
const genk = decodeMunicipality(readFileSync(path.join(PROJECT_ROOT, 'assets', 'geography', '71016.json.gz')));

/** A Belgian-Excel CSV: `;`, decimal comma, CRLF, Windows-1252 (all our characters are in Latin-1). */
const belgian = (lines: readonly string[]) => Buffer.from(`${lines.join('\r\n')}\r\n`, 'latin1');
const comma = (x: number, decimals: number) => x.toFixed(decimals).replace('.', ',');

/** Three teams by the mean latitude of each wijk's sectors: 11 northern wijken, 10 central, 10 southern. */
function teamOfWijk(): Map<string, string> {
  const lats = new Map<string, number[]>();
  for (const s of genk.sectors) lats.set(s.wijk!, [...(lats.get(s.wijk!) ?? []), s.centroid[1]]);
  const order = [...lats].map(([w, l]) => [w, l.reduce((a, b) => a + b, 0) / l.length] as const).sort((a, b) => b[1] - a[1]);
  return new Map(order.map(([w], i) => [w, i < 11 ? 'Noord' : i < 21 ? 'Centrum' : 'Zuid']));
}

const FTE: Record<string, number> = { Noord: 4.5, Centrum: 7, Zuid: 5 };

describe('wijkzicht import --municipality from files alone (Genk, 71016)', () => {
  const dir = { path: '' };
  const teams = teamOfWijk();
  beforeAll(async () => {
    dir.path = await mkdtemp(path.join(os.tmpdir(), 'wz-genk-'));
    // Figures per sector (never 1–4, so nothing is hidden), a share with a decimal comma, an amount with a thousands dot.
    const figures = genk.sectors.map((s, i) => {
      const leefloon = Math.round(s.population * 0.02) + 5 + (i % 7);
      const clients = Math.round(leefloon * (0.4 + (i % 5) * 0.1)) + 5;
      const dossiers = Math.round(clients * 0.6) + 5;
      return [s.code, '2024', leefloon, clients, dossiers, comma(12 + (i % 9) * 1.5, 1), `${20 + (i % 4)}.${String(100 + i * 7).padStart(3, '0')},5`].join(';');
    });
    await writeFile(path.join(dir.path, 'cijfers-genk.csv'), belgian(['Sectorcode;Jaar;Aantal leefloongerechtigden;Bekende cliënten;Open dossiers;Aandeel 65+ (%);Mediaan inkomen', ...figures]));
    await writeFile(path.join(dir.path, 'teams.csv'), belgian(['Wijkcode;Wijkteam', ...[...teams].map(([w, t]) => `${w};${t}`)]));
    // Lambert 72 X/Y (gdaltransform -s_srs EPSG:4326 -t_srs EPSG:31370) of the Statbel centroids of the
    // most populous sector of each team: 71016B1BB Noord Waterschei, 71016A03- Genk-Centrum - Noord, 71016A20- Kolderbos.
    await writeFile(
      path.join(dir.path, 'locaties.csv'),
      belgian([
        'Naam;Team;Adres;X Lambert72;Y Lambert72',
        'Sociaal Huis Waterschei;Noord;Stalenstraat 1;230752,66;188577,54',
        'Sociaal Huis Genk;Centrum;Stadsplein 1;229918,85;185269,20',
        'Buurtpunt Kolderbos;Zuid;Kolderbos 1;229894,02;183084,83',
      ]),
    );
    await writeFile(
      path.join(dir.path, 'vte.csv'),
      belgian(['Team;Profiel;Jaar;VTE', ...Object.entries(FTE).flatMap(([t, f]) => [`${t};Maatschappelijk werker;2024;${comma(f, 1)}`, `${t};Onthaal;2024;1`])]),
    );
  });

  it('imports, summarises and analyses: caseload per FTE, known clients and reach per team', async () => {
    const out = path.join(dir.path, 'genk-pakket');
    const file = (name: string) => path.join(dir.path, name);
    const imported = await cli(
      'import', file('cijfers-genk.csv'), '--municipality', 'genk', '--out', out,
      '--teams', file('teams.csv'), '--centres', file('locaties.csv'), '--fte', file('vte.csv'),
      '--role', 'need=aantal_leefloongerechtigden', '--role', 'clients=bekende_clienten', '--role', 'caseload=open_dossiers',
    );
    expect(imported.stderr).toBe('');
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain('Municipality Genk (NIS 71016), built-in geography; figures per sector (53 areas)');
    expect(imported.stdout).toContain('delimiter ";", decimal ",", thousands "."');
    expect(imported.stdout).toMatch(/53 code\(s\) matched/);
    expect(imported.stdout).toMatch(/aantal_leefloongerechtigden: "Aantal leefloongerechtigden" \[persons\] count per population, higher_worse, SENSITIVE/);
    expect(imported.stdout).toContain('bekende_clienten: "Bekende cliënten"');
    expect(imported.stdout).toMatch(/Teams +(Noord|Centrum|Zuid) \(\d+ areas\)/);
    expect(imported.stdout).toContain('3 location(s), 6 FTE row(s)');
    expect(imported.stdout).toContain(`Wrote the package to ${out}`);

    const summary = JSON.parse((await cli('summary', '--package', out)).stdout) as { ok: boolean; problems: { errors: number }; basePopulation: { level: string; total: number; period: number } };
    expect(summary.ok).toBe(true);
    expect(summary.problems.errors).toBe(0);
    expect(summary.basePopulation).toMatchObject({ level: 'sector', period: 2024, total: genk.sectors.reduce((s, x) => s + x.population, 0) });
    expect(summary.basePopulation.total).toBe(67855);

    const analysed = await cli('analyse', '--package', out, '--json');
    expect(analysed.code).toBe(0);
    const report = JSON.parse(analysed.stdout) as {
      teams: { id: string; name: string; population: number; currentFte: number; openDossiers: number; caseloadPerFteNow: number; meanDistanceToOwnCentreM: number }[];
      teamReach: { id: string; knownClients: number; reach: number; status: string }[];
      totals: { population: number; knownClients: number };
    };
    expect(report.teams.map((t) => t.name).sort()).toEqual(['Centrum', 'Noord', 'Zuid']);
    expect(report.totals.population).toBe(67855);
    for (const team of report.teams) {
      const sectors = genk.sectors.filter((s) => teams.get(s.wijk!) === team.name);
      expect(team.population).toBe(sectors.reduce((s, x) => s + x.population, 0));
      expect(team.currentFte).toBe(FTE[team.name]);
      expect(team.caseloadPerFteNow).toBeCloseTo(team.openDossiers / team.currentFte, 0);
      expect(team.caseloadPerFteNow).toBeGreaterThan(10);
      expect(team.caseloadPerFteNow).toBeLessThan(200);
      expect(team.meanDistanceToOwnCentreM).toBeLessThan(6000);
      const reach = report.teamReach.find((r) => r.id === team.id)!;
      expect(reach.status).toBe('shown');
      expect(reach.knownClients).toBeGreaterThan(0);
      expect(reach.reach).toBeGreaterThan(0.3);
      expect(reach.reach).toBeLessThan(1.5);
    }
    expect(report.teamReach.reduce((s, r) => s + r.knownClients, 0)).toBe(report.totals.knownClients);

    // One answer at every map level: at the coarsest level (Genk's one deelgemeente, which all three teams
    // share) the team figures are those of the sectors, not of a whole area given to one team.
    const coarse = JSON.parse((await cli('analyse', '--package', out, '--level', 'deelgemeente', '--json')).stdout) as typeof report;
    expect(coarse.teams).toEqual(report.teams);
    expect(coarse.teamReach).toEqual(report.teamReach);

    const text = await cli('analyse', '--package', out);
    expect(text.stdout).toMatch(/known clients +reach/);
  }, 120_000);

  it('says what is missing when the package has no teams, instead of stopping on a zero', async () => {
    const out = path.join(dir.path, 'genk-zonder-teams');
    expect((await cli('import', path.join(dir.path, 'cijfers-genk.csv'), '--municipality', '71016', '--out', out)).code).toBe(0);
    const analysed = await cli('analyse', '--package', out);
    expect(analysed.code).toBe(1);
    expect(analysed.stderr).toContain('The package has no teams');
    expect(analysed.stderr).toContain('--teams teams.csv');
    expect(analysed.stderr).not.toContain('Need-weighted population is zero');
  }, 60_000);

  it('refuses an unknown municipality with the close names, and bad organisation rows with their place', async () => {
    const unknown = await cli('import', path.join(dir.path, 'cijfers-genk.csv'), '--municipality', 'Gnek', '--out', path.join(dir.path, 'x'));
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/Did you mean [^?]*Genk \(71016\)/);
    await writeFile(path.join(dir.path, 'teams-fout.csv'), belgian(['Wijkcode;Wijkteam', '71016W01;Noord', '34022W01;Zuid']));
    const out = path.join(dir.path, 'fout');
    const bad = await cli('import', path.join(dir.path, 'cijfers-genk.csv'), '--municipality', '71016', '--teams', path.join(dir.path, 'teams-fout.csv'), '--role', 'need=bestaat_niet', '--out', out);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/ERROR teams-fout\.csv, row 3, field Wijkcode: Area code 34022W01 is not a sector, wijk or deelgemeente of Genk/);
    expect(bad.stdout).toMatch(/ERROR --role need: .*bestaat_niet/);
    expect(existsSync(out)).toBe(false);
  }, 60_000);
});
