import { useEffect, useState } from 'react';
import { progressShare, progressShown, SHOW_PROGRESS_AFTER_MS, type ExportTask } from './export-progress';

/**
 * The progress of an export that has run for a second or more: a bar, what it is making and how far, and
 * *Annuleren* (which stops the work: `cancelExport`). Nothing for a shorter export. The words come from the
 * caller (its feature's messages).
 */
export function ExportProgressBar({ task, label, cancelLabel, cancellingLabel, onCancel }: { task: ExportTask | null; label: string; cancelLabel: string; cancellingLabel: string; onCancel: () => void }) {
  const shown = useShownAfterASecond(task);
  if (!task || !shown) return null;
  const share = progressShare(task);
  return (
    <div className="export-progress" role="status" data-testid="export-progress" data-what={task.what} data-done={task.done} data-total={task.total}>
      <progress max={1} value={task.total === 0 ? undefined : share} aria-label={label} />
      <span>{task.cancelling ? cancellingLabel : label}</span>
      <button type="button" data-testid="export-cancel" onClick={onCancel} disabled={task.cancelling}>
        {cancelLabel}
      </button>
    </div>
  );
}

/** Whether the export has run for a second (re-rendered once when that second is over). */
function useShownAfterASecond(task: ExportTask | null): boolean {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!task) return;
    const wait = task.startedAt + SHOW_PROGRESS_AFTER_MS - Date.now();
    if (wait <= 0) {
      setNow(Date.now());
      return;
    }
    const timer = window.setTimeout(() => setNow(Date.now()), wait);
    return () => window.clearTimeout(timer);
  }, [task]);
  return progressShown(task, now);
}
