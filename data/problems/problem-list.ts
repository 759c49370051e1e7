import type { Problem } from './problem';
import type { ProblemCode } from './problem-codes';

/** Collects problems, caps each (file, code) pair so a broken 100,000-row file does not flood the report. */
export class ProblemList {
  readonly items: Problem[] = [];
  private readonly perKey = new Map<string, number>();
  /** How many problems were dropped by the cap, per `file|code`. */
  readonly suppressedCounts = new Map<string, number>();

  constructor(private readonly capPerFileAndCode = 50) {}

  add(problem: Problem): void {
    const key = `${problem.file}|${problem.code}`;
    const n = (this.perKey.get(key) ?? 0) + 1;
    this.perKey.set(key, n);
    if (n > this.capPerFileAndCode) {
      this.suppressedCounts.set(key, (this.suppressedCounts.get(key) ?? 0) + 1);
      return;
    }
    this.items.push(problem);
  }

  error(code: ProblemCode, file: string, where: Omit<Problem, 'severity' | 'code' | 'file'> = {}): void {
    this.add({ severity: 'error', code, file, ...where });
  }

  warning(code: ProblemCode, file: string, where: Omit<Problem, 'severity' | 'code' | 'file'> = {}): void {
    this.add({ severity: 'warning', code, file, ...where });
  }

  get errorCount(): number {
    let n = 0;
    for (const p of this.items) if (p.severity === 'error') n++;
    for (const [key, count] of this.suppressedCounts) if (this.items.some((p) => `${p.file}|${p.code}` === key && p.severity === 'error')) n += count;
    return n;
  }
}
