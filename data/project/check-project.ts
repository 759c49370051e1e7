import { describeValue, describeValueNl, isIsoInstant, isObject, SHA256_HEX, type JsonObject } from './project-json';
import { PROJECT_LANGUAGES, type ProjectLanguage, type ProjectProblem } from './project-types';

/** A text in English and Dutch. */
interface Words {
  readonly en: string;
  readonly nl: string;
}
/** Records one problem at a JSON path, with a fix, in both languages. */
type AddProblem = (path: string, what: Words, fix: Words) => void;
/** Checks that `value` is a text (non-empty when asked); records a problem and returns false otherwise. */
type CheckText = (path: string, value: unknown, fix: Words, nonEmpty: boolean) => value is string;

/** "is missing; …" or "must be …, not <value>", in both languages. */
function missingOr(value: unknown, missing: Words, wrong: Words): Words {
  return value === undefined ? missing : { en: `${wrong.en}, not ${describeValue(value)}`, nl: `${wrong.nl}, niet ${describeValueNl(value)}` };
}

const SAVE_WITH_PACKAGE: Words = { en: 'save the project again from Wijkzicht with its data package open', nl: 'bewaar het project opnieuw vanuit Wijkzicht met zijn datapakket open' };

/**
 * Checks a project object of the current version; pushes located problems, each message starting with
 * `fileName` and the JSON path, in English (`message`, `fix`) and Dutch (`messageNl`, `fixNl`).
 *
 * @example
 * checkProject({ ...json, views: 3 }, 'kortrijk.wijkzicht', problems); // problems: views must be a list of saved views, not number 3
 */
export function checkProject(json: JsonObject, fileName: string, problems: ProjectProblem[]): void {
  const add: AddProblem = (path, what, fix) => problems.push({ path, message: `${fileName}: ${path} ${what.en}`, fix: fix.en, messageNl: `${fileName}: ${path} ${what.nl}`, fixNl: fix.nl });
  const text: CheckText = (path, value, fix, nonEmpty): value is string => {
    if (typeof value !== 'string') {
      add(path, missingOr(value, { en: 'is missing; it must be a text', nl: 'ontbreekt; het moet een tekst zijn' }, { en: 'must be a text', nl: 'moet een tekst zijn' }), fix);
      return false;
    }
    if (nonEmpty && value.trim() === '') {
      add(path, { en: 'must not be empty', nl: 'mag niet leeg zijn' }, fix);
      return false;
    }
    return true;
  };

  if (!isIsoInstant(json.savedAt)) {
    add(
      'savedAt',
      {
        en: `must be a date and time such as "2025-03-01T09:30:00.000Z", not ${json.savedAt === undefined ? 'missing' : describeValue(json.savedAt)}`,
        nl: `moet een datum en tijd zijn zoals "2025-03-01T09:30:00.000Z", niet ${json.savedAt === undefined ? 'ontbrekend' : describeValueNl(json.savedAt)}`,
      },
      { en: 'save the project again from Wijkzicht, or correct the date', nl: 'bewaar het project opnieuw vanuit Wijkzicht, of verbeter de datum' },
    );
  }
  checkPackage(json.package, add, text);
  const scenarioIds = checkScenarios(json.scenarios, add, text);
  checkActiveScenario(json, scenarioIds, add);
  checkViews(json.views, add, text);
  checkSettings(json.settings, add);
}

function checkPackage(pkg: unknown, add: AddProblem, text: CheckText): void {
  if (!isObject(pkg)) {
    add('package', missingOr(pkg, { en: 'is missing; it must name the data package', nl: 'ontbreekt; het moet het datapakket noemen' }, { en: 'must be an object naming the data package', nl: 'moet een object zijn dat het datapakket noemt' }), SAVE_WITH_PACKAGE);
    return;
  }
  text('package.path', pkg.path, { en: 'give the folder or .zip of the data package', nl: 'geef de map of het .zip-bestand van het datapakket' }, true);
  text('package.name', pkg.name, { en: 'give the name of the data package', nl: 'geef de naam van het datapakket' }, true);
  if (text('package.contentHash', pkg.contentHash, SAVE_WITH_PACKAGE, true) && !SHA256_HEX.test(pkg.contentHash)) {
    add('package.contentHash', { en: 'must be a SHA-256 hash: 64 characters 0-9 and a-f', nl: 'moet een SHA-256-hash zijn: 64 tekens 0-9 en a-f' }, SAVE_WITH_PACKAGE);
  }
}

/** Checks the scenarios list; returns the identifiers seen, for the active scenario. */
function checkScenarios(scenarios: unknown, add: AddProblem, text: CheckText): Set<string> {
  const ids = new Set<string>();
  if (!Array.isArray(scenarios)) {
    add(
      'scenarios',
      missingOr(scenarios, { en: 'is missing; it must be a list (possibly empty)', nl: 'ontbreekt; het moet een lijst zijn (mag leeg zijn)' }, { en: 'must be a list of scenarios', nl: 'moet een lijst van scenario’s zijn' }),
      { en: 'write "scenarios": [] if the project has no scenarios yet', nl: 'schrijf "scenarios": [] als het project nog geen scenario’s heeft' },
    );
    return ids;
  }
  scenarios.forEach((s: unknown, i) => {
    const at = `scenarios[${i}]`;
    if (!isObject(s)) {
      add(
        at,
        { en: `must be an object with an "id" and a "name", not ${describeValue(s)}`, nl: `moet een object met een "id" en een "name" zijn, niet ${describeValueNl(s)}` },
        { en: 'remove this entry or restore the scenario from a backup', nl: 'verwijder dit element of haal het scenario terug uit een reservekopie' },
      );
      return;
    }
    if (text(`${at}.id`, s.id, { en: 'give the scenario an identifier, unique in the project', nl: 'geef het scenario een identificatie die uniek is in het project' }, true)) {
      if (ids.has(s.id)) {
        add(
          `${at}.id`,
          { en: `repeats the identifier ${JSON.stringify(s.id)} of an earlier scenario`, nl: `herhaalt de identificatie ${JSON.stringify(s.id)} van een eerder scenario` },
          { en: 'give each scenario its own identifier', nl: 'geef elk scenario een eigen identificatie' },
        );
      }
      ids.add(s.id);
    }
    text(`${at}.name`, s.name, { en: 'give the scenario a name', nl: 'geef het scenario een naam' }, false);
  });
  return ids;
}

function checkActiveScenario(json: JsonObject, scenarioIds: ReadonlySet<string>, add: AddProblem): void {
  const active = json.activeScenarioId;
  if (active !== null && typeof active !== 'string') {
    add(
      'activeScenarioId',
      missingOr(active, { en: 'is missing; it must be a scenario identifier or null', nl: 'ontbreekt; het moet de identificatie van een scenario zijn, of null' }, { en: 'must be a scenario identifier or null', nl: 'moet de identificatie van een scenario zijn, of null' }),
      { en: 'write null to open the project without an active scenario', nl: 'schrijf null om het project zonder actief scenario te openen' },
    );
  } else if (typeof active === 'string' && Array.isArray(json.scenarios) && !scenarioIds.has(active)) {
    add(
      'activeScenarioId',
      { en: `names the scenario ${JSON.stringify(active)}, which is not in scenarios`, nl: `noemt het scenario ${JSON.stringify(active)}, dat niet in scenarios staat` },
      { en: 'use the identifier of one of the scenarios, or null', nl: 'gebruik de identificatie van een van de scenario’s, of null' },
    );
  }
}

function checkViews(views: unknown, add: AddProblem, text: CheckText): void {
  if (!Array.isArray(views)) {
    add(
      'views',
      missingOr(views, { en: 'is missing; it must be a list (possibly empty)', nl: 'ontbreekt; het moet een lijst zijn (mag leeg zijn)' }, { en: 'must be a list of saved views', nl: 'moet een lijst van bewaarde weergaven zijn' }),
      { en: 'write "views": [] if the project has no saved views', nl: 'schrijf "views": [] als het project geen bewaarde weergaven heeft' },
    );
    return;
  }
  const viewIds = new Set<string>();
  views.forEach((v: unknown, i) => {
    const at = `views[${i}]`;
    if (!isObject(v)) {
      add(at, { en: `must be an object with an "id" and a "title", not ${describeValue(v)}`, nl: `moet een object met een "id" en een "title" zijn, niet ${describeValueNl(v)}` }, { en: 'remove this entry', nl: 'verwijder dit element' });
      return;
    }
    if (text(`${at}.id`, v.id, { en: 'give the view an identifier, unique in the project', nl: 'geef de weergave een identificatie die uniek is in het project' }, true)) {
      if (viewIds.has(v.id)) {
        add(
          `${at}.id`,
          { en: `repeats the identifier ${JSON.stringify(v.id)} of an earlier view`, nl: `herhaalt de identificatie ${JSON.stringify(v.id)} van een eerdere weergave` },
          { en: 'give each view its own identifier', nl: 'geef elke weergave een eigen identificatie' },
        );
      }
      viewIds.add(v.id);
    }
    text(`${at}.title`, v.title, { en: 'give the view a title', nl: 'geef de weergave een titel' }, false);
  });
}

function checkSettings(settings: unknown, add: AddProblem): void {
  if (!isObject(settings)) {
    add(
      'settings',
      missingOr(settings, { en: 'is missing; it must be an object with a "language"', nl: 'ontbreekt; het moet een object met een "language" zijn' }, { en: 'must be an object with a "language"', nl: 'moet een object met een "language" zijn' }),
      { en: 'write "settings": { "language": "nl" }', nl: 'schrijf "settings": { "language": "nl" }' },
    );
  } else if (!PROJECT_LANGUAGES.includes(settings.language as ProjectLanguage)) {
    add(
      'settings.language',
      {
        en: `must be "nl" or "en", not ${settings.language === undefined ? 'missing' : describeValue(settings.language)}`,
        nl: `moet "nl" of "en" zijn, niet ${settings.language === undefined ? 'ontbrekend' : describeValueNl(settings.language)}`,
      },
      { en: 'write "nl" for Dutch or "en" for English', nl: 'schrijf "nl" voor Nederlands of "en" voor Engels' },
    );
  }
}
