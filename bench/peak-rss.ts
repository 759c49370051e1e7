import { readFileSync } from 'node:fs';

/**
 * This process's own resident-set high-water mark in MB, and where it came from. On Linux it is `VmHWM` of
 * /proc/self/status: the peak of this process's memory since it started. `process.resourceUsage().maxRSS`
 * (getrusage) is not: Linux carries into it the RSS the parent had when it forked this process, so a child
 * of a 650 MB bench process reports at least 650 MB (measured: maxRSS 604 MB, VmHWM 39 MB for `node -e`).
 * Elsewhere maxRSS is the only figure there is, and `source` says so.
 *
 * @example
 * ownPeakRssMb(); // { mb: 176.3, source: 'VmHWM' }
 */
export function ownPeakRssMb(): { readonly mb: number; readonly source: 'VmHWM' | 'maxRSS' } {
  try {
    const kb = /^VmHWM:\s+(\d+)\s+kB$/m.exec(readFileSync('/proc/self/status', 'utf8'))?.[1];
    if (kb !== undefined) return { mb: Number(kb) / 1024, source: 'VmHWM' };
  } catch {
    // not Linux: fall through
  }
  return { mb: process.resourceUsage().maxRSS / 1024, source: 'maxRSS' };
}
