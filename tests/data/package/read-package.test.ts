import { zipSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readPackage } from '../../../data/package/read-package';
import { formatProblem, type Problem } from '../../../data/problems';
import { createMemorySource } from '../../../data/package/sources/memory-source';
import { createZipSource } from '../../../data/package/sources/zip-source';
import { openNodePackageSource } from '../../../data/package/sources/node-folder-source';
import { KORTRIJK_DIR, hasKortrijk } from '../../helpers/shared-data';
import { demoFiles, editCsvLine, pathOfRole, readPackageFiles, type PackageFiles } from '../../helpers/package-copies';

const read = (files: PackageFiles) => readPackage(createMemorySource('test', files));

describe.skipIf(!hasKortrijk)('readPackage on the real Kortrijk package', () => {
  it('reads every level, team, centre and indicator with no problem', async () => {
    const result = await readPackage(await openNodePackageSource(KORTRIJK_DIR));
    expect(result.problems.map((p) => formatProblem(p))).toEqual([]);
    expect(result.ok).toBe(true);
    const pkg = result.pkg!;
    const counts = Object.fromEntries(pkg.levels.map((l) => [l.level, l.areas.features.length]));
    expect(counts).toEqual({ sector: 113, wijk: 14, deelgemeente: 8, municipality: 1, team: 7 });
    expect(pkg.teams).toHaveLength(7);
    expect(pkg.centres).toHaveLength(12);
    expect(pkg.periods).toEqual([2022, 2023, 2024]);
    expect(pkg.definitions).toHaveLength(13);
    expect(pkg.indicators.rowCount).toBe(4407);
    expect(pkg.teamFte.filter((r) => r.period === 2024).reduce((s, r) => s + r.fte, 0)).toBe(178);
    expect(pkg.teamFte.filter((r) => r.profile === 'maatschappelijk_werker').reduce((s, r) => s + r.fte, 0)).toBe(77);
    expect(pkg.provenance.synthetic).toEqual(expect.arrayContaining(['indicators', 'team-fte']));
    expect(pkg.provenance.approximate).toEqual(expect.arrayContaining(['areas-sectors', 'centres']));
    // Every sector is placed in a wijk (parent key), a deelgemeente (attribute column) and a team.
    for (const level of ['wijk', 'deelgemeente', 'municipality', 'team']) {
      expect(pkg.assignments.find((a) => a.level === level)!.parentOf.size).toBe(113);
    }
    expect(pkg.assignments.find((a) => a.level === 'wijk')!.method).toBe('parent-key');
    expect(pkg.assignments.find((a) => a.level === 'deelgemeente')!.method).toBe('attribute');
  });
});

describe('readPackage on the generated Demostad package', () => {
  it('is valid and labelled fictional', async () => {
    const result = await read(demoFiles());
    expect(result.problems.map((p) => formatProblem(p))).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.pkg!.provenance.fictional).toBe(true);
    expect(result.pkg!.levels.find((l) => l.level === 'team')!.areas.features).toHaveLength(7);
  });

  it('opens the same from a .zip whose files sit in a top folder', async () => {
    const files = demoFiles();
    const zip = zipSync(Object.fromEntries([...files].map(([p, c]) => [`demostad/${p}`, strToU8(c)])));
    const result = await readPackage(createZipSource('demostad.zip', zip));
    expect(result.ok).toBe(true);
    const direct = await read(files);
    expect(result.pkg!.levels.map((l) => l.areas.features.length)).toEqual(direct.pkg!.levels.map((l) => l.areas.features.length));
  });

  it('places base areas spatially when no key or attribute says where they belong', async () => {
    const files = demoFiles();
    const descriptor = JSON.parse(files.get('datapackage.json')!);
    for (const r of descriptor.resources) {
      if (r.role === 'area-attributes') r.schema.fields = r.schema.fields.filter((f: { name: string }) => f.name !== 'deelgemeente_code');
    }
    files.set('datapackage.json', JSON.stringify(descriptor));
    const result = await read(files);
    expect(result.ok).toBe(true);
    const deelgemeente = result.pkg!.assignments.find((a) => a.level === 'deelgemeente')!;
    expect(deelgemeente.method).toBe('spatial');
    expect(deelgemeente.parentOf.size).toBe(result.pkg!.levels.find((l) => l.level === result.pkg!.baseLevel)!.areas.features.length);
  });
});

interface BrokenCase {
  readonly name: string;
  readonly mutate: (files: PackageFiles) => void;
  readonly expected: (files: PackageFiles) => Partial<Problem>;
}

const geo = (files: PackageFiles, level: string) => pathOfRole(files, 'areas', level);
const editGeoJson = (files: PackageFiles, level: string, edit: (fc: { features: { geometry: unknown; properties: Record<string, unknown> }[] }) => void) => {
  const file = geo(files, level);
  const fc = JSON.parse(files.get(file)!);
  edit(fc);
  files.set(file, JSON.stringify(fc));
};
const editDescriptor = (files: PackageFiles, edit: (d: { resources: Record<string, unknown>[] }) => void) => {
  const d = JSON.parse(files.get('datapackage.json')!);
  edit(d);
  files.set('datapackage.json', JSON.stringify(d));
};

const BROKEN: BrokenCase[] = [
  {
    name: 'a resource file is missing',
    mutate: (f) => f.delete(pathOfRole(f, 'indicators')),
    expected: () => ({ code: 'resource-file-missing', file: 'datapackage.json', field: 'indicators.path' }),
  },
  {
    name: 'a declared column is missing',
    mutate: (f) => editCsvLine(f, pathOfRole(f, 'indicators'), 1, (h) => h.map((x) => (x === 'value' ? 'waarde' : x))),
    expected: (f) => ({ code: 'column-missing', file: pathOfRole(f, 'indicators'), field: 'value' }),
  },
  {
    name: 'text in a number column',
    mutate: (f) => editCsvLine(f, pathOfRole(f, 'indicators'), 5, (r) => [...r.slice(0, 3), 'veel']),
    expected: (f) => ({ code: 'value-type', file: pathOfRole(f, 'indicators'), row: 5, field: 'value' }),
  },
  {
    name: 'a duplicate primary key',
    mutate: (f) => editCsvLine(f, pathOfRole(f, 'teams'), 3, () => f.get(pathOfRole(f, 'teams'))!.split('\n')[1]!.split(',')),
    expected: (f) => ({ code: 'key-duplicate', file: pathOfRole(f, 'teams'), row: 3, field: 'team_id' }),
  },
  {
    name: 'an indicator row for an unknown area',
    mutate: (f) => editCsvLine(f, pathOfRole(f, 'indicators'), 7, (r) => ['XXX-unknown', ...r.slice(1)]),
    expected: (f) => ({ code: 'foreign-key', file: pathOfRole(f, 'indicators'), row: 7, field: 'area_code' }),
  },
  {
    name: 'an indicator without definition',
    mutate: (f) => editCsvLine(f, pathOfRole(f, 'indicators'), 9, (r) => [r[0]!, r[1]!, 'mystery', r[3]!]),
    expected: (f) => ({ code: 'foreign-key', file: pathOfRole(f, 'indicators'), row: 9, field: 'indicator' }),
  },
  {
    name: 'a territory of an unknown team',
    mutate: (f) => editCsvLine(f, pathOfRole(f, 'team-territories'), 4, (r) => [r[0]!, 'nobody']),
    expected: (f) => ({ code: 'foreign-key', file: pathOfRole(f, 'team-territories'), row: 4, field: 'team_id' }),
  },
  {
    name: 'a negative count',
    mutate: (f) => editCsvLine(f, pathOfRole(f, 'indicators'), 11, (r) => [...r.slice(0, 3), '-3']),
    expected: (f) => ({ code: 'value-range', file: pathOfRole(f, 'indicators'), row: 11, field: 'value' }),
  },
  {
    name: 'a row with too many fields',
    mutate: (f) => editCsvLine(f, pathOfRole(f, 'indicators'), 6, (r) => [...r, 'extra']),
    expected: (f) => ({ code: 'csv-row-length', file: pathOfRole(f, 'indicators'), row: 6 }),
  },
  {
    name: 'an unterminated quoted field',
    mutate: (f) => editCsvLine(f, pathOfRole(f, 'teams'), 2, (r) => [`"${r[0]}`, ...r.slice(1)]),
    expected: (f) => ({ code: 'csv-syntax', file: pathOfRole(f, 'teams'), row: 2 }),
  },
  {
    name: 'a descriptor that is not JSON',
    mutate: (f) => f.set('datapackage.json', f.get('datapackage.json')!.slice(0, 200)),
    expected: () => ({ code: 'descriptor-json', file: 'datapackage.json' }),
  },
  {
    name: 'no descriptor at all',
    mutate: (f) => f.delete('datapackage.json'),
    expected: () => ({ code: 'descriptor-missing' }),
  },
  {
    name: 'an unknown role',
    mutate: (f) => editDescriptor(f, (d) => void (d.resources.find((r) => r.role === 'centres')!.role = 'locations')),
    expected: () => ({ code: 'resource-role', file: 'datapackage.json' }),
  },
  {
    name: 'projected (Lambert) coordinates in an areas layer',
    mutate: (f) =>
      editGeoJson(f, 'wijk', (fc) => {
        fc.features[2]!.geometry = { type: 'Polygon', coordinates: [[[72000, 165000], [73000, 165000], [73000, 166000], [72000, 165000]]] };
      }),
    expected: (f) => ({ code: 'geometry-coordinates', file: geo(f, 'wijk'), feature: 2 }),
  },
  {
    name: 'a point in an areas layer',
    mutate: (f) => editGeoJson(f, 'wijk', (fc) => void (fc.features[0]!.geometry = { type: 'Point', coordinates: [3.2, 50.8] })),
    expected: (f) => ({ code: 'geometry-type', file: geo(f, 'wijk'), feature: 0 }),
  },
  {
    name: 'a feature without geometry',
    mutate: (f) => editGeoJson(f, 'wijk', (fc) => void (fc.features[1]!.geometry = null)),
    expected: (f) => ({ code: 'geometry-null', file: geo(f, 'wijk'), feature: 1 }),
  },
  {
    name: 'two areas with the same code',
    mutate: (f) => editGeoJson(f, 'wijk', (fc) => void (fc.features[3]!.properties.code = fc.features[0]!.properties.code)),
    expected: (f) => ({ code: 'key-duplicate', file: geo(f, 'wijk'), feature: 3, field: 'code' }),
  },
];

const packages: { name: string; load: () => Promise<PackageFiles> }[] = [{ name: 'Demostad', load: async () => demoFiles() }];
if (hasKortrijk) packages.push({ name: 'Kortrijk', load: () => readPackageFiles(KORTRIJK_DIR) });

describe.each(packages)('readPackage on broken copies of $name', ({ load }) => {
  it.each(BROKEN)('reports $name with file, row and field, and refuses the package', async ({ mutate, expected }) => {
    const files = await load();
    mutate(files);
    const result = await read(files);
    expect(result.ok).toBe(false);
    expect(result.pkg).toBeNull();
    expect(result.problems).toContainEqual(expect.objectContaining({ severity: 'error', ...expected(files) }));
    for (const problem of result.problems) {
      const line = formatProblem(problem, 'nl');
      expect(line).toMatch(/Oplossing: \S/);
      expect(line).not.toContain('{');
    }
  });
});
