import { describe, expect, it } from 'vitest';
import { initialLayersState } from '../../../renderer/state/layers-slice';
import { addView, deleteView, editView, initialStoryState, moveView, nextView, previousView, startPresenting, stopPresenting, type SavedView, type StoryState } from '../../../renderer/state/story-slice';
import { initialViewState } from '../../../renderer/state/view-slice';

const view = (id: string): SavedView => ({ id, title: id.toUpperCase(), caption: '', notes: '', view: initialViewState, layers: initialLayersState, camera: { center: [3.26, 50.82], zoom: 12 }, scenarioId: null, highlighted: [] });
const story = (): StoryState => [view('a'), view('b'), view('c')].reduce((s, v) => addView(v)(s), initialStoryState);

describe('story updaters', () => {
  it('adds, edits, reorders and deletes views', () => {
    let s = story();
    expect(() => addView(view('a'))(s)).toThrow(/exists/);
    s = editView('b', { title: '  Armoede  ', caption: 'per wijk', notes: 'begin hier' })(s);
    expect(s.views[1]).toMatchObject({ title: 'Armoede', caption: 'per wijk', notes: 'begin hier' });
    expect(editView('b', { title: ' ' })(s).views[1]!.title).toBe('Armoede');
    s = moveView('c', -1)(s);
    expect(s.views.map((v) => v.id)).toEqual(['a', 'c', 'b']);
    expect(moveView('a', -1)(s)).toBe(s);
    expect(deleteView('c')(s).views.map((v) => v.id)).toEqual(['a', 'b']);
  });

  it('presents: forward and back within the story, stop; deleting the last view stops', () => {
    let s = startPresenting()(story());
    expect(s.presenting).toBe(0);
    s = nextView(nextView(nextView(s)));
    expect(s.presenting).toBe(2);
    s = previousView(s);
    expect(s.presenting).toBe(1);
    expect(stopPresenting(s).presenting).toBeNull();
    expect(startPresenting()(initialStoryState).presenting).toBeNull();
    const one = startPresenting()(addView(view('x'))(initialStoryState));
    expect(deleteView('x')(one).presenting).toBeNull();
  });
});
