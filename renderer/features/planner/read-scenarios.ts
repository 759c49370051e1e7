import type { ProjectProblem } from '../../../data/project';
import { MAX_TEAM_FTE, MAX_TOTAL_FTE, RADIUS_KM } from './number-entry';
import { emptyScenario, type AddedCentre, type Scenario } from './state/scenario-slice';

const METHODS = new Set(['sainte-lague', 'dhondt', 'hamilton']);
type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
/** A text in English and Dutch (problems are shown in the UI's language). */
interface Words {
  readonly en: string;
  readonly nl: string;
}
const TWO_NUMBERS: Words = { en: 'give the position as two numbers', nl: 'geef de positie als twee getallen' };

/**
 * The planner's scenarios from a project file's `scenarios` (already checked for `id` and `name`): every
 * field a scenario may have is checked, fields left out get today's default, and each wrong value is a
 * problem with its JSON path — so a hand-edited file can never reach the engine with, say, a text as FTE or
 * 1e308 FTE (each team 0…MAX_TEAM_FTE, the total and the teams together at most MAX_TOTAL_FTE, radii
 * RADIUS_KM, territory changes an object of area code → team id, with the problem also in Dutch).
 *
 * @example
 * readScenarios([{ id: 's1', name: 'A', teamFte: { noord: 'veel' } }], 'plan.wijkzicht').problems[0].path
 * // 'scenarios[0].teamFte.noord'
 */
export function readScenarios(raw: readonly unknown[], fileName: string): { scenarios: Scenario[]; problems: ProjectProblem[] } {
  const problems: ProjectProblem[] = [];
  const problem = (path: string, what: Words, fix: Words) =>
    problems.push({ path, message: `${fileName}: ${path} ${what.en}`, fix: fix.en, messageNl: `${fileName}: ${path} ${what.nl}`, fixNl: fix.nl });
  const scenarios = raw.map((value, i): Scenario => {
    const at = `scenarios[${i}]`;
    const s = isObject(value) ? value : {};
    const out: { -readonly [K in keyof Scenario]: Scenario[K] } = { ...emptyScenario(String(s.id ?? `s${i + 1}`), String(s.name ?? '')) };
    const number = (key: 'totalFte' | 'minimum' | 'maxChange', min: number, max: number) => {
      const v = s[key];
      if (v === undefined || v === null) return;
      if (!isNumber(v) || v < min || v > max) problem(`${at}.${key}`, { en: `must be a number from ${min} to ${max} or null, got ${JSON.stringify(v)}`, nl: `moet een getal van ${min} tot ${max} of null zijn, niet ${JSON.stringify(v)}` }, { en: 'correct the number or remove the field', nl: 'verbeter het getal of verwijder het veld' });
      else out[key] = v;
    };
    number('totalFte', 0, MAX_TOTAL_FTE);
    number('minimum', 0, MAX_TEAM_FTE);
    number('maxChange', 0, MAX_TEAM_FTE);
    if (s.method !== undefined) {
      if (typeof s.method === 'string' && METHODS.has(s.method)) out.method = s.method as Scenario['method'];
      else problem(`${at}.method`, { en: `must be one of ${[...METHODS].join(', ')}, got ${JSON.stringify(s.method)}`, nl: `moet een van ${[...METHODS].join(', ')} zijn, niet ${JSON.stringify(s.method)}` }, { en: 'choose one of these methods', nl: 'kies een van deze methoden' });
    }
    const record = (key: 'teamFte' | 'radii', min: number, max: number) => {
      const v = s[key];
      if (v === undefined) return;
      if (!isObject(v)) return void problem(`${at}.${key}`, { en: 'must be an object of numbers', nl: 'moet een object van getallen zijn' }, { en: 'write it as { "team": number, … }', nl: 'schrijf het als { "team": getal, … }' });
      const kept: Record<string, number> = {};
      for (const [k, n] of Object.entries(v)) {
        if (!isNumber(n) || n < min || n > max) problem(`${at}.${key}.${k}`, { en: `must be a number from ${min} to ${max}, got ${JSON.stringify(n)}`, nl: `moet een getal van ${min} tot ${max} zijn, niet ${JSON.stringify(n)}` }, { en: 'correct the number', nl: 'verbeter het getal' });
        else kept[k] = n;
      }
      out[key] = kept;
    };
    record('teamFte', 0, MAX_TEAM_FTE);
    record('radii', RADIUS_KM.min * 1000, RADIUS_KM.max * 1000);
    const teamSum = Object.values(out.teamFte).reduce((a, b) => a + b, 0);
    if (teamSum > MAX_TOTAL_FTE) problem(`${at}.teamFte`, { en: `adds up to ${teamSum} FTE, more than ${MAX_TOTAL_FTE}`, nl: `telt op tot ${teamSum} VTE, meer dan ${MAX_TOTAL_FTE}` }, { en: 'correct the FTE of the teams', nl: 'verbeter de VTE van de teams' });
    if (s.renamed !== undefined) {
      if (isObject(s.renamed) && Object.values(s.renamed).every((n) => typeof n === 'string' && n.trim() !== '')) out.renamed = s.renamed as Record<string, string>;
      else problem(`${at}.renamed`, { en: 'must be an object of centre id → name (texts)', nl: 'moet een object van locatie-id → naam (teksten) zijn' }, { en: 'write it as { "centre id": "name" }', nl: 'schrijf het als { "locatie-id": "naam" }' });
    }
    if (s.handEdited !== undefined && typeof s.handEdited !== 'boolean') problem(`${at}.handEdited`, { en: 'must be true or false', nl: 'moet true of false zijn' }, { en: 'write true or false, or remove the field', nl: 'schrijf true of false, of verwijder het veld' });
    // A file from before handEdited existed: FTE it sets count as set by hand (never overwritten unasked).
    out.handEdited = typeof s.handEdited === 'boolean' ? s.handEdited : Object.keys(out.teamFte).length > 0;
    if (s.territory !== undefined) {
      // Area code → team id (texts); which areas and teams exist is the package's business, checked when planned.
      const territory: Record<string, string> = {};
      if (!isObject(s.territory))
        problem(
          `${at}.territory`,
          { en: 'must be an object of area code → team id (texts)', nl: 'moet een object zijn van gebiedscode → team-id (teksten)' },
          { en: 'write it as { "area code": "team id" }, or remove the field to keep today\'s territories', nl: 'schrijf het als { "gebiedscode": "team-id" }, of verwijder het veld om de huidige gebieden te houden' },
        );
      else
        for (const [code, team] of Object.entries(s.territory)) {
          if (code.trim() !== '' && typeof team === 'string' && team.trim() !== '') territory[code] = team;
          else
            problem(
              `${at}.territory.${code}`,
              { en: `must be a team id (a text), got ${JSON.stringify(team)}`, nl: `moet een team-id zijn (een tekst), maar is ${JSON.stringify(team)}` },
              { en: 'give the id of the team the area goes to, or remove the line', nl: 'geef de id van het team waar het gebied naartoe gaat, of verwijder de regel' },
            );
        }
      out.territory = territory;
    }
    if (s.closed !== undefined) {
      if (Array.isArray(s.closed) && s.closed.every((c) => typeof c === 'string')) out.closed = s.closed;
      else problem(`${at}.closed`, { en: 'must be a list of centre ids (texts)', nl: 'moet een lijst van locatie-id’s (teksten) zijn' }, { en: 'list the ids of the closed centres', nl: 'som de id’s van de gesloten locaties op' });
    }
    if (s.moved !== undefined) {
      const moved: Record<string, readonly [number, number]> = {};
      if (!isObject(s.moved)) problem(`${at}.moved`, { en: 'must be an object of [lon, lat] pairs', nl: 'moet een object van [lon, lat]-paren zijn' }, { en: 'write it as { "centre id": [lon, lat] }', nl: 'schrijf het als { "locatie-id": [lon, lat] }' });
      else
        for (const [id, p] of Object.entries(s.moved)) {
          if (Array.isArray(p) && p.length === 2 && isNumber(p[0]) && isNumber(p[1]) && Math.abs(p[0]) <= 180 && Math.abs(p[1]) <= 90) moved[id] = [p[0], p[1]];
          else problem(`${at}.moved.${id}`, { en: `must be [longitude, latitude] in degrees, got ${JSON.stringify(p)}`, nl: `moet [lengtegraad, breedtegraad] in graden zijn, niet ${JSON.stringify(p)}` }, TWO_NUMBERS);
        }
      out.moved = moved;
    }
    if (s.added !== undefined) {
      const added: AddedCentre[] = [];
      if (!Array.isArray(s.added)) problem(`${at}.added`, { en: 'must be a list of centres', nl: 'moet een lijst van locaties zijn' }, { en: 'write it as [{ "id", "name", "team", "lon", "lat" }, …]', nl: 'schrijf het als [{ "id", "name", "team", "lon", "lat" }, …]' });
      else
        s.added.forEach((c, j) => {
          const p = `${at}.added[${j}]`;
          if (!isObject(c) || typeof c.id !== 'string' || typeof c.name !== 'string') return void problem(p, { en: 'must have an id and a name (texts)', nl: 'moet een id en een naam (teksten) hebben' }, { en: 'give the centre an id and a name', nl: 'geef de locatie een id en een naam' });
          if (!isNumber(c.lon) || !isNumber(c.lat) || Math.abs(c.lon) > 180 || Math.abs(c.lat) > 90) return void problem(p, { en: `needs lon and lat in degrees, got ${JSON.stringify([c.lon, c.lat])}`, nl: `heeft lon en lat in graden nodig, niet ${JSON.stringify([c.lon, c.lat])}` }, TWO_NUMBERS);
          if (added.some((a) => a.id === c.id)) return void problem(`${p}.id`, { en: `repeats the id ${JSON.stringify(c.id)}`, nl: `herhaalt de id ${JSON.stringify(c.id)}` }, { en: 'give each added centre its own id', nl: 'geef elke toegevoegde locatie een eigen id' });
          added.push({ id: c.id, name: c.name, team: typeof c.team === 'string' ? c.team : null, lon: c.lon, lat: c.lat });
        });
      out.added = added;
    }
    return out;
  });
  return { scenarios, problems };
}
