import { useState } from 'react';
import type { LocationModel } from '../../../../geo/location-allocation';
import { useAppState, useI18n, useServices } from '../../../app/app-context';
import { inSlice, type AppState } from '../../../app/app-state';
import { setPlannerTool } from '../../../app/ui-slice';
import { acceptSites, proposeSites } from '../planner-commands';
import type { PlannerModel } from '../planner-model';
import { SITES_BOUNDS } from '../number-entry';
import { closeCentre, renameCentre, reopenCentre, type AddedCentre } from '../state/scenario-slice';
import { setLayerVisible } from '../../explorer/state/layers-slice';
import { NumberField } from './NumberField';

const selectTool = (s: AppState) => s.ui.plannerTool;
const selectRingsShown = (s: AppState) => s.layers.visible.rings;
const NO_CENTRES: readonly { readonly id: string; readonly name: string }[] = [];
const selectBaseCentres = (s: AppState) => s.plannerRun.run?.input.centres ?? NO_CENTRES;

/** The scenario's locations: add one on the map, rename, close or reopen them, their rings, and the best new sites. */
export function Locations({ model }: { model: PlannerModel }) {
  const services = useServices();
  const { t } = useI18n();
  const tool = useAppState(selectTool);
  const ringsShown = useAppState(selectRingsShown);
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
        <label className="planner-check">
          <input type="checkbox" data-testid="planner-show-rings" checked={ringsShown} onChange={(e) => services.store.update(inSlice('layers', setLayerVisible('rings', e.target.checked)))} /> {t('plannerShowRings')}
        </label>
      </div>
      {tool === 'add-centre' && <p role="status">{t('plannerAddingLocation')}</p>}
      <p className="hint">{t('plannerDragHint')}</p>
      <CentreList model={model} />
      <BestSites />
    </div>
  );
}

/** The package's centres (open, moved or closed in the scenario, renamable) and the scenario's added ones (renamable). */
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
        const name = s.renamed[c.id] ?? c.name;
        return (
          <li key={c.id} data-testid="planner-centre" data-id={c.id} data-state={isClosed ? 'closed' : s.moved[c.id] ? 'moved' : 'open'} data-name={name}>
            <CentreName id={c.id} name={name} packageName={c.name} />
            {isClosed && <em> · {t('plannerClosed')}</em>}
            {s.moved[c.id] && <em> · {t('plannerMoved')}</em>}
            {s.renamed[c.id] && <em title={c.name}> · {t('plannerRenamed')}</em>}{' '}
            <button type="button" className="link" onClick={() => update(inSlice('scenarios', isClosed ? reopenCentre(c.id) : closeCentre(c.id)))}>
              {isClosed ? t('plannerReopen') : t('plannerClose')}
            </button>
          </li>
        );
      })}
      {s.added.map((c) => (
        <li key={c.id} data-testid="planner-centre" data-id={c.id} data-state="added" data-name={c.name}>
          <CentreName id={c.id} name={c.name} />
          <em> · {t('plannerAdded')}</em>{' '}
          <button type="button" className="link" onClick={() => update(inSlice('scenarios', closeCentre(c.id)))}>
            {t('plannerClose')}
          </button>
        </li>
      ))}
    </ul>
  );
}

/** A centre's name in the scenario, edited in place (taken on Enter or when leaving the field; empty: unchanged). */
function CentreName({ id, name, packageName }: { id: string; name: string; packageName?: string }) {
  const services = useServices();
  const { t } = useI18n();
  const commit = (input: HTMLInputElement) => {
    if (input.value.trim() === '') input.value = name;
    else services.store.update(inSlice('scenarios', renameCentre(id, input.value, packageName)));
  };
  return (
    <input
      key={name}
      className="planner-input planner-centre-name"
      data-testid="planner-centre-name"
      aria-label={t('plannerLocationName', { name })}
      defaultValue={name}
      onBlur={(e) => commit(e.currentTarget)}
      onKeyDown={(e) => {
        if (e.key === 'Enter') commit(e.currentTarget);
        if (e.key === 'Escape') e.currentTarget.value = name;
      }}
    />
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
          <NumberField testId="planner-best-k" label={t('plannerBestSitesK')} value={k} bounds={SITES_BOUNDS} digits={0} onCommit={(v) => {
              setK(v ?? 1);
              return null;
            }}
          />
        </label>
        <label>
          <span className="sr-only">{t('plannerBestSitesModel')}</span>
          <select className="planner-select" data-testid="planner-best-model" aria-label={t('plannerBestSitesModel')} value={siteModel} onChange={(e) => setSiteModel(e.target.value as LocationModel)}>
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
