import { describe, expect, it } from 'vitest';
import { initialLayersState } from '../../../../../renderer/features/explorer/state/layers-slice';
import { parsePresentationMessage } from '../../../../../electron/shared/presentation-messages';
import {
  addView,
  applyPresenterCommand,
  deleteView,
  editView,
  goToView,
  initialStoryState,
  loadViews,
  moveView,
  nextView,
  previousView,
  selectPresentationSnapshot,
  setThumbnail,
  startPresenting,
  stopPresenting,
  type SavedView,
  type StoryState,
} from '../../../../../renderer/features/presenter/state/story-slice';
import { initialViewState } from '../../../../../renderer/features/explorer/state/view-slice';

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

describe('presenter console: commands and the snapshot it is sent', () => {
  const withWords = (): StoryState =>
    setThumbnail('b', 'data:image/jpeg;base64,AAAA')(editView('a', { caption: 'Armoede', notes: 'Begin hier' })(story()));

  it('applies every console command as the keyboard would', () => {
    const s = startPresenting(0, { layout: 'two-windows', startedAt: 1_000 })(story());
    expect(s).toMatchObject({ presenting: 0, layout: 'two-windows', startedAt: 1_000 });
    expect(applyPresenterCommand({ kind: 'next' })(s).presenting).toBe(1);
    expect(applyPresenterCommand({ kind: 'previous' })(s).presenting).toBe(0);
    expect(applyPresenterCommand({ kind: 'go', index: 2 })(s).presenting).toBe(2);
    expect(applyPresenterCommand({ kind: 'go', index: 99 })(s).presenting).toBe(2);
    expect(applyPresenterCommand({ kind: 'toggle-notes' })(s).showNotes).toBe(true);
    expect(applyPresenterCommand({ kind: 'hello' })(s)).toBe(s);
    const stopped = applyPresenterCommand({ kind: 'stop' })(s);
    expect(stopped).toMatchObject({ presenting: null, layout: 'one-window', startedAt: null });
    // Not presenting: going somewhere does not start a presentation.
    expect(goToView(1)(stopped).presenting).toBeNull();
  });

  it('snapshots the current and next view with their words and thumbnails; the last view has no next', () => {
    expect(selectPresentationSnapshot(withWords(), 'nl')).toBeNull();
    const first = selectPresentationSnapshot(startPresenting(0, { startedAt: 5 })(withWords()), 'en')!;
    expect(first).toEqual({
      index: 0,
      total: 3,
      current: { title: 'A', caption: 'Armoede', notes: 'Begin hier', thumbnail: null },
      next: { title: 'B', caption: '', notes: '', thumbnail: 'data:image/jpeg;base64,AAAA' },
      startedAt: 5,
      language: 'en',
      highContrast: false,
    });
    // What the audience window publishes is what the console accepts.
    expect(parsePresentationMessage({ type: 'state', state: first })).toEqual({ type: 'state', state: first });
    const last = selectPresentationSnapshot(startPresenting(2)(withWords()), 'nl')!;
    expect(last.next).toBeNull();
    expect(parsePresentationMessage({ type: 'state', state: last }).type).toBe('state');
  });

  it('keeps thumbnails only for views that exist, and drops them with their view or a new story', () => {
    const s = withWords();
    expect(setThumbnail('zz', 'data:image/png;base64,')(s)).toBe(s);
    expect(deleteView('b')(s).thumbnails).toEqual({});
    expect(loadViews([view('x')])(s).thumbnails).toEqual({});
  });
});
