import { describe, expect, it } from 'vitest';
import { readPackage } from '../../../data/package/read-package';
import { createMemorySource } from '../../../data/package/sources/memory-source';
import { demoFiles, pathOfRole, type PackageFiles } from '../../helpers/package-copies';

/**
 * What broke (issue 15.4): the package reader had its own, weaker geometry check. Malformed coordinates
 * crashed it ("ring is not iterable", exit 2, no file named), a position nested 200,000 arrays deep blew
 * the stack, and it accepted a bow-tie and a 3-position ring the importer refuses. It now applies the
 * importer's checks (convertGeometry, repairRings, findSelfIntersections): each one a located problem.
 */
type Geometry = { type: string; coordinates: unknown };
const wijken = (files: PackageFiles) => pathOfRole(files, 'areas', 'wijk');
function withGeometry(geometry: Geometry | string): PackageFiles {
  const files = demoFiles();
  const file = wijken(files);
  const fc = JSON.parse(files.get(file)!) as { features: { geometry: unknown }[] };
  fc.features[1]!.geometry = typeof geometry === 'string' ? '@@GEOMETRY@@' : geometry;
  const text = JSON.stringify(fc);
  files.set(file, typeof geometry === 'string' ? text.replace('"@@GEOMETRY@@"', geometry) : text);
  return files;
}
const problemsOf = async (files: PackageFiles) => {
  const result = await readPackage(createMemorySource('test', files));
  return result.ok ? result.pkg.problems : result.problems;
};

describe('the package reader checks area geometry like the importer', () => {
  it.each([
    ['a ring that is a number (was: "ring is not iterable")', { type: 'Polygon', coordinates: [5] }, 'boundary-geometry-invalid'],
    ['a bow-tie (crosses itself)', { type: 'Polygon', coordinates: [[[3.2, 50.8], [3.3, 50.9], [3.3, 50.8], [3.2, 50.9], [3.2, 50.8]]] }, 'boundary-self-intersection'],
    ['a ring of 3 positions once closed', { type: 'Polygon', coordinates: [[[3.2, 50.8], [3.3, 50.9], [3.2, 50.8]]] }, 'boundary-ring-too-few-points'],
    ['a position that is text', { type: 'MultiPolygon', coordinates: [[[[3.2, 50.8], ['3.3', 50.9], [3.3, 50.8], [3.2, 50.8]]]] }, 'boundary-geometry-invalid'],
  ])('refuses %s as a located error, naming the file and feature', async (_name, geometry, code) => {
    const files = withGeometry(geometry);
    const problems = await problemsOf(files);
    expect(problems).toContainEqual(expect.objectContaining({ severity: 'error', code, file: wijken(files), feature: 1 }));
  });

  it('describes a position nested 200,000 arrays deep without walking it (was: Maximum call stack size exceeded)', async () => {
    const deep = `${'['.repeat(200_000)}${']'.repeat(200_000)}`;
    const files = withGeometry(`{"type":"Polygon","coordinates":[[${deep},[3.3,50.9],[3.3,50.8],[3.2,50.8]]]}`);
    const problems = await problemsOf(files);
    const problem = problems.find((p) => p.code === 'boundary-geometry-invalid');
    expect(problem).toMatchObject({ file: wijken(files), feature: 1 });
    expect(JSON.stringify(problem).length).toBeLessThan(2_000);
  });

  it('closes an open ring and says so in one warning; the area is kept', async () => {
    const files = withGeometry({ type: 'Polygon', coordinates: [[[3.2, 50.8], [3.3, 50.8], [3.3, 50.9], [3.2, 50.9]]] });
    const result = await readPackage(createMemorySource('test', files));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.pkg.problems.filter((p) => p.code === 'boundary-rings-closed')).toHaveLength(1);
    const ring = result.pkg.levels.find((l) => l.level === 'wijk')!.areas.features[1]!.geometry.coordinates[0] as number[][];
    expect(ring.at(-1)).toEqual(ring[0]);
  });
});
