/**
 * Preloaded into a process the bench measures (`node --import ./bench/report-peak-rss.mjs …`, plain
 * JavaScript so that it needs no tsx): when the process exits it writes its own peak RSS, as
 * bench/peak-rss.ts reads it (VmHWM on Linux, else getrusage maxRSS), and the CPU time of all its threads
 * (user + system) to the file named by WIJKZICHT_PEAK_RSS_FILE as `{ "mb": …, "source": …, "cpuMs": … }`.
 */
import { readFileSync, writeFileSync } from 'node:fs';

const target = process.env.WIJKZICHT_PEAK_RSS_FILE;

function ownPeakRssMb() {
  try {
    const kb = /^VmHWM:\s+(\d+)\s+kB$/m.exec(readFileSync('/proc/self/status', 'utf8'))?.[1];
    if (kb !== undefined) return { mb: Number(kb) / 1024, source: 'VmHWM' };
  } catch {
    // not Linux: fall through
  }
  return { mb: process.resourceUsage().maxRSS / 1024, source: 'maxRSS' };
}

if (target) {
  process.on('exit', () => {
    const cpu = process.cpuUsage();
    writeFileSync(target, JSON.stringify({ ...ownPeakRssMb(), cpuMs: (cpu.user + cpu.system) / 1000 }));
  });
}
