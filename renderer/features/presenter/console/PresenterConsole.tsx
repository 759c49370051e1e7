import { useEffect, useState } from 'react';
import type { PresentationMessage, PresentationSnapshot, SlideSummary } from '../../../../electron/shared/presentation-messages';
import { createTranslator, LOCALE, type Language } from '../../../shared/i18n/i18n';
import type { ConsoleLink } from '../../../shared/platform/presenter-link';
import { formatElapsed } from './format-elapsed';

type Translate = ReturnType<typeof createTranslator>;

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
  const message = useLinkMessages(link);
  const now = useNow();
  const state = message?.type === 'state' ? message.state : null;
  const language: Language = state?.language ?? (navigator.language.startsWith('nl') ? 'nl' : 'en');
  const t = createTranslator(language);
  useEffect(() => {
    document.title = t('consoleTitle');
    document.documentElement.lang = language;
  }, [language, t]);
  useClickerKeys(link);

  if (message?.type === 'ended') return <ConsoleIdle state="ended" text={t('consoleEnded')} />;
  if (!state) return <ConsoleIdle state="waiting" text={t('consoleWaiting')} />;
  const atEnd = state.index >= state.total;
  return (
    <main className="console" data-testid="console" data-state="presenting" data-index={state.index} data-end={atEnd}>
      <ConsoleBar link={link} state={state} now={now} language={language} t={t} />
      <div className="console-slides">
        <Slide slide={state.current} label={t('consoleNow')} testId="console-current" empty={atEnd ? t('presentEnd') : t('consoleNoPreview')} />
        <Slide slide={state.next} label={t('consoleNext')} testId="console-next-view" empty={state.next ? (state.index + 1 >= state.total ? t('presentEnd') : t('consoleNoPreview')) : t('consoleLast')} />
      </div>
      <section className="console-notes" aria-label={t('presentNotes')} data-testid="console-notes">
        {state.current.notes || t('presentNoNotes')}
      </section>
      <footer className="console-keys">{t('consoleKeys')}</footer>
    </main>
  );
}

/** The last message from the app window; says hello first, so the app sends the state at once. */
function useLinkMessages(link: ConsoleLink): PresentationMessage | null {
  const [message, setMessage] = useState<PresentationMessage | null>(null);
  useEffect(() => {
    const off = link.onMessage(setMessage);
    link.send({ kind: 'hello' });
    return off;
  }, [link]);
  return message;
}

/** The time now, updated every second. */
function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, []);
  return now;
}

/** The clicker's and keyboard's forward, back and Esc, sent to the app window (a focused button keeps space and Enter). */
function useClickerKeys(link: ConsoleLink): void {
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
}

/** Before the first state and after the end: one line. */
function ConsoleIdle({ state, text }: { state: 'waiting' | 'ended'; text: string }) {
  return (
    <main className="console console-idle" data-testid="console" data-state={state}>
      <p role="status">{text}</p>
    </main>
  );
}

/** The position, the elapsed time, the clock, and back, forward and stop. */
function ConsoleBar({ link, state, now, language, t }: { link: ConsoleLink; state: PresentationSnapshot; now: number; language: Language; t: Translate }) {
  const clock = new Intl.DateTimeFormat(LOCALE[language], { hour: '2-digit', minute: '2-digit' }).format(now);
  return (
    <header className="console-bar">
      <span className="console-position" data-testid="console-position">
        {state.index >= state.total ? t('consoleEndPosition', { total: state.total }) : t('presentPosition', { n: state.index + 1, total: state.total })}
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
  );
}
