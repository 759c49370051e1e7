import { checkProject } from './check-project';
import { isObject, member, type JsonObject } from './project-json';
import { PROJECT_SCHEMA, PROJECT_VERSION, type ProjectFile, type ProjectProblem, type ProjectScenario, type ProjectView } from './project-types';

/**
 * A JSON copy with keys in a stable order: `first` keys in that order, then the rest sorted. Throws a
 * TypeError naming the path for anything JSON would lose or change silently (a non-finite number,
 * undefined in a list, a function, a bigint, a Date, Map or other class instance, a cycle). Undefined
 * object members are dropped, as JSON does. Builds objects with `Object.fromEntries`, so a `__proto__` key
 * stays an ordinary member.
 */
function canonical(value: unknown, path: string, seen: Set<object>, first: readonly string[] = []): unknown {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError(`serializeProject: ${path} is ${value}, which JSON cannot hold`);
    return value;
  }
  if (typeof value !== 'object') throw new TypeError(`serializeProject: ${path} is a ${typeof value}, which JSON cannot hold`);
  if (seen.has(value)) throw new TypeError(`serializeProject: ${path} refers back to itself`);
  seen.add(value);
  let result: unknown;
  if (Array.isArray(value)) {
    result = value.map((item, i) => {
      if (item === undefined) throw new TypeError(`serializeProject: ${path}[${i}] is undefined`);
      return canonical(item, `${path}[${i}]`, seen);
    });
  } else {
    const proto: unknown = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) throw new TypeError(`serializeProject: ${path} is a ${value.constructor?.name ?? 'class instance'}, not a plain object`);
    const record = value as JsonObject;
    const keys = Object.keys(record).filter((k) => record[k] !== undefined);
    const ordered = [...first.filter((k) => keys.includes(k)), ...keys.filter((k) => !first.includes(k)).sort()];
    result = Object.fromEntries(ordered.map((k) => [k, canonical(record[k], member(path, k), seen)]));
  }
  seen.delete(value);
  return result;
}

/**
 * The project as file text: the members in a fixed order (`schema`, `version`, `savedAt`, `package`,
 * `scenarios`, `activeScenarioId`, `views`, `settings`; `id` and `name`/`title` first in scenarios and
 * views; every other object's keys sorted), 2-space indent, `\n` line ends and a trailing newline, so
 * saving the same project twice gives the same bytes and diffs stay small. Throws when the project would
 * not read back: a problem {@link parseProject} would report, or a value JSON cannot hold.
 *
 * @example
 * serializeProject(createProject({ path: '/data/kortrijk', name: 'kortrijk', contentHash: 'ab…' }, 'nl'))
 * // '{\n  "schema": "wijkzicht-project",\n  "version": 1,\n  ...}\n'
 */
export function serializeProject<S extends ProjectScenario, V extends ProjectView>(project: ProjectFile<S, V>): string {
  if (!isObject(project)) throw new TypeError('serializeProject: project must be an object');
  const seen = new Set<object>();
  const pkg = project.package;
  const ordered = {
    schema: project.schema,
    version: project.version,
    savedAt: project.savedAt,
    package: isObject(pkg) ? canonical(pkg, 'package', seen, ['path', 'name', 'contentHash']) : pkg,
    scenarios: Array.isArray(project.scenarios) ? project.scenarios.map((s, i) => canonical(s, `scenarios[${i}]`, seen, ['id', 'name'])) : project.scenarios,
    activeScenarioId: project.activeScenarioId,
    views: Array.isArray(project.views) ? project.views.map((v, i) => canonical(v, `views[${i}]`, seen, ['id', 'title'])) : project.views,
    settings: isObject(project.settings) ? canonical(project.settings, 'settings', seen, ['language']) : project.settings,
  };
  if (ordered.schema !== PROJECT_SCHEMA || ordered.version !== PROJECT_VERSION) {
    throw new TypeError(`serializeProject: schema and version must be "${PROJECT_SCHEMA}" and ${PROJECT_VERSION}`);
  }
  const problems: ProjectProblem[] = [];
  checkProject(ordered, 'serializeProject', problems);
  if (problems.length > 0) throw new TypeError(problems.map((p) => p.message).join('; '));
  return `${JSON.stringify(ordered, null, 2)}\n`;
}
