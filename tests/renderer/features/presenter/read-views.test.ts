import { describe, expect, it } from 'vitest';
import { readViews } from '../../../../renderer/features/presenter/read-views';
import { formatProjectProblem } from '../../../../data/project';
import { initialLayersState } from '../../../../renderer/features/explorer/state/layers-slice';
import { initialViewState } from '../../../../renderer/features/explorer/state/view-slice';

describe('readViews', () => {
  it('reads a saved view back as it was written', () => {
    const saved = { id: 'v1', title: 'Armoede', caption: 'per wijk', notes: 'n', view: { ...initialViewState, level: 'wijk', indicator: 'x', period: 2024 }, layers: initialLayersState, camera: { center: [3.26, 50.82], zoom: 12.5 }, scenarioId: 's1', highlighted: ['a'] };
    const { views, problems } = readViews([JSON.parse(JSON.stringify(saved))], 'p.wijkzicht');
    expect(problems).toEqual([]);
    const { basemap: _basemap, ...layers } = initialLayersState;
    expect(views[0]).toEqual({ ...saved, layers: { ...layers } });
  });

  it('names the file, the path and a fix for a broken camera or view', () => {
    const { views, problems } = readViews([{ id: 'v1', title: 'A', camera: { center: [300, 50], zoom: 3 }, view: { level: 'wijk', indicator: 'x', period: 2024, measure: 'rate' } }, { id: 'v2', title: 'B', camera: { center: [3, 50], zoom: 3 }, view: { level: 'wijk', measure: 'pie' } }], 'p.wijkzicht');
    expect(views).toEqual([]);
    expect(problems.map((p) => p.path)).toEqual(['views[0].camera', 'views[1].view']);
    expect(problems[0]!.message).toMatch(/^p\.wijkzicht: views\[0\]\.camera must be/);
    expect(formatProjectProblem(problems[0]!, 'nl')).toBe('p.wijkzicht: views[0].camera moet { center: [lengtegraad, breedtegraad], zoom } zijn; bewaar het beeld opnieuw vanuit de app');
    expect(formatProjectProblem(problems[1]!, 'nl')).toMatch(/^p\.wijkzicht: views\[1\]\.view heeft level, .* nodig; bewaar het beeld opnieuw/);
    expect(formatProjectProblem(problems[1]!, 'en')).toMatch(/needs level, .*; save the view again from the app$/);
  });
});
