import type { UiProblemCode } from './ui-problem-codes';
import { UserError } from './user-error';

/**
 * The cause code of an error, recognised without showing its text: our own `UserError`, the browser's
 * DOMExceptions (quota, permission), Node's errno codes as Electron forwards them (ENOSPC, EACCES, EROFS,
 * ENOENT), a failed fetch, a RangeError from an allocation. Anything else is `cause-unexpected`.
 * Returns `null` for an abort the user asked for (a cancelled dialog, a cancelled export): that is no problem.
 *
 * @example
 * causeOf(new DOMException('…', 'QuotaExceededError')) // 'cause-storage-full'
 */
export function causeOf(error: unknown): UiProblemCode | null {
  if (error instanceof UserError) return error.code;
  const name = typeof error === 'object' && error !== null && 'name' in error ? String((error).name) : '';
  const code = typeof error === 'object' && error !== null && 'code' in error ? String((error).code) : '';
  const text = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  if (name === 'AbortError') return null;
  if (name === 'QuotaExceededError' || code === 'ENOSPC' || /\bENOSPC\b|quota/i.test(text)) return 'cause-storage-full';
  if (name === 'NotAllowedError' || name === 'SecurityError' || ['EACCES', 'EPERM', 'EROFS'].includes(code) || /\b(EACCES|EPERM|EROFS)\b/.test(text)) return 'cause-not-allowed';
  if (name === 'NotFoundError' || name === 'NotReadableError' || code === 'ENOENT' || /\bENOENT\b|Failed to fetch|NetworkError/i.test(text)) return 'cause-file-unreachable';
  if (/out of memory|allocation failed|Array buffer allocation/i.test(text)) return 'cause-out-of-memory';
  return 'cause-unexpected';
}
