import { describe, expect, it } from 'vitest';
import { initialLayersState } from '../../../../../renderer/features/explorer/state/layers-slice';
import { parsePresentationMessage } from '../../../../../electron/shared/presentation-messages';
import {
  addView,
  applyPresenterCommand,
  atEndSlide,
  hiddenViewCount,
  presentedView,
  setStoryPackage,
  storyViews,
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

  it('presents: forward and back within the story, then the end slide after the last view; stop; deleting the last view stops', () => {
    let s = startPresenting()(story());
    expect(s.presenting).toBe(0);
    s = nextView(nextView(s));
    expect(s.presenting).toBe(2);
    expect(atEndSlide(s)).toBe(false);
    s = nextView(nextView(s));
    expect(s.presenting).toBe(3);
    expect(atEndSlide(s)).toBe(true);
    expect(presentedView(s)).toBeNull();
    s = previousView(previousView(s));
    expect(s.presenting).toBe(1);
    expect(presentedView(s)?.id).toBe('b');
    expect(startPresenting(99)(story()).presenting).toBe(2);
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
    expect(applyPresenterCommand({ kind: 'go', index: 99 })(s).presenting).toBe(3);
    expect(applyPresenterCommand({ kind: 'toggle-notes' })(s).showNotes).toBe(true);
    expect(applyPresenterCommand({ kind: 'hello' })(s)).toBe(s);
    const stopped = applyPresenterCommand({ kind: 'stop' })(s);
    expect(stopped).toMatchObject({ presenting: null, layout: 'one-window', startedAt: null });
    // Not presenting: going somewhere does not start a presentation.
    expect(goToView(1)(stopped).presenting).toBeNull();
  });

  it('snapshots the current and next view with their words and thumbnails; after the last view the end slide, then nothing', () => {
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
    const end = { title: 'Einde', caption: 'Kortrijk', notes: '', thumbnail: null };
    const last = selectPresentationSnapshot(startPresenting(2)(withWords()), 'nl', end)!;
    expect(last.next).toEqual(end);
    expect(parsePresentationMessage({ type: 'state', state: last }).type).toBe('state');
    const atEnd = selectPresentationSnapshot(nextView(startPresenting(2)(withWords())), 'nl', end)!;
    expect(atEnd).toMatchObject({ index: 3, total: 3, current: end, next: null });
    expect(parsePresentationMessage({ type: 'state', state: atEnd }).type).toBe('state');
  });

  it('keeps thumbnails only for views that exist, and drops them with their view or a new story', () => {
    const s = withWords();
    expect(setThumbnail('zz', 'data:image/png;base64,')(s)).toBe(s);
    expect(deleteView('b')(s).thumbnails).toEqual({});
    expect(loadViews([view('x')])(s).thumbnails).toEqual({});
  });
});

describe('story views belong to their package', () => {
  const owned = (id: string, packageKey: string): SavedView => ({ ...view(id), packageKey });
  const mixed = (): StoryState => [owned('k1', 'kortrijk|34022'), owned('d1', 'demostad|'), view('legacy'), owned('k2', 'kortrijk|34022')].reduce((s, v) => addView(v)(s), initialStoryState);

  it('lists only the open package views (and legacy views without a package); the others are hidden, not deleted', () => {
    const k = setStoryPackage('kortrijk|34022')(mixed());
    expect(storyViews(k).map((v) => v.id)).toEqual(['k1', 'legacy', 'k2']);
    expect(hiddenViewCount(k)).toBe(1);
    const d = setStoryPackage('demostad|')(k);
    expect(storyViews(d).map((v) => v.id)).toEqual(['d1', 'legacy']);
    expect(d.views).toHaveLength(4);
  });

  it('presents and moves among the open package views only; opening another package stops the presentation', () => {
    let s = startPresenting()(setStoryPackage('kortrijk|34022')(mixed()));
    s = nextView(nextView(s));
    expect(presentedView(s)?.id).toBe('k2');
    expect(atEndSlide(nextView(s))).toBe(true);
    expect(setStoryPackage('demostad|')(s).presenting).toBeNull();
    // k2 moves up past the hidden Demostad view, next to legacy.
    const moved = moveView('k2', -1)(s);
    expect(moved.views.map((v) => v.id)).toEqual(['k1', 'd1', 'k2', 'legacy']);
    expect(startPresenting()(setStoryPackage('elders|')(initialStoryState)).presenting).toBeNull();
  });
});
