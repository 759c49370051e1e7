import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  PROJECT_VERSION,
  comparePackage,
  createProject,
  formatProjectProblem,
  migrateProject,
  parseProject,
  serializeProject,
  type ProjectFile,
  type ProjectProblem,
} from '../../../data/project';
import { FILE, HASH, PROJECT } from './project-fixture';

/** The project as plain JSON, to break on purpose. */
const json = (): Record<string, unknown> => JSON.parse(serializeProject(PROJECT)) as Record<string, unknown>;
const problemsOf = (value: unknown): readonly ProjectProblem[] => {
  const result = parseProject(typeof value === 'string' ? value : JSON.stringify(value), FILE);
  if (result.ok) throw new Error('expected problems, the file was accepted');
  return result.problems;
};

describe('serializeProject and parseProject', () => {
  it('round-trips: serialize → parse gives the same project, and serializing that gives the same text', () => {
    const text = serializeProject(PROJECT);
    const result = parseProject(text, FILE);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.project).toEqual(PROJECT);
    expect(serializeProject(result.project)).toBe(text);
  });

  it('writes a stable key order, 2-space indent and a trailing newline', () => {
    const text = serializeProject(PROJECT);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.startsWith('{\n  "schema": "wijkzicht-project",\n  "version": 1,\n  "savedAt": ')).toBe(true);
    expect(Object.keys(JSON.parse(text) as object)).toEqual(['schema', 'version', 'savedAt', 'package', 'scenarios', 'activeScenarioId', 'views', 'settings']);
    expect(text).toContain('\n    {\n      "id": "s1",\n      "name": "Huidige situatie",\n      "teams": [');
    // The same content built in another order gives the same bytes.
    const reordered = {
      settings: { panel: { width: 320, open: true }, basemap: 'osm', language: 'nl' },
      views: [{ title: 'Armoede per wijk', id: 'v1' }],
      activeScenarioId: 's2',
      scenarios: [{ teams: [{ fte: 3.5, team: 'Noord' }, { fte: -0.5, team: 'Zuid' }], name: 'Huidige situatie', id: 's1' }, { note: 'ünïcödé ✓\nline two', teams: [], name: 'Extra team "Heule"', id: 's2' }],
      package: { contentHash: HASH, name: 'kortrijk', path: '/data/kortrijk' },
      savedAt: '2025-03-01T09:30:00.000Z',
      version: 1,
      schema: 'wijkzicht-project',
    } as const;
    expect(serializeProject(reordered as unknown as ProjectFile)).toBe(text);
  });

  it('keeps extra settings keys, nested ones and a "__proto__" key as plain data', () => {
    const raw = json();
    const text = JSON.stringify({ ...raw, settings: { language: 'en', zoom: 12.5, layers: ['a', 'b'], __fromLater: { x: null } } }).replace('"__fromLater"', '"__proto__"');
    const result = parseProject(text, FILE);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const settings = result.project.settings;
    expect(settings.language).toBe('en');
    expect(settings.zoom).toBe(12.5);
    expect(settings.layers).toEqual(['a', 'b']);
    expect(Object.hasOwn(settings, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(settings)).toBe(Object.prototype);
    const again = serializeProject(result.project);
    expect(again).toContain('"__proto__": {\n      "x": null\n    }');
    expect(({} as Record<string, unknown>).x).toBeUndefined();
    expect(parseProject(again, FILE)).toEqual(result);
  });

  it('keeps every member of scenarios and views', () => {
    const raw = json();
    const scenarios = [{ id: 'a', name: '', custom: { deep: [1, { x: 'y' }] } }];
    const result = parseProject(JSON.stringify({ ...raw, scenarios, activeScenarioId: 'a', views: [{ id: 'v', title: 't', center: [3.26, 50.82] }] }), FILE);
    expect(result.ok && result.project.scenarios).toEqual(scenarios);
    expect(result.ok && result.project.views).toEqual([{ id: 'v', title: 't', center: [3.26, 50.82] }]);
  });

  it('accepts a byte-order mark and ignores unknown top-level members', () => {
    const result = parseProject(`\uFEFF${JSON.stringify({ ...json(), comment: 'by hand' })}`, FILE);
    expect(result.ok).toBe(true);
    expect(result.ok && 'comment' in result.project).toBe(false);
  });

  it('round-trips any JSON kept in scenarios and settings', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), fc.dictionary(fc.string(), fc.jsonValue()), (extraScenario, extraSettings) => {
        const project = {
          ...PROJECT,
          scenarios: [{ ...extraScenario, id: 'x', name: 'X' }],
          activeScenarioId: null,
          settings: { ...extraSettings, language: 'en' as const },
        };
        const text = serializeProject(project as unknown as ProjectFile);
        const result = parseProject(text, FILE);
        expect(result.ok).toBe(true);
        if (result.ok) expect(serializeProject(result.project)).toBe(text);
      }),
      { numRuns: 200 },
    );
  });
});

describe('parseProject problems', () => {
  it('names the file, the JSON path and what to do', () => {
    const raw = json();
    const problems = problemsOf({ ...raw, scenarios: [PROJECT.scenarios[0], { id: 's2', name: null }] });
    expect(problems).toEqual([
      {
        path: 'scenarios[1].name',
        message: 'kortrijk.wijkzicht: scenarios[1].name must be a text, not null',
        fix: 'give the scenario a name',
        messageNl: 'kortrijk.wijkzicht: scenarios[1].name moet een tekst zijn, niet null',
        fixNl: 'geef het scenario een naam',
      },
    ]);
    expect(formatProjectProblem(problems[0]!)).toBe('kortrijk.wijkzicht: scenarios[1].name must be a text, not null; give the scenario a name');
    expect(formatProjectProblem(problems[0]!, 'nl')).toBe('kortrijk.wijkzicht: scenarios[1].name moet een tekst zijn, niet null; geef het scenario een naam');
  });

  const raw = json();
  const scenario0 = (raw.scenarios as object[])[0];
  it.each<[string, unknown, string, RegExp]>([
    ['root is a list', [], '(root)', /must hold a JSON object, not a list/],
    ['schema missing', { ...raw, schema: undefined }, 'schema', /schema is missing, so this is not a Wijkzicht project file/],
    ['another schema', { ...raw, schema: 'frictionless-data-package' }, 'schema', /schema must be "wijkzicht-project", not the text "frictionless-data-package"/],
    ['version is text', { ...raw, version: '1' }, 'version', /version must be a whole number from 1, not the text "1"/],
    ['version 0', { ...raw, version: 0 }, 'version', /version must be a whole number/],
    ['version 1.5', { ...raw, version: 1.5 }, 'version', /version must be a whole number/],
    ['savedAt not a date', { ...raw, savedAt: 'gisteren' }, 'savedAt', /savedAt must be a date and time/],
    ['savedAt impossible', { ...raw, savedAt: '2025-13-45T00:00:00Z' }, 'savedAt', /savedAt must be a date and time/],
    ['package missing', { ...raw, package: undefined }, 'package', /package is missing/],
    ['package.path empty', { ...raw, package: { ...(raw.package as object), path: ' ' } }, 'package.path', /package\.path must not be empty/],
    ['package.name a number', { ...raw, package: { ...(raw.package as object), name: 3 } }, 'package.name', /package\.name must be a text, not number 3/],
    ['package.contentHash short', { ...raw, package: { ...(raw.package as object), contentHash: 'abc' } }, 'package.contentHash', /must be a SHA-256 hash/],
    ['scenarios an object', { ...raw, scenarios: {} }, 'scenarios', /scenarios must be a list of scenarios, not an object/],
    ['scenario not an object', { ...raw, scenarios: [scenario0, 'x'], activeScenarioId: null }, 'scenarios[1]', /scenarios\[1\] must be an object with an "id" and a "name"/],
    ['scenario id missing', { ...raw, scenarios: [scenario0, { name: 'b' }], activeScenarioId: null }, 'scenarios[1].id', /scenarios\[1\]\.id is missing/],
    ['scenario id repeated', { ...raw, scenarios: [scenario0, { ...scenario0, name: 'copy' }], activeScenarioId: null }, 'scenarios[1].id', /repeats the identifier "s1"/],
    ['active scenario unknown', { ...raw, activeScenarioId: 's9' }, 'activeScenarioId', /names the scenario "s9", which is not in scenarios/],
    ['active scenario a number', { ...raw, activeScenarioId: 1 }, 'activeScenarioId', /must be a scenario identifier or null/],
    ['views missing', { ...raw, views: undefined }, 'views', /views is missing/],
    ['view title missing', { ...raw, views: [{ id: 'v1' }] }, 'views[0].title', /views\[0\]\.title is missing/],
    ['view id repeated', { ...raw, views: [{ id: 'v', title: 'a' }, { id: 'v', title: 'b' }] }, 'views[1].id', /repeats the identifier "v"/],
    ['settings missing', { ...raw, settings: undefined }, 'settings', /settings is missing/],
    ['language unknown', { ...raw, settings: { language: 'fr' } }, 'settings.language', /settings\.language must be "nl" or "en", not the text "fr"/],
  ])('%s', (_name, value, path, message) => {
    const problems = problemsOf(value);
    expect(problems.map((p) => p.path)).toEqual([path]);
    expect(problems[0]!.message.startsWith(`${FILE}: `)).toBe(true);
    expect(problems[0]!.message).toMatch(message);
    expect(problems[0]!.fix.length).toBeGreaterThan(5);
    // The Dutch UI says it in Dutch, with the same file and path (project validator texts were English only).
    expect(problems[0]!.messageNl!.startsWith(`${FILE}: `)).toBe(true);
    expect(problems[0]!.fixNl!.length).toBeGreaterThan(5);
    expect(problems[0]!.messageNl).not.toMatch(/\b(must|missing|not a|the text|repeats)\b/);
  });

  it('reports invalid JSON with its line and column', () => {
    const text = '{\n  "schema": "wijkzicht-project",\n  "version": 1,,\n}';
    const [problem, ...rest] = problemsOf(text);
    expect(rest).toEqual([]);
    expect(problem!.path).toBe('(root)');
    expect(problem!.message).toMatch(/^kortrijk\.wijkzicht: the file is not valid JSON at line 3, column 16 /);
    expect(problem!.fix).toMatch(/autosave or a backup/);
    // In Dutch without the engine's English detail.
    expect(problem!.messageNl).toBe('kortrijk.wijkzicht: het bestand is geen geldige JSON op regel 3, kolom 16');
  });

  it('reports an empty or truncated file', () => {
    expect(problemsOf('')[0]!.message).toBe('kortrijk.wijkzicht: the file is empty');
    expect(problemsOf('  \n')[0]!.message).toBe('kortrijk.wijkzicht: the file is empty');
    const text = serializeProject(PROJECT);
    expect(problemsOf(text.slice(0, text.length / 2))[0]!.message).toMatch(/not valid JSON/);
  });

  it('reports every problem at once', () => {
    const problems = problemsOf({ ...raw, savedAt: 1, scenarios: [{ id: '', name: 'a' }, { id: 'b' }], settings: { language: 'de' } });
    expect(problems.map((p) => p.path)).toEqual(['savedAt', 'scenarios[0].id', 'scenarios[1].name', 'activeScenarioId', 'settings.language']);
  });

  it('refuses a newer version and says to update Wijkzicht', () => {
    const problems = problemsOf({ ...raw, version: PROJECT_VERSION + 1, scenarios: 'changed in v2' });
    expect(problems).toHaveLength(1);
    expect(problems[0]!.path).toBe('version');
    expect(problems[0]!.message).toBe(`kortrijk.wijkzicht: version ${PROJECT_VERSION + 1} was saved by a newer Wijkzicht; this Wijkzicht reads project versions up to ${PROJECT_VERSION}`);
    expect(problems[0]!.fix).toMatch(/update Wijkzicht/);
  });

  it('never throws, whatever the text', () => {
    const valid = serializeProject(PROJECT);
    const mutated = fc.tuple(fc.nat({ max: valid.length }), fc.nat({ max: 20 }), fc.string()).map(([at, cut, insert]) => valid.slice(0, at) + insert + valid.slice(at + cut));
    const jsonish = fc.jsonValue().map((v) => JSON.stringify(v) ?? '');
    const replaced = fc.tuple(fc.constantFrom(...Object.keys(raw)), fc.jsonValue()).map(([key, value]) => JSON.stringify({ ...raw, [key]: value }));
    fc.assert(
      fc.property(fc.oneof(fc.string(), mutated, jsonish, replaced), (text) => {
        const result = parseProject(text, FILE);
        if (!result.ok) {
          expect(result.problems.length).toBeGreaterThan(0);
          for (const p of result.problems) {
            expect(p.message.startsWith(`${FILE}: `)).toBe(true);
            expect(p.messageNl?.startsWith(`${FILE}: `)).toBe(true);
            expect(p.fixNl).toBeTruthy();
          }
        }
      }),
      { numRuns: 1000 },
    );
    expect(parseProject('['.repeat(100_000) + ']'.repeat(100_000), FILE).ok).toBe(false);
    expect(parseProject(null as unknown as string, FILE).ok).toBe(false);
  });
});

describe('migrateProject', () => {
  it('leaves a current project as it is', () => {
    expect(migrateProject(json(), PROJECT_VERSION)).toEqual(json());
  });
  it('applies each step keyed by the version it migrates from, and sets the version', () => {
    const migrations = { 1: (p: Readonly<Record<string, unknown>>) => ({ ...p, views: [] }), 2: (p: Readonly<Record<string, unknown>>) => ({ ...p, renamed: p.views }) };
    expect(migrateProject({ version: 1 }, 1, migrations, 3)).toEqual({ version: 3, views: [], renamed: [] });
  });
  it('throws when a step is missing or the range is wrong', () => {
    expect(() => migrateProject({ version: 1 }, 1, {}, 2)).toThrow(/no migration from project version 1 to 2/);
    expect(() => migrateProject({ version: 3 }, 3, {}, 2)).toThrow(/cannot migrate from version 3 to 2/);
  });
});

describe('createProject and comparePackage', () => {
  it('creates an empty project that saves and reads back', () => {
    const project = createProject({ path: '/data/kortrijk', name: 'kortrijk', contentHash: HASH }, 'en', new Date('2025-01-02T03:04:05Z'));
    expect(project).toEqual({
      schema: 'wijkzicht-project',
      version: 1,
      savedAt: '2025-01-02T03:04:05.000Z',
      package: { path: '/data/kortrijk', name: 'kortrijk', contentHash: HASH },
      scenarios: [],
      activeScenarioId: null,
      views: [],
      settings: { language: 'en' },
    });
    expect(parseProject(serializeProject(project), FILE)).toEqual({ ok: true, project });
  });
  it('throws on a bad package reference or language', () => {
    expect(() => createProject({ path: '/p', name: 'p', contentHash: 'ABC' }, 'nl')).toThrow(/contentHash/);
    expect(() => createProject({ path: '', name: 'p', contentHash: HASH }, 'nl')).toThrow(/path and name/);
    expect(() => createProject({ path: '/p', name: 'p', contentHash: HASH }, 'fr' as 'nl')).toThrow(/language/);
    expect(() => createProject({ path: '/p', name: 'p', contentHash: HASH }, 'nl', new Date('x'))).toThrow(/savedAt/);
  });
  it('compares the package by content hash only', () => {
    expect(comparePackage(PROJECT, { contentHash: HASH })).toBe('same');
    expect(comparePackage(PROJECT, { contentHash: HASH.toUpperCase() })).toBe('same');
    expect(comparePackage(PROJECT, { contentHash: 'b'.repeat(64) })).toBe('changed');
    expect(() => comparePackage(PROJECT, {} as { contentHash: string })).toThrow(/contentHash/);
  });
});
