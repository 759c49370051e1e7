import { useMemo } from 'react';
import { assignPointsToPolygons } from '../../../../geo/geometry';
import { useAppState, useI18n, useServices } from '../../../app/app-context';
import { inSlice, type AppState } from '../../../app/app-state';
import { setPlannerBrushLevel, setPlannerBrushTeam, setPlannerTool } from '../../../app/ui-slice';
import { levelLabel } from '../../../shared/i18n/i18n';
import { assignLevelsOf } from '../../organise/state/organise-model';
import { NO_TEAM_COLOUR } from '../../../map/team-colours';
import { teamColoursOf } from '../../explorer/layers/overlay-data';
import { selectPackage } from '../../explorer/state/selectors';
import { scenarioTerritory } from '../plan-scenario';
import type { PlannerModel } from '../planner-model';
import { setScenarioTerritory } from '../state/scenario-slice';
import { TerritoryProposal } from './TerritoryProposal';

const selectTool = (s: AppState) => s.ui.plannerTool;
const selectBrush = (s: AppState) => s.ui.plannerBrushTeam;
const selectBrushLevel = (s: AppState) => s.ui.plannerBrushLevel;
const selectRun = (s: AppState) => s.plannerRun.run;
/** Changes listed by name; more are counted. */
const LISTED = 8;

/**
 * *Gebieden*: the active scenario's territory changes. The area brush on the planner map (a team to give
 * areas to, click or drag), how many areas changed and which, a reset to today's territories (undoable,
 * as every edit), notes where a change hides a caseload or leaves a location outside its team, and
 * *Gebieden voorstellen*.
 */
export function Territories({ model }: { model: PlannerModel }) {
  const services = useServices();
  const { t, language } = useI18n();
  const tool = useAppState(selectTool);
  const brushLevel = useAppState(selectBrushLevel);
  const brush = useAppState(selectBrush);
  const run = useAppState(selectRun);
  const pkg = useAppState(selectPackage);
  const colours = useMemo(() => (pkg ? teamColoursOf(pkg) : new Map<string, string>()), [pkg]);
  const teams = run?.input.teams ?? [];
  const nameOf = (id: string | null) => teams.find((x) => x.id === id)?.name ?? '–';
  const changes = useMemo(() => (run ? [...scenarioTerritory(run, model.scenario)] : []), [run, model.scenario]);
  const areaName = useMemo(() => new Map(run?.input.areas.map((a) => [a.code, { name: a.name, team: a.team }] as const) ?? []), [run]);
  const hides = run ? [...model.planned.dossiersSuppressed].some((id) => !run.dossiersSuppressed.has(id)) : false;
  const outside = useMemo(() => {
    if (!pkg || changes.length === 0) return [];
    const base = pkg.levels.find((l) => l.level === pkg.baseLevel)!.areas;
    const centres = model.planned.input.centres;
    const at = assignPointsToPolygons(centres.map((c) => ({ id: c.id, position: c.position })), base, (f) => f.properties.code);
    const teamOf = new Map(model.planned.input.areas.map((a) => [a.code, a.team] as const));
    const todayOf = new Map(run?.input.areas.map((a) => [a.code, a.team] as const) ?? []);
    // Only locations the scenario's changes put outside their team (some stand outside it today already).
    return centres.filter((c) => c.team !== null && at.has(c.id) && teamOf.get(at.get(c.id)!) !== c.team && todayOf.get(at.get(c.id)!) === c.team);
  }, [pkg, run, model.planned, changes.length]);
  if (!run) return null;
  const brushTeam = brush !== null && teams.some((x) => x.id === brush) ? brush : null;
  const toggle = () => {
    if (tool === 'assign-areas') return services.store.update(inSlice('ui', setPlannerTool('none')));
    services.store.update(inSlice('ui', (s) => setPlannerTool('assign-areas')(setPlannerBrushTeam(brushTeam ?? teams[0]?.id ?? null)(s))));
  };
  return (
    <div className="planner-territories" data-testid="planner-territories">
      <h3 className="detail-heading">{t('terrTitle')}</h3>
      <p className="hint">{t('terrIntro')}</p>
      <div className="planner-bar">
        <button type="button" data-testid="planner-territory-assign" aria-pressed={tool === 'assign-areas'} onClick={toggle}>
          {t('terrAssign')}
        </button>
      </div>
      {tool === 'assign-areas' && (
        <fieldset className="planner-territory-brush">
          <legend>{t('terrBrushTeam')}</legend>
          {teams.map((team) => (
            <label key={team.id} className="planner-check">
              <input type="radio" name="planner-brush" data-testid={`planner-brush-${team.id}`} checked={brushTeam === team.id} onChange={() => services.store.update(inSlice('ui', setPlannerBrushTeam(team.id)))} />
              <span className="swatch" style={{ background: colours.get(team.id) ?? NO_TEAM_COLOUR }} aria-hidden="true" /> {team.name}
            </label>
          ))}
          {pkg && assignLevelsOf(pkg).length > 1 && (
            <label className="planner-check">
              {t('terrBrushLevel')}{' '}
              <select data-testid="planner-brush-level" value={brushLevel ?? pkg.baseLevel} onChange={(e) => services.store.update(inSlice('ui', setPlannerBrushLevel(e.target.value === pkg.baseLevel ? null : e.target.value)))}>
                {assignLevelsOf(pkg).map((level) => (
                  <option key={level} value={level}>
                    {levelLabel(language, level)}
                  </option>
                ))}
              </select>
            </label>
          )}
          <p role="status">{t('terrAssigning', { team: nameOf(brushTeam) })}</p>
        </fieldset>
      )}
      <p data-testid="planner-territory-changed" data-count={changes.length}>
        {changes.length === 0 ? t('terrNoneChanged') : t('terrChanged', { count: changes.length })}{' '}
        {changes.length > 0 && (
          <button type="button" className="link" data-testid="planner-territory-reset" onClick={() => services.store.update(inSlice('scenarios', setScenarioTerritory({})))}>
            {t('terrReset')}
          </button>
        )}
      </p>
      {changes.length > 0 && (
        <ul className="planner-territory-changes">
          {changes.slice(0, LISTED).map(([code, to]) => (
            <li key={code} data-testid="planner-territory-change" data-code={code}>
              {t('terrChange', { area: areaName.get(code)?.name ?? code, from: nameOf(areaName.get(code)?.team ?? null), to: nameOf(to) })}
            </li>
          ))}
          {changes.length > LISTED && <li>{t('terrMore', { count: changes.length - LISTED })}</li>}
        </ul>
      )}
      {(changes.length > 0 || tool === 'assign-areas') && (
        <p className="hint" data-testid="planner-territory-map-note">
          {t('terrMapNote')}
        </p>
      )}
      {hides && <p className="hint">{t('terrHidden')}</p>}
      {outside.map((c) => (
        <p key={c.id} className="hint" data-testid="planner-territory-centre-outside">
          {t('terrCentreOutside', { centre: c.name })}
        </p>
      ))}
      <TerritoryProposal model={model} />
    </div>
  );
}
