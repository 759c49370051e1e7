import { useAppState, useI18n, useServices } from './app-context';
import { inSlice, type AppState } from './app-state';
import { setPanel } from './ui-slice';
import { ChartsPanel } from '../features/explorer/charts/ChartsPanel';
import { DetailPanel } from '../features/explorer/detail/DetailPanel';
import { LayersPanel } from '../features/explorer/layers/LayersPanel';
import { OrganisePanel } from '../features/organise/OrganisePanel';
import { PlannerPanel } from '../features/planner/PlannerPanel';
import { StoryPanel } from '../features/presenter/StoryPanel';
import { ensurePlannerRun } from '../features/planner/planner-commands';
import { mapShown } from '../features/explorer/commands/map-follows-view';
import { BusyMark, PanelBoundary, untilState, useBusy, withBusy } from '../shared/ui';
import type { Services } from './services';

const selectPanel = (s: AppState) => s.ui.panel;
const TABS = [
  { id: 'charts', label: 'tabCharts' },
  { id: 'detail', label: 'tabDetail' },
  { id: 'layers', label: 'tabLayers' },
  { id: 'planner', label: 'tabPlanner' },
  { id: 'story', label: 'tabStory' },
  { id: 'organise', label: 'tabOrganise' },
] as const;
/** How a tab's panel is named when it stops (its boundary's notice). */
const PANEL_NAMES = { charts: 'panelNameCharts', detail: 'panelNameDetail', layers: 'panelNameLayers', planner: 'panelNamePlanner', story: 'panelNameStory', organise: 'panelNameOrganise' } as const;

/** Opening the planner: its base-level run and the staffing map it shows (the tab is busy meanwhile). */
async function plannerOpened(services: Services): Promise<void> {
  await ensurePlannerRun(services);
  await untilState(services.store, (s) => !s.plannerRun.computing);
  await mapShown(services);
}

/** The right-hand panel with tabs: charts, the selected area, layers. Keyboard: arrow keys move between tabs. */
export function SidePanel() {
  const services = useServices();
  const { t } = useI18n();
  const panel = useAppState(selectPanel);
  const plannerBusy = useBusy('tab-planner').busy;
  const select = (id: (typeof TABS)[number]['id']) => {
    const opening = id === 'planner' && panel !== 'planner';
    services.store.update(inSlice('ui', setPanel(id)));
    if (opening) void withBusy(services.store, 'tab-planner', () => plannerOpened(services));
  };
  return (
    <aside className="side-right" aria-label={t('sidePanelLabel')}>
      <div role="tablist" className="tabs" aria-label={t('sidePanelLabel')}>
        {TABS.map((tab, i) => (
          <button
            key={tab.id}
            type="button"
            role="tab"
            id={`tab-${tab.id}`}
            aria-selected={panel === tab.id}
            aria-controls={`tabpanel-${tab.id}`}
            tabIndex={panel === tab.id ? 0 : -1}
            data-testid={`tab-${tab.id}`}
            aria-busy={tab.id === 'planner' ? plannerBusy : undefined}
            onClick={() => select(tab.id)}
            onKeyDown={(e) => {
              if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
              const next = TABS[(i + (e.key === 'ArrowRight' ? 1 : TABS.length - 1)) % TABS.length]!;
              select(next.id);
              document.getElementById(`tab-${next.id}`)?.focus();
            }}
          >
            {t(tab.label)}
            {tab.id === 'planner' && <BusyMark id="tab-planner" />}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`tabpanel-${panel}`} aria-labelledby={`tab-${panel}`} className="tabpanel">
        <PanelBoundary key={panel} name={PANEL_NAMES[panel]}>
          {panel === 'charts' && <ChartsPanel />}
          {panel === 'detail' && <DetailPanel />}
          {panel === 'layers' && <LayersPanel />}
          {panel === 'planner' && <PlannerPanel />}
          {panel === 'story' && <StoryPanel />}
          {panel === 'organise' && <OrganisePanel />}
        </PanelBoundary>
      </div>
    </aside>
  );
}
