import { useState } from 'react';
import type { LocationModel } from '../../../../geo/location-allocation';
import { useAppState, useI18n, useServices } from '../../../app/app-context';
import { inSlice, type AppState } from '../../../app/app-state';
import { setPlannerTool } from '../../../app/ui-slice';
import { acceptSites, proposeSites } from '../planner-commands';
import type { PlannerModel } from '../planner-model';
import { closeCentre, reopenCentre, type AddedCentre } from '../state/scenario-slice';

const selectTool = (s: AppState) => s.ui.plannerTool;
const NO_CENTRES: readonly { readonly id: string; readonly name: string }[] = [];
const selectBaseCentres = (s: AppState) => s.plannerRun.run?.input.centres ?? NO_CENTRES;

/** The scenario's locations: add one on the map, close or reopen the package's, and the best new sites. */
export function Locations({ model }: { model: PlannerModel }) {
  const services = useServices();
  const { t } = useI18n();
  const tool = useAppState(selectTool);
  return (
    <div className="planner-locations" data-testid="planner-locations">
      <h3 className="detail-heading">{t('plannerLocations')}</h3>
      <div className="planner-bar">
        <button
          type="button"
          data-testid="planner-add-location"
          aria-pressed={tool === 'add-centre'}
          onClick={() => services.store.update(inSlice('ui', setPlannerTool(tool === 'add-centre' ? 'none' : 'add-centre')))}
        >
          {t('plannerAddLocation')}
        </button>
      </div>
      {tool === 'add-centre' && <p role="status">{t('plannerAddingLocation')}</p>}
      <p className="hint">{t('plannerDragHint')}</p>
      <CentreList model={model} />
      <BestSites />
    </div>
  );
}

/** The package's centres (open, moved or closed in the scenario) and the scenario's added ones. */
function CentreList({ model }: { model: PlannerModel }) {
  const services = useServices();
  const { t } = useI18n();
  const centres = useAppState(selectBaseCentres);
  const update = services.store.update;
  const s = model.scenario;
  return (
    <ul className="planner-centres">
      {centres.map((c) => {
        const isClosed = s.closed.includes(c.id);
        return (
          <li key={c.id} data-testid="planner-centre" data-id={c.id} data-state={isClosed ? 'closed' : s.moved[c.id] ? 'moved' : 'open'}>
            {c.name}
            {isClosed && <em> · {t('plannerClosed')}</em>}
            {s.moved[c.id] && <em> · {t('plannerMoved')}</em>}{' '}
            <button type="button" className="link" onClick={() => update(inSlice('scenarios', isClosed ? reopenCentre(c.id) : closeCentre(c.id)))}>
              {isClosed ? t('plannerReopen') : t('plannerClose')}
            </button>
          </li>
        );
      })}
      {s.added.map((c) => (
        <li key={c.id} data-testid="planner-centre" data-id={c.id} data-state="added">
          {c.name} <em>· {t('plannerAdded')}</em>{' '}
          <button type="button" className="link" onClick={() => update(inSlice('scenarios', closeCentre(c.id)))}>
            {t('plannerClose')}
          </button>
        </li>
      ))}
    </ul>
  );
}

/** The best `k` new sites (MCLP or p-median), proposed and then accepted into the scenario. */
function BestSites() {
  const services = useServices();
  const { t } = useI18n();
  const [k, setK] = useState(1);
  const [siteModel, setSiteModel] = useState<LocationModel>('mclp');
  const [proposal, setProposal] = useState<AddedCentre[] | null>(null);
  return (
    <>
      <div className="planner-bar">
        <label>
          {t('plannerBestSites')} · {t('plannerBestSitesK')}{' '}
          <input type="number" data-testid="planner-best-k" min={1} max={5} value={k} onChange={(e) => setK(Math.min(5, Math.max(1, Number(e.target.value) || 1)))} />
        </label>
        <label>
          <span className="sr-only">{t('plannerBestSitesModel')}</span>
          <select data-testid="planner-best-model" aria-label={t('plannerBestSitesModel')} value={siteModel} onChange={(e) => setSiteModel(e.target.value as LocationModel)}>
            <option value="mclp">{t('plannerModelMclp')}</option>
            <option value="p-median">{t('plannerModelPMedian')}</option>
          </select>
        </label>
        <button type="button" data-testid="planner-best-find" onClick={() => setProposal(proposeSites(services, k, (area) => t('plannerBestSiteName', { area }), siteModel))}>
          {t('plannerBestSitesFind')}
        </button>
      </div>
      {proposal && proposal.length > 0 && (
        <div className="planner-proposal" data-testid="planner-proposal">
          <ul>
            {proposal.map((p) => (
              <li key={p.id}>{p.name}</li>
            ))}
          </ul>
          <button
            type="button"
            data-testid="planner-best-accept"
            onClick={() => {
              acceptSites(services, proposal);
              setProposal(null);
            }}
          >
            {t('plannerBestSitesAccept')}
          </button>
        </div>
      )}
      {proposal && proposal.length === 0 && <p>–</p>}
    </>
  );
}
