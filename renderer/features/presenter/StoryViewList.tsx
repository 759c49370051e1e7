import { useAppState, useI18n, useServices } from '../../app/app-context';
import { inSlice, type AppState } from '../../app/app-state';
import { deleteView, editView, moveView, storyViews, type SavedView } from './state/story-slice';
import { showView } from './story-commands';

const selectStory = (s: AppState) => s.story;

/** The open package's saved views in story order, each editable, showable, movable and deletable. */
export function StoryViewList() {
  const story = useAppState(selectStory);
  const views = storyViews(story);
  return (
    <ol className="story-list" data-testid="story-list">
      {views.map((v, i) => (
        <StoryViewItem key={v.id} view={v} thumbnail={story.thumbnails[v.id]} first={i === 0} last={i === views.length - 1} />
      ))}
    </ol>
  );
}

/** One view: its title, thumbnail, caption and notes (saved when the field loses focus), and its buttons. */
function StoryViewItem({ view: v, thumbnail, first, last }: { view: SavedView; thumbnail: string | undefined; first: boolean; last: boolean }) {
  const services = useServices();
  const { t } = useI18n();
  const update = services.store.update;
  const edit = (change: Parameters<typeof editView>[1]) => update(inSlice('story', editView(v.id, change)));
  return (
    <li data-testid="story-view" data-id={v.id}>
      <label>
        <span className="sr-only">{t('storyViewTitle')}</span>
        <input key={`${v.id}-t`} data-testid="story-view-title" aria-label={t('storyViewTitle')} defaultValue={v.title} onBlur={(e) => edit({ title: e.target.value })} />
      </label>
      {thumbnail && <img className="story-thumbnail" src={thumbnail} alt="" data-testid="story-thumbnail" />}
      <textarea key={`${v.id}-c`} data-testid="story-view-caption" aria-label={t('storyCaption')} placeholder={t('storyCaption')} rows={2} defaultValue={v.caption} onBlur={(e) => edit({ caption: e.target.value })} />
      <textarea key={`${v.id}-n`} data-testid="story-view-notes" aria-label={t('storyNotes')} placeholder={t('storyNotes')} rows={2} defaultValue={v.notes} onBlur={(e) => edit({ notes: e.target.value })} />
      <div className="planner-bar">
        <button type="button" data-testid="story-show" onClick={() => void showView(services, v)}>
          {t('storyShow')}
        </button>
        <button type="button" disabled={first} onClick={() => update(inSlice('story', moveView(v.id, -1)))} data-testid="story-up">
          {t('storyUp')}
        </button>
        <button type="button" disabled={last} onClick={() => update(inSlice('story', moveView(v.id, 1)))} data-testid="story-down">
          {t('storyDown')}
        </button>
        <button type="button" onClick={() => update(inSlice('story', deleteView(v.id)))} data-testid="story-delete">
          {t('storyDelete')}
        </button>
      </div>
    </li>
  );
}
