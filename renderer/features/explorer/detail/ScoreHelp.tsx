import { useI18n } from '../../../app/app-context';
import type { ScoreWords } from './score-words';
import { scoreHelpOf } from './score-words';

/** A score in words, the word first and the number after it in brackets, smaller ("hoog (1,83)"). */
export function ScoreValue({ words }: { words: ScoreWords }) {
  return (
    <span className="score-value" data-testid="score-value" data-band={words.band}>
      <span className="score-word">{words.word}</span> <span className="score-number">({words.number})</span>
    </span>
  );
}

/**
 * "Wat betekent dit?": a disclosure (keyboard: Enter or Space on its summary) that explains the need index
 * and/or the coverage gap and the words low / average / high, in the UI language.
 */
export function ScoreHelp({ levelPlural, need = true, gap = true }: { levelPlural: string; need?: boolean; gap?: boolean }) {
  const { t, language } = useI18n();
  const help = scoreHelpOf(language, levelPlural);
  return (
    <details className="score-help" data-testid="score-help">
      <summary>{t('scoreHelp')}</summary>
      {need && <p>{help.need}</p>}
      {gap && <p>{help.gap}</p>}
      <p>{help.bands}</p>
    </details>
  );
}
