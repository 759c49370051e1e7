import { useEffect, useRef } from 'react';
import { useAppState, useI18n, useServices } from '../../app/app-context';
import { useMapController } from '../../map/map-controller-context';
import { inSlice, type AppState } from '../../app/app-state';
import { addCentre, moveCentre, redo, undo } from './state/scenario-slice';
import { setPlannerTool } from '../../app/ui-slice';
import { setMeasure, setStaffing } from '../explorer/state/view-slice';
import { ensurePlannerRun } from './planner-commands';
import { usePlannerModel } from './components/use-planner-model';
import { missingForPlanner } from './planner-readiness';

const selectPanel = (s: AppState) => s.ui.panel;
const selectTool = (s: AppState) => s.ui.plannerTool;
const selectPackage = (s: AppState) => s.pkg.current;

/** Is the key meant for a text field (where Ctrl+Z undoes typing)? */
const typing = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || target.tagName === 'TEXTAREA' || (target.tagName === 'INPUT' && !['range', 'checkbox', 'radio', 'button'].includes((target as HTMLInputElement).type)));

/**
 * Keeps the map in step with the planner: while its tab is open the map shows the staffing of the team
 * territories (caseload per FTE) with the active scenario's FTE and centres, a click adds a centre when the
 * add tool is on, and centres can be dragged. Also the planner's keyboard shortcuts: Ctrl+Z, Ctrl+Y /
 * Ctrl+Shift+Z, Esc (stop adding). Renders nothing.
 */
export function PlannerMapSync() {
  const services = useServices();
  const controller = useMapController();
  const { t } = useI18n();
  const panel = useAppState(selectPanel);
  const tool = useAppState(selectTool);
  const pkg = useAppState(selectPackage);
  const model = usePlannerModel();
  const planning = panel === 'planner';
  const counter = useRef(0);

  // Opening the planner shows the staffing map (caseload per social-worker FTE) and starts its analysis.
  useEffect(() => {
    if (!planning) return;
    // Without teams, territories and FTE there is nothing to plan (the panel says so): the map stays as it is.
    const current = services.store.getState().pkg.current;
    if (current && missingForPlanner(current).length > 0) return;
    void ensurePlannerRun(services);
    if (services.store.getState().view.measure !== 'staffing') {
      services.store.update(inSlice('view', (v) => setStaffing({ metric: 'caseload-per-fte', profiles: [] })(setMeasure('staffing')(v))));
    }
  }, [planning, services]);

  // The staffing map follows the scenario's FTE by itself (explorer/commands/map-follows-view.ts).

  // Centres: the scenario's while planning, else the package's.
  useEffect(() => {
    if (!controller || !pkg) return;
    if (planning && model) {
      controller.setCentres(model.planned.input.centres.map((c) => ({ id: c.id, name: c.name, teamId: c.team, lon: c.position[0], lat: c.position[1] })));
    } else controller.setCentres(pkg.centres);
  }, [controller, pkg, planning, model]);

  useEffect(() => {
    if (!controller) return;
    if (!planning || !model) {
      controller.setCentreEditing(null);
      return;
    }
    const run = model.planned;
    controller.setCentreEditing({
      adding: tool === 'add-centre',
      onAdd: (lon, lat) => {
        // The new centre belongs to the team of the nearest area.
        let best: { team: string | null; d: number } = { team: null, d: Infinity };
        for (const a of run.input.areas) {
          const d = (a.position[0] - lon) ** 2 + (a.position[1] - lat) ** 2;
          if (d < best.d) best = { team: a.team, d };
        }
        const taken = new Set(model.scenario.added.map((c) => c.id));
        do counter.current++;
        while (taken.has(`added-${counter.current}`));
        const n = model.scenario.added.length + 1;
        services.store.update(inSlice('scenarios', addCentre({ id: `added-${counter.current}`, name: t('plannerNewLocation', { n }), team: best.team, lon, lat })));
        services.store.update(inSlice('ui', setPlannerTool('none')));
      },
      onMove: (id, lon, lat) => services.store.update(inSlice('scenarios', moveCentre(id, lon, lat))),
    });
  }, [controller, planning, model, tool, services, t]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && services.store.getState().ui.plannerTool !== 'none') {
        services.store.update(inSlice('ui', setPlannerTool('none')));
        return;
      }
      if (!(e.ctrlKey || e.metaKey) || typing(e.target)) return;
      const key = e.key.toLowerCase();
      if (key === 'z' && !e.shiftKey) services.store.update(inSlice('scenarios', undo));
      else if (key === 'y' || (key === 'z' && e.shiftKey)) services.store.update(inSlice('scenarios', redo));
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [services]);

  return null;
}
