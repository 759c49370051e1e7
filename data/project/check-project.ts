import { describeValue, isIsoInstant, isObject, SHA256_HEX, type JsonObject } from './project-json';
import { PROJECT_LANGUAGES, type ProjectLanguage, type ProjectProblem } from './project-types';

/** Records one problem at a JSON path, with a fix. */
type AddProblem = (path: string, message: string, fix: string) => void;
/** Checks that `value` is a text (non-empty when asked); records a problem and returns false otherwise. */
type CheckText = (path: string, value: unknown, fix: string, nonEmpty: boolean) => value is string;

/**
 * Checks a project object of the current version; pushes located problems, each message starting with
 * `fileName` and the JSON path.
 *
 * @example
 * checkProject({ ...json, views: 3 }, 'kortrijk.wijkzicht', problems); // problems: views must be a list of saved views, not number 3
 */
export function checkProject(json: JsonObject, fileName: string, problems: ProjectProblem[]): void {
  const add: AddProblem = (path, message, fix) => problems.push({ path, message: `${fileName}: ${path} ${message}`, fix });
  const text: CheckText = (path, value, fix, nonEmpty): value is string => {
    if (typeof value !== 'string') {
      add(path, value === undefined ? 'is missing; it must be a text' : `must be a text, not ${describeValue(value)}`, fix);
      return false;
    }
    if (nonEmpty && value.trim() === '') {
      add(path, 'must not be empty', fix);
      return false;
    }
    return true;
  };

  if (!isIsoInstant(json.savedAt)) {
    add('savedAt', `must be a date and time such as "2025-03-01T09:30:00.000Z", not ${json.savedAt === undefined ? 'missing' : describeValue(json.savedAt)}`, 'save the project again from Wijkzicht, or correct the date');
  }
  checkPackage(json.package, add, text);
  const scenarioIds = checkScenarios(json.scenarios, add, text);
  checkActiveScenario(json, scenarioIds, add);
  checkViews(json.views, add, text);
  checkSettings(json.settings, add);
}

function checkPackage(pkg: unknown, add: AddProblem, text: CheckText): void {
  if (!isObject(pkg)) {
    add('package', pkg === undefined ? 'is missing; it must name the data package' : `must be an object naming the data package, not ${describeValue(pkg)}`, 'save the project again from Wijkzicht with its data package open');
    return;
  }
  text('package.path', pkg.path, 'give the folder or .zip of the data package', true);
  text('package.name', pkg.name, 'give the name of the data package', true);
  if (text('package.contentHash', pkg.contentHash, 'save the project again from Wijkzicht with its data package open', true) && !SHA256_HEX.test(pkg.contentHash)) {
    add('package.contentHash', 'must be a SHA-256 hash: 64 characters 0-9 and a-f', 'save the project again from Wijkzicht with its data package open');
  }
}

/** Checks the scenarios list; returns the identifiers seen, for the active scenario. */
function checkScenarios(scenarios: unknown, add: AddProblem, text: CheckText): Set<string> {
  const ids = new Set<string>();
  if (!Array.isArray(scenarios)) {
    add('scenarios', scenarios === undefined ? 'is missing; it must be a list (possibly empty)' : `must be a list of scenarios, not ${describeValue(scenarios)}`, 'write "scenarios": [] if the project has no scenarios yet');
    return ids;
  }
  scenarios.forEach((s: unknown, i) => {
    const at = `scenarios[${i}]`;
    if (!isObject(s)) {
      add(at, `must be an object with an "id" and a "name", not ${describeValue(s)}`, 'remove this entry or restore the scenario from a backup');
      return;
    }
    if (text(`${at}.id`, s.id, 'give the scenario an identifier, unique in the project', true)) {
      if (ids.has(s.id)) add(`${at}.id`, `repeats the identifier ${JSON.stringify(s.id)} of an earlier scenario`, 'give each scenario its own identifier');
      ids.add(s.id);
    }
    text(`${at}.name`, s.name, 'give the scenario a name', false);
  });
  return ids;
}

function checkActiveScenario(json: JsonObject, scenarioIds: ReadonlySet<string>, add: AddProblem): void {
  const active = json.activeScenarioId;
  if (active !== null && typeof active !== 'string') {
    add('activeScenarioId', active === undefined ? 'is missing; it must be a scenario identifier or null' : `must be a scenario identifier or null, not ${describeValue(active)}`, 'write null to open the project without an active scenario');
  } else if (typeof active === 'string' && Array.isArray(json.scenarios) && !scenarioIds.has(active)) {
    add('activeScenarioId', `names the scenario ${JSON.stringify(active)}, which is not in scenarios`, 'use the identifier of one of the scenarios, or null');
  }
}

function checkViews(views: unknown, add: AddProblem, text: CheckText): void {
  if (!Array.isArray(views)) {
    add('views', views === undefined ? 'is missing; it must be a list (possibly empty)' : `must be a list of saved views, not ${describeValue(views)}`, 'write "views": [] if the project has no saved views');
    return;
  }
  const viewIds = new Set<string>();
  views.forEach((v: unknown, i) => {
    const at = `views[${i}]`;
    if (!isObject(v)) {
      add(at, `must be an object with an "id" and a "title", not ${describeValue(v)}`, 'remove this entry');
      return;
    }
    if (text(`${at}.id`, v.id, 'give the view an identifier, unique in the project', true)) {
      if (viewIds.has(v.id)) add(`${at}.id`, `repeats the identifier ${JSON.stringify(v.id)} of an earlier view`, 'give each view its own identifier');
      viewIds.add(v.id);
    }
    text(`${at}.title`, v.title, 'give the view a title', false);
  });
}

function checkSettings(settings: unknown, add: AddProblem): void {
  if (!isObject(settings)) {
    add('settings', settings === undefined ? 'is missing; it must be an object with a "language"' : `must be an object with a "language", not ${describeValue(settings)}`, 'write "settings": { "language": "nl" }');
  } else if (!PROJECT_LANGUAGES.includes(settings.language as ProjectLanguage)) {
    add('settings.language', `must be "nl" or "en", not ${settings.language === undefined ? 'missing' : describeValue(settings.language)}`, 'write "nl" for Dutch or "en" for English');
  }
}
