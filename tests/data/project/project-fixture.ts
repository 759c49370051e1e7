import type { ProjectFile } from '../../../data/project';

/** A project with every kind of member, shared by the project-file and serialize-project tests. */

export const HASH = 'a'.repeat(64);
export const FILE = 'kortrijk.wijkzicht';

export interface Scenario {
  id: string;
  name: string;
  teams: { team: string; fte: number }[];
  note?: string;
}

export const PROJECT: ProjectFile<Scenario> = {
  schema: 'wijkzicht-project',
  version: 1,
  savedAt: '2025-03-01T09:30:00.000Z',
  package: { path: '/data/kortrijk', name: 'kortrijk', contentHash: HASH },
  scenarios: [
    { id: 's1', name: 'Huidige situatie', teams: [{ team: 'Noord', fte: 3.5 }, { team: 'Zuid', fte: -0.5 }] },
    { id: 's2', name: 'Extra team "Heule"', teams: [], note: 'ünïcödé ✓\nline two' },
  ],
  activeScenarioId: 's2',
  views: [{ id: 'v1', title: 'Armoede per wijk' }],
  settings: { language: 'nl', basemap: 'osm', panel: { open: true, width: 320 } },
};
