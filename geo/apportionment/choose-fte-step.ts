/** Steps tried, coarsest first, when the preferred step does not divide the FTE given. */
const FINER_STEPS = [0.5, 0.25, 0.1, 0.05, 0.01, 0.001] as const;

const isMultiple = (value: number, step: number): boolean => {
  const steps = Math.round(value / step);
  return Math.abs(steps * step - value) <= 1e-9 * Math.max(step, Math.abs(value));
};

/**
 * The step an FTE apportionment uses: `preferredStep` when every amount given (the total, a minimum) is a
 * whole number of it, else the coarsest of 0.5, 0.25, 0.1, 0.05, 0.01, 0.001 FTE that is (and finer than
 * the preferred one). A municipality's real staff total such as 17.25 FTE is then shared in quarter-FTE
 * steps instead of being refused for not being a multiple of 0.5.
 *
 * Throws (RangeError) when the preferred step is not > 0, an amount is negative or not finite, or no step of
 * 0.001 FTE or coarser divides the amounts.
 *
 * @example
 * chooseFteStep(77, 0.5); // 0.5
 * chooseFteStep(17.25, 0.5); // 0.25
 * chooseFteStep(17.3, 0.5, 2); // 0.1
 */
export function chooseFteStep(totalFte: number, preferredStep: number, minimumFte = 0): number {
  if (!(preferredStep > 0) || !Number.isFinite(preferredStep)) throw new RangeError(`step must be a positive number, got ${preferredStep}`);
  for (const [name, value] of [['total', totalFte], ['minimum', minimumFte]] as const) {
    if (!Number.isFinite(value) || value < 0) throw new RangeError(`${name} FTE must be a number ≥ 0, got ${value}`);
  }
  const fits = (step: number) => isMultiple(totalFte, step) && isMultiple(minimumFte, step);
  if (fits(preferredStep)) return preferredStep;
  const step = FINER_STEPS.find((s) => s < preferredStep && fits(s));
  if (step === undefined) throw new RangeError(`no FTE step of 0.001 or coarser divides total ${totalFte} and minimum ${minimumFte}`);
  return step;
}
