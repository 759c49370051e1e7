import { useEffect, useState } from 'react';
import type { PresentationMessage, SlideSummary } from '../../../../electron/shared/presentation-messages';
import { createTranslator, LOCALE, type Language } from '../../../shared/i18n/i18n';
import type { ConsoleLink } from '../../../shared/platform/presenter-link';
import { formatElapsed } from './format-elapsed';

/** Forward and back keys of keyboards and presenter clickers (which send PageDown/PageUp or arrows). */
const FORWARD = ['ArrowRight', 'PageDown', ' ', 'Spacebar', 'ArrowDown'];
const BACK = ['ArrowLeft', 'PageUp', 'ArrowUp'];

function Slide({ slide, label, testId, empty }: { slide: SlideSummary | null; label: string; testId: string; empty: string }) {
  return (
    <figure className="console-slide" data-testid={testId}>
      <figcaption>{label}</figcaption>
      {slide?.thumbnail ? <img src={slide.thumbnail} alt={slide.title} data-testid={`${testId}-image`} /> : <div className="console-noimage">{empty}</div>}
      {slide && (
        <>
          <h2 data-testid={`${testId}-title`}>{slide.title}</h2>
          {slide.caption && <p>{slide.caption}</p>}
        </>
      )}
    </figure>
  );
}

/**
 * The presenter's own window: the notes of the view on the audience screen, the current and next view, the
 * elapsed time and the clock, and buttons; the clicker's keys work here too (the console usually has focus).
 */
export function PresenterConsole({ link }: { link: ConsoleLink }) {
  const [message, setMessage] = useState<PresentationMessage | null>(null);
  const [now, setNow] = useState(() => Date.now());
  const state = message?.type === 'state' ? message.state : null;
  const language: Language = state?.language ?? (navigator.language.startsWith('nl') ? 'nl' : 'en');
  const t = createTranslator(language);

  useEffect(() => {
    const off = link.onMessage(setMessage);
    link.send({ kind: 'hello' });
    return off;
  }, [link]);
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, []);
  useEffect(() => {
    document.title = t('consoleTitle');
    document.documentElement.lang = language;
  }, [language, t]);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.target instanceof HTMLButtonElement && (e.key === ' ' || e.key === 'Enter')) return;
      if (FORWARD.includes(e.key)) link.send({ kind: 'next' });
      else if (BACK.includes(e.key)) link.send({ kind: 'previous' });
      else if (e.key === 'Escape') link.send({ kind: 'stop' });
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [link]);

  if (message?.type === 'ended') {
    return (
      <main className="console console-idle" data-testid="console" data-state="ended">
        <p role="status">{t('consoleEnded')}</p>
      </main>
    );
  }
  if (!state) {
    return (
      <main className="console console-idle" data-testid="console" data-state="waiting">
        <p role="status">{t('consoleWaiting')}</p>
      </main>
    );
  }
  const clock = new Intl.DateTimeFormat(LOCALE[language], { hour: '2-digit', minute: '2-digit' }).format(now);
  return (
    <main className="console" data-testid="console" data-state="presenting" data-index={state.index}>
      <header className="console-bar">
        <span className="console-position" data-testid="console-position">
          {t('presentPosition', { n: state.index + 1, total: state.total })}
        </span>
        <span className="console-timer">
          {t('consoleElapsed')} <strong data-testid="console-elapsed">{formatElapsed(now - state.startedAt)}</strong>
        </span>
        <span className="console-timer">
          {t('consoleClock')} <strong data-testid="console-clock">{clock}</strong>
        </span>
        <span className="console-buttons">
          <button type="button" data-testid="console-previous" disabled={state.index === 0} onClick={() => link.send({ kind: 'previous' })}>
            ← {t('presentPrevious')}
          </button>
          <button type="button" data-testid="console-next" disabled={state.next === null} onClick={() => link.send({ kind: 'next' })}>
            {t('presentNext')} →
          </button>
          <button type="button" data-testid="console-stop" onClick={() => link.send({ kind: 'stop' })}>
            {t('presentExit')}
          </button>
        </span>
      </header>
      <div className="console-slides">
        <Slide slide={state.current} label={t('consoleNow')} testId="console-current" empty={t('consoleNoPreview')} />
        <Slide slide={state.next} label={t('consoleNext')} testId="console-next-view" empty={state.next ? t('consoleNoPreview') : t('consoleLast')} />
      </div>
      <section className="console-notes" aria-label={t('presentNotes')} data-testid="console-notes">
        {state.current.notes || t('presentNoNotes')}
      </section>
      <footer className="console-keys">{t('consoleKeys')}</footer>
    </main>
  );
}
