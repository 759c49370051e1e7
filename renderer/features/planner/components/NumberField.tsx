import { useEffect, useId, useRef, useState } from 'react';
import { useI18n } from '../../../app/app-context';
import { formatInputNumber, parseBoundedNumber, type NumberBounds } from '../number-entry';
import type { ScenarioRefusal } from '../plan-scenario';
import { refusalWords } from '../planner-words';

export interface NumberFieldProps {
  readonly value: number | null;
  readonly bounds: NumberBounds;
  /** Takes a number within the bounds; returns why the engine refused it, or null when it was taken. */
  readonly onCommit: (value: number | null) => ScenarioRefusal | null;
  readonly label: string;
  readonly testId: string;
  readonly id?: string;
  readonly className?: string;
  readonly placeholder?: string;
  readonly digits?: number;
}

/**
 * A number field in the UI language's convention: shows "14,5" in Dutch, takes "14,5" and "14.5"; a value
 * out of its bounds, unreadable, or refused by the engine is not taken and the reason is shown next to the
 * field (`<testId>-error`), never thrown. Follows the value when it changes elsewhere (undo, the formula).
 */
export function NumberField({ value, bounds, onCommit, label, testId, id, className, placeholder, digits = 2 }: NumberFieldProps) {
  const { t, language } = useI18n();
  const messageId = useId();
  const [text, setText] = useState(() => formatInputNumber(language, value, digits));
  const [error, setError] = useState<string | null>(null);
  const shown = useRef({ value, language });
  useEffect(() => {
    if (shown.current.value === value && shown.current.language === language) return;
    shown.current = { value, language };
    setText(formatInputNumber(language, value, digits));
    setError(null);
  }, [value, language, digits]);
  const change = (typed: string) => {
    setText(typed);
    const entry = parseBoundedNumber(typed, bounds);
    if (!entry.ok) return setError(refusalWords(t, language, entry.reason, bounds));
    if (entry.value === value) return setError(null);
    shown.current = { value: entry.value, language };
    const refusal = onCommit(entry.value);
    if (refusal) shown.current = { value, language };
    setError(refusal ? refusalWords(t, language, refusal, bounds) : null);
  };
  return (
    <span className={`planner-number${className ? ` ${className}` : ''}`}>
      <input
        id={id}
        type="text"
        inputMode={bounds.whole ? 'numeric' : 'decimal'}
        className="planner-input"
        data-testid={testId}
        aria-label={label}
        aria-invalid={error !== null}
        aria-describedby={error ? messageId : undefined}
        value={text}
        placeholder={placeholder}
        onChange={(e) => change(e.target.value)}
        onBlur={() => {
          if (error === null) setText(formatInputNumber(language, value, digits));
        }}
      />
      {error && (
        <span id={messageId} className="planner-entry-error" role="alert" data-testid={`${testId}-error`}>
          {error}
        </span>
      )}
    </span>
  );
}
