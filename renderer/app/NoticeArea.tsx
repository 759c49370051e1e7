import './notice-area.css';
import { describeNotice, noticeDismissed, type Notice } from '../shared/problems';
import { ProblemListView } from '../shared/ui/ProblemListView';
import { useAppState, useI18n, useServices } from './app-context';
import type { AppState } from './app-state';

const selectNotices = (s: AppState) => s.notices.items;

/**
 * The one surface where the app says what went wrong: every `reportProblem` ends here, as a coded message in
 * the UI language (what failed, why where known, and what to do), with the located problems under it when
 * there are any. Nothing already on screen is taken away; each notice is closed by the user.
 */
export function NoticeArea() {
  const notices = useAppState(selectNotices);
  if (notices.length === 0) return null;
  return (
    <section className="notice-area" data-testid="notices" aria-live="assertive">
      {notices.map((notice) => (
        <NoticeCard key={notice.id} notice={notice} />
      ))}
    </section>
  );
}

function NoticeCard({ notice }: { notice: Notice }) {
  const { t, language } = useI18n();
  const services = useServices();
  const words = describeNotice(notice, language);
  return (
    <div className={`notice notice-${notice.severity}`} role="alert" data-testid="notice" data-code={notice.code} data-cause={notice.cause ?? ''}>
      <div className="notice-text">
        <strong className="notice-message">
          {words.message}
          {notice.repeats > 1 && <span className="notice-repeats"> ×{notice.repeats}</span>}
        </strong>
        {words.cause && <span className="notice-cause"> {words.cause.message}</span>}
        <div className="notice-fix">
          {t('fix')}: {words.cause && notice.cause !== 'cause-unexpected' ? `${words.cause.fix} ` : ''}
          {words.fix}
        </div>
        {notice.problems.length > 0 && <ProblemListView problems={notice.problems} max={20} />}
        {notice.lines.length > 0 && (
          <ul className="notice-lines">
            {notice.lines.slice(0, 20).map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        )}
      </div>
      <button type="button" className="notice-close" onClick={() => services.store.update((s) => ({ ...s, notices: noticeDismissed(notice.id)(s.notices) }))} aria-label={t('close')} data-testid="notice-close">
        ×
      </button>
    </div>
  );
}
