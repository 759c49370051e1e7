/**
 * Location-allocation ("where would a 13th location help most") on Kortrijk: 113 sectors weighted by
 * estimated persons in poverty 2024, the 113 centroids as candidates, the 12 centres fixed. For k = 1…3 and
 * both models (MCLP radius 1.5 km, p-median): the heuristic's time per solve (median of 5, target ≤ 500 ms),
 * its objective and gain, beside the exhaustive search's time and optimum (k = 3 too: 234,136 subsets), and
 * greedy + Teitz–Bart alone (no randomised starts). Also re-siting all 12 centres. Skipped with a message when
 * ../shared is absent.
 */
import { locateFacilities, type LocationModel, type LocationProblem, type LocationSolution } from '../../geo/location-allocation';
import { locateFacilitiesExactly } from '../../geo/location-allocation';
import { meters } from '../../geo/units';
import { hasKortrijk, KORTRIJK_DIR } from '../../tests/helpers/shared-data';
import { readKortrijkLocationData } from '../../tests/geo/location-allocation/locate-facilities-kortrijk-data';
import { median, printSection, timeIt, type Figure } from '../bench-kit';

const RUNS = 5;
const TARGET = '≤ 500 ms';
const RADIUS = meters(1500);

async function timeSolve(solve: () => LocationSolution): Promise<{ ms: number; solution: LocationSolution }> {
  const times: number[] = [];
  let solution: LocationSolution | null = null;
  for (let i = 0; i < RUNS; i++) {
    const r = await timeIt(solve);
    times.push(r.ms);
    solution = r.result;
  }
  return { ms: median(times), solution: solution! };
}

const formatObjective = (model: LocationModel, value: number): string =>
  model === 'mclp' ? `${value.toFixed(0)} persons covered` : `${(value / 1000).toFixed(1)} person-km`;

export async function runLocateBench(): Promise<void> {
  if (!hasKortrijk) {
    console.log(`\n## Location-allocation on Kortrijk: SKIPPED (${KORTRIJK_DIR} is absent)`);
    return;
  }
  const { demand, candidates, centres } = readKortrijkLocationData();
  const figures: Figure[] = [];
  const lines: string[] = [];
  const models = [
    ['mclp', `MCLP 1.5 km`],
    ['p-median', 'p-median'],
  ] as const;
  for (const [model, label] of models) {
    for (const add of [1, 2, 3]) {
      const problem: LocationProblem = { demand, candidates, fixed: centres, add, model, ...(model === 'mclp' ? { radius: RADIUS } : {}) };
      const heuristic = await timeSolve(() => locateFacilities(problem));
      const plain = await timeSolve(() => locateFacilities(problem, { starts: 0 }));
      const exact = await timeSolve(() => locateFacilitiesExactly(problem));
      figures.push({ name: `${label}, k = ${add}: heuristic (greedy + 32 GRASP starts + Teitz–Bart)`, value: heuristic.ms, unit: 'ms', target: TARGET });
      figures.push({ name: `${label}, k = ${add}: greedy + Teitz–Bart only`, value: plain.ms, unit: 'ms' });
      figures.push({ name: `${label}, k = ${add}: exhaustive, ${exact.solution.evaluations.toLocaleString('en')} subsets`, value: exact.ms, unit: 'ms' });
      const h = heuristic.solution;
      const same = Math.abs(h.objective - exact.solution.objective) <= 1e-9 * Math.abs(exact.solution.objective);
      lines.push(
        `  ${`${label}, k = ${add}`.padEnd(18)} ${formatObjective(model, h.objective).padStart(24)}  gain ${h.gainPercent.toFixed(2).padStart(6)} %  ` +
          `${same ? 'optimal' : `optimum ${formatObjective(model, exact.solution.objective)}`}  (${h.chosen.join(', ')}; ${h.evaluations.toLocaleString('en')} evaluations)`,
      );
    }
  }
  for (const [model, label] of models) {
    const problem: LocationProblem = { demand, candidates, fixed: [], current: centres, add: centres.length, model, ...(model === 'mclp' ? { radius: RADIUS } : {}) };
    const heuristic = await timeSolve(() => locateFacilities(problem));
    figures.push({ name: `${label}, re-site all ${centres.length}: heuristic`, value: heuristic.ms, unit: 'ms', target: TARGET });
    const h = heuristic.solution;
    lines.push(`  ${`${label}, re-site all`.padEnd(18)} ${formatObjective(model, h.objective).padStart(24)}  gain ${h.gainPercent.toFixed(2).padStart(6)} %  vs today's ${centres.length} centres`);
  }
  printSection(`Location-allocation on Kortrijk (${demand.length} sectors, ${candidates.length} candidates, ${centres.length} centres fixed; median of ${RUNS})`, figures);
  console.log(['  Results (heuristic; gain over today\'s centres):', ...lines].join('\n'));
}
