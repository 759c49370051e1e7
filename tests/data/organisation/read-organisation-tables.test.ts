import { describe, expect, it } from 'vitest';
import { readCentresTable, readFteTable, readTerritoryTable, territoryContextOf, type OrganisationTeam } from '../../../data/organisation';
import { createMemorySource, readPackage } from '../../../data/package';
import { describeProblem, ProblemList } from '../../../data/problems';
import { belgianCsv, builtIn, builtInFiles } from './helpers';

const roeselare = async () => (await readPackage(createMemorySource('Roeselare', builtInFiles('36015')))).pkg!;
const codesOf = (problems: ProblemList) => problems.items.map((p) => `${p.severity}:${p.code}@${p.row ?? '-'}:${p.field ?? '-'}`);

describe('readTerritoryTable', () => {
  it('gives a wijk all its sectors, lets a sector row win over its wijk, and makes teams from names', async () => {
    const pkg = await roeselare();
    const { table } = belgianCsv('teams.csv', ['gebiedscode;Wijkteam', '36015W04;Centrum', '36015w08;Centrum', '36015W11;Rumbeke', '36015A072;Rumbeke', '36015W04;Centrum']);
    const problems = new ProblemList();
    const result = readTerritoryTable(table, territoryContextOf(pkg, []), problems)!;
    expect(result.teams.map((t) => t.id)).toEqual(['centrum', 'rumbeke']);
    const centrumWijk = territoryContextOf(pkg, []).membersOf.get('36015W04')!;
    for (const s of centrumWijk) expect(result.territory.get(s)).toBe('centrum');
    // 36015A072 lies in Krottegem (W08, given to Centrum) but its own row gives it to Rumbeke.
    expect(result.territory.get('36015A072')).toBe('rumbeke');
    expect(codesOf(problems)).toEqual([]); // a repeated wijk row adds nothing and says nothing
  });

  it('names the row and the column of an unknown code, an empty cell and a sector given to two teams', async () => {
    const pkg = await roeselare();
    const { table } = belgianCsv('teams.csv', ['code;team', '36015A001;Noord', '99999X99;Noord', '36015A01-;', '36015A001;Zuid', '36015A001;Noord']);
    const problems = new ProblemList();
    readTerritoryTable(table, territoryContextOf(pkg, []), problems);
    expect(codesOf(problems)).toEqual(['error:org-area-unknown@3:code', 'error:org-value-missing@4:team', 'error:org-area-twice@5:team', 'warning:org-row-duplicate@6:-']);
    const twice = describeProblem(problems.items[2]!, 'nl');
    expect(twice.location).toBe('teams.csv, rij 5, veld team');
    expect(twice.message).toContain('36015A001');
    expect(twice.message).toContain('rij 2');
  });

  it('says which column is missing and what it may be called', async () => {
    const { table } = belgianCsv('teams.csv', ['sector;omschrijving', '36015A001;x']);
    const problems = new ProblemList();
    expect(readTerritoryTable(table, territoryContextOf(await roeselare(), []), problems)).toBeNull();
    expect(describeProblem(problems.items[0]!, 'nl').message).toMatch(/geen kolom voor het team/);
    expect(describeProblem(problems.items[0]!, 'en').fix).toMatch(/team, team_id/);
  });
});

const teams: OrganisationTeam[] = [
  { id: 'noord', name: 'Noord', colour: null },
  { id: 'zuid', name: 'Zuid', colour: null },
];

describe('readCentresTable', () => {
  const geo = builtIn('36015');
  const context = { municipality: 'Roeselare', outline: geo.outline, teams, takenIds: [] };

  it('reads longitude/latitude with a decimal comma and Lambert 72 X/Y, in any column order', () => {
    const degrees = belgianCsv('locaties.csv', ['Naam;Adres;Breedte;Lengte;Team', 'Sociaal Huis;Zuidstraat 1;50,9465;3,1240;Noord']);
    const problems = new ProblemList();
    const [centre] = readCentresTable(degrees.table, context, problems)!;
    expect(centre).toMatchObject({ id: 'sociaal_huis', name: 'Sociaal Huis', teamId: 'noord', address: 'Zuidstraat 1', lon: 3.124, lat: 50.9465 });
    // The same place in Lambert 72 (by PROJ: gdaltransform -s_srs EPSG:4326 -t_srs EPSG:31370, PROJ 9), with thousands dots.
    const metres = belgianCsv('locaties-lambert.csv', ['team;naam;x;y', 'zuid;OCMW Zuid;62.527,4;182.533,9']);
    const [lambert] = readCentresTable(metres.table, context, problems)!;
    expect(lambert!.teamId).toBe('zuid');
    expect(lambert!.lon).toBeCloseTo(3.124, 5);
    expect(lambert!.lat).toBeCloseTo(50.9465, 5);
    expect(lambert!.locationQuality).toBe('from EPSG:31370');
    expect(codesOf(problems)).toEqual([]);
  });

  it('reads Lambert 2008 and warns, naming it, about a location outside the municipality', () => {
    // The same place in Lambert 2008 (gdaltransform … EPSG:3812) and one point in Kortrijk, outside Roeselare.
    const { table } = belgianCsv('l08.csv', ['naam;x;y;team', 'Antenne;562526,3;682523,8;Noord']);
    const problems = new ProblemList();
    const [c] = readCentresTable(table, context, problems)!;
    expect(c!.lon).toBeCloseTo(3.124, 5);
    expect(c!.lat).toBeCloseTo(50.9465, 5);
    const outside = belgianCsv('buiten.csv', ['naam;lon;lat', 'Kantoor Kortrijk;3,2665;50,8271']);
    const [k] = readCentresTable(outside.table, context, problems)!;
    expect(k!.name).toBe('Kantoor Kortrijk');
    expect(codesOf(problems)).toEqual(['warning:org-location-outside@2:lon']);
    expect(describeProblem(problems.items[0]!, 'nl').message).toMatch(/Kantoor Kortrijk ligt buiten Roeselare, ongeveer \d+ m van de grens/);
  });

  it('refuses a bad coordinate, an unknown team and positions in no Belgian system, by row and column', () => {
    const problems = new ProblemList();
    const { table } = belgianCsv('bad.csv', ['naam;lon;lat;team', 'A;drie;50,9;Noord', 'B;3,12;50,94;Oost']);
    expect(readCentresTable(table, context, problems)).toEqual([]);
    expect(codesOf(problems)).toEqual(['error:org-coordinate-invalid@2:lon', 'error:org-team-unknown@3:team']);
    const far = belgianCsv('far.csv', ['naam;x;y', 'X;1000000;2000000']);
    const p2 = new ProblemList();
    expect(readCentresTable(far.table, context, p2)).toBeNull();
    expect(codesOf(p2)).toEqual(['error:org-coordinates-system@2:-']);
  });
});

describe('readFteTable', () => {
  it('reads Dutch headers in any order, decimal commas and profile names', () => {
    const { table } = belgianCsv('vte.csv', ['Jaar;VTE;Team;Profiel', '2024;14,5;Noord;Maatschappelijk werker', '2024;2;zuid;Onthaal', '2024;14,5;Noord;Maatschappelijk werker']);
    const problems = new ProblemList();
    expect(readFteTable(table, teams, problems)).toEqual([
      { teamId: 'noord', profile: 'maatschappelijk_werker', period: 2024, fte: 14.5 },
      { teamId: 'zuid', profile: 'onthaal', period: 2024, fte: 2 },
    ]);
    expect(codesOf(problems)).toEqual(['warning:org-row-duplicate@4:-']);
  });

  it('refuses FTE out of 0–10,000, a wrong year and a conflicting repeat, by row and column', () => {
    const { table } = belgianCsv('vte.csv', ['team;profiel;periode;fte', 'Noord;mw;2024;1000000', 'Noord;mw;24;3', 'Zuid;mw;2024;3', 'Zuid;mw;2024;4', 'Noord;mw;2024;-1']);
    const problems = new ProblemList();
    expect(readFteTable(table, teams, problems)).toHaveLength(1);
    expect(codesOf(problems)).toEqual(['error:org-fte-invalid@2:fte', 'error:org-period-invalid@3:periode', 'error:org-row-conflict@5:fte', 'error:org-fte-invalid@6:fte']);
    expect(describeProblem(problems.items[0]!, 'nl').message).toContain('1000000');
  });
});
