/**
 * A presentation's elapsed time as a clock reads it: `m:ss` under an hour, `h:mm:ss` from an hour on.
 * Negative or non-finite durations (clock changes) read as 0:00.
 *
 * @example
 * formatElapsed(65_000)    // '1:05'
 * formatElapsed(3_725_000) // '1:02:05'
 */
export function formatElapsed(ms: number): string {
  const total = Number.isFinite(ms) && ms > 0 ? Math.floor(ms / 1000) : 0;
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}
