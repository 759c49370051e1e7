import { useAppState, useI18n } from '../../app/app-context';
import type { AppState } from '../../app/app-state';

const NOT_BUSY = { busy: false, shown: false } as const;

/**
 * Whether the control `id` is busy (a step it started runs: for its `aria-busy`) and whether its busy mark
 * shows (the step has run longer than 300 ms). Steps are run with `withBusy(store, id, step)`.
 *
 * @example
 * const { busy } = useBusy('level');
 * <select aria-busy={busy} …/> <BusyMark id="level" />
 */
export function useBusy(id: string): { readonly busy: boolean; readonly shown: boolean } {
  const entry = useAppState((s: AppState) => s.busy[id]);
  return entry ? { busy: true, shown: entry.shown } : NOT_BUSY;
}

/** A small spinner beside the control `id` while a step it started takes longer than 300 ms. */
export function BusyMark({ id }: { readonly id: string }) {
  const { t } = useI18n();
  const { shown } = useBusy(id);
  if (!shown) return null;
  return (
    <span className="busy-mark" role="status" data-testid="busy-mark" data-busy-for={id}>
      <span className="busy-spinner" aria-hidden="true" />
      <span className="sr-only">{t('busy')}</span>
    </span>
  );
}
