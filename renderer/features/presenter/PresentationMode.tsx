import { useMemo, useRef } from 'react';
import type { SlideSummary } from '../../../electron/shared/presentation-messages';
import { useAppState, useI18n } from '../../app/app-context';
import type { AppState } from '../../app/app-state';
import { atEndSlide, presentedView, storyViews, type SavedView } from './state/story-slice';
import { useConsoleLink, usePresentationLook, usePresenterKeys, useShowCurrentView } from './presentation-effects';
import { useHallScale, useStoryPackage } from './hall-effects';
import { storyTitleOf, storySourceLineOf } from './story-words';

const selectStory = (s: AppState) => s.story;
const selectPackage = (s: AppState) => s.pkg.current;

/**
 * Presentation mode, the audience's screen: the open package's views one by one, full screen, each view's
 * extent fitted to this screen, title, legend, attribution and map labels scaled to it (optionally high
 * contrast), the map moving smoothly between them, and an end slide after the last. No control is shown
 * to the audience: →, space, PageDown (clickers) forward; ←, PageUp back; Esc leaves; N shows the speaker
 * notes (one window); a short key hint and a ring appear while the mouse moves.
 * With a presenter console (two windows), this window is the audience's: it sends the console the state after
 * every change and follows the console's commands; the notes are on the console only.
 */
export function PresentationMode() {
  const { t, language } = useI18n();
  useStoryPackage();
  const story = useAppState(selectStory);
  const pkg = useAppState(selectPackage);
  const presenting = story.presenting !== null;
  const view = presentedView(story) ?? undefined;
  const atEnd = atEndSlide(story);
  const twoWindows = presenting && story.layout === 'two-windows';
  const caption = useRef<HTMLDivElement>(null);
  const title = pkg ? storyTitleOf(pkg, language) : '';
  const source = pkg ? storySourceLineOf(pkg, t, language) : '';
  const end = useMemo<SlideSummary>(() => ({ title: t('presentEnd'), caption: title, notes: '', thumbnail: null }), [t, title]);
  useConsoleLink(story, twoWindows, end);
  usePresentationLook(presenting, story.highContrast);
  const scale = useHallScale(presenting);
  useShowCurrentView(view, caption);
  const { pointer, hint } = usePresenterKeys(presenting);

  if (story.presenting === null || (!view && !atEnd)) return null;
  const total = storyViews(story).length;
  return (
    <>
      {view ? (
        <div ref={caption} className="presentation-caption" data-testid="presentation" data-index={story.presenting} data-layout={story.layout} data-scale={scale} role="region" aria-label={view.title}>
          <h1 data-testid="presentation-title">{view.title}</h1>
          {view.caption && <p>{view.caption}</p>}
        </div>
      ) : (
        <EndSlide index={story.presenting} layout={story.layout} title={title} source={source} />
      )}
      {hint && (
        <p className="presentation-hint" data-testid="presentation-hint">
          {t('presentPosition', { n: Math.min(story.presenting + 1, total), total })} · {t(twoWindows ? 'presentHintConsole' : 'presentHint')}
        </p>
      )}
      {view && story.showNotes && !twoWindows && <PresentationNotes view={view} label={t('presentNotes')} fallback={t('presentNoNotes')} />}
      {pointer && hint && <div className="presentation-pointer" aria-hidden="true" style={{ left: pointer.x, top: pointer.y }} />}
    </>
  );
}

/** After the last view: *Einde*, the story's title and where its figures come from. */
function EndSlide({ index, layout, title, source }: { index: number; layout: string; title: string; source: string }) {
  const { t } = useI18n();
  return (
    <div className="presentation-end" data-testid="presentation" data-end="true" data-index={index} data-layout={layout} role="region" aria-label={t('presentEnd')}>
      <div className="presentation-end-card" data-testid="presentation-end">
        <h1>{t('presentEnd')}</h1>
        {title && <p className="presentation-end-title">{title}</p>}
        {source && <p className="presentation-end-source">{source}</p>}
      </div>
    </div>
  );
}

/** The speaker notes of the view, on the audience's screen (one window only). */
function PresentationNotes({ view, label, fallback }: { view: SavedView; label: string; fallback: string }) {
  return (
    <aside className="presentation-notes" data-testid="presentation-notes" aria-label={label}>
      {view.notes || fallback}
    </aside>
  );
}
