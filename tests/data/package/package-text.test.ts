import { describe, expect, it } from 'vitest';
import { parseDescriptor } from '../../../data/package/descriptor';
import { generateDemoPackage } from '../../../data/demo';
import { createMemorySource, readPackage } from '../../../data/package';
import { indicatorSource, packageText, provenanceTexts, readLocalisedTexts } from '../../../data/package/package-text';
import { ProblemList, formatProblem } from '../../../data/problems';

const resource = { name: 'areas', role: 'areas', level: 'wijk', path: 'areas.geojson', schema: { fields: [{ name: 'code' }] } };
const parse = (extra: Record<string, unknown>) => {
  const problems = new ProblemList();
  const descriptor = parseDescriptor({ name: 'p', title: 'Single title', resources: [resource], ...extra }, problems);
  return { descriptor: descriptor!, problems: problems.items };
};

describe('parseDescriptor: texts in two languages', () => {
  it('reads titles, descriptions and source titles in nl and en beside the single fields', () => {
    const { descriptor, problems } = parse({
      titles: { nl: 'Titel', en: 'Title' },
      description: 'One text',
      descriptions: { nl: 'Beschrijving', en: 'Description' },
      sources: [{ title: 'Statbel', titles: { nl: 'Statbel, sectoren', en: 'Statbel, sectors' } }],
      licenses: [{ name: 'CC0-1.0', titles: { nl: 'CC0 (publiek domein)', en: 'CC0 (public domain)' } }],
    });
    expect(problems).toEqual([]);
    expect(descriptor.title).toBe('Single title');
    expect(descriptor.titles).toEqual({ nl: 'Titel', en: 'Title' });
    expect(descriptor.descriptions).toEqual({ nl: 'Beschrijving', en: 'Description' });
    expect(descriptor.sources).toEqual([{ title: 'Statbel', titles: { nl: 'Statbel, sectoren', en: 'Statbel, sectors' } }]);
    expect(descriptor.licenses[0]?.titles).toEqual({ nl: 'CC0 (publiek domein)', en: 'CC0 (public domain)' });
  });

  it('keeps a descriptor with one language only, and takes the single title from it when `title` is absent', () => {
    const problems = new ProblemList();
    const descriptor = parseDescriptor({ name: 'p', titles: { en: 'Only English' }, resources: [resource] }, problems)!;
    expect(problems.items).toEqual([]);
    expect(descriptor.title).toBe('Only English');
    expect(descriptor.titles).toEqual({ en: 'Only English' });
  });

  it('reads a descriptor without variants as before (no titles key)', () => {
    const { descriptor, problems } = parse({ sources: [{ title: 'Statbel' }] });
    expect(problems).toEqual([]);
    expect(descriptor).not.toHaveProperty('titles');
    expect(descriptor.sources).toEqual([{ title: 'Statbel' }]);
  });

  it('warns, with the JSON path, in nl and en, about bad variants and leaves them out', () => {
    const { descriptor, problems } = parse({ titles: 'Titel', descriptions: { nl: '', fr: 'Titre' }, sources: [{ title: 'S', titles: { en: 3 } }] });
    expect(problems.map((p) => [p.severity, p.code, p.file, p.params?.path])).toEqual([
      ['warning', 'descriptor-field', 'datapackage.json', 'titles'],
      ['warning', 'descriptor-field', 'datapackage.json', 'descriptions.nl'],
      ['warning', 'descriptor-field', 'datapackage.json', 'descriptions.fr'],
      ['warning', 'descriptor-field', 'datapackage.json', 'sources[0].titles.en'],
    ]);
    expect(descriptor).not.toHaveProperty('titles');
    expect(descriptor).not.toHaveProperty('descriptions');
    expect(descriptor.sources).toEqual([{ title: 'S' }]);
    expect(formatProblem(problems[1]!, 'nl')).toContain('moet een niet-lege tekst zijn');
    expect(formatProblem(problems[1]!, 'en')).toContain('must be a non-empty text');
    expect(formatProblem(problems[2]!, 'nl')).toContain('alleen "nl" en "en"');
  });

  it('locates a bad source variant of a resource by its name', () => {
    const problems = new ProblemList();
    parseDescriptor({ name: 'p', resources: [{ ...resource, sources: [{ title: 'S', titles: [] }] }] }, problems);
    expect(problems.items.map((p) => p.params?.path)).toEqual(['resources[0].sources (areas)[0].titles']);
  });
});

describe('packageText', () => {
  it('gives the variant in the language, else the other language, else the single field', () => {
    expect(packageText({ title: 'T', titles: { nl: 'NL', en: 'EN' } }, 'nl')).toBe('NL');
    expect(packageText({ title: 'T', titles: { nl: 'NL', en: 'EN' } }, 'en')).toBe('EN');
    expect(packageText({ title: 'T', titles: { nl: 'NL' } }, 'en')).toBe('NL');
    expect(packageText({ title: 'T', titles: { en: 'EN' } }, 'nl')).toBe('EN');
    expect(packageText({ title: 'T' }, 'nl')).toBe('T');
  });

  it('picks the description with its variants when asked', () => {
    expect(packageText({ title: 'T', description: 'D', descriptions: { en: 'DE' } }, 'nl', 'description')).toBe('DE');
    expect(packageText({ title: 'T', description: 'D' }, 'en', 'description')).toBe('D');
    expect(packageText({ title: 'T' }, 'en', 'description')).toBeUndefined();
  });

  it('readLocalisedTexts gives undefined for an absent or empty object', () => {
    const seen: string[] = [];
    expect(readLocalisedTexts(undefined, 'x', (p) => seen.push(p))).toBeUndefined();
    expect(readLocalisedTexts({}, 'x', (p) => seen.push(p))).toBeUndefined();
    expect(seen).toEqual([]);
  });
});

describe('provenanceTexts', () => {
  it('gives the source and licence lines in the language, without repeats', () => {
    const provenance = {
      sources: ['A', 'B'],
      licenses: ['L'],
      sourceTexts: [{ title: 'A', titles: { nl: 'Bron', en: 'Source' } }, { title: 'B', titles: { nl: 'Bron' } }],
      licenceTexts: [{ title: 'L' }],
    };
    expect(provenanceTexts(provenance, 'nl')).toEqual({ sources: ['Bron'], licenses: ['L'] });
    expect(provenanceTexts(provenance, 'en')).toEqual({ sources: ['Source', 'Bron'], licenses: ['L'] });
  });

  it('falls back to the single titles of a provenance without texts', () => {
    expect(provenanceTexts({ sources: ['A'], licenses: [] }, 'en')).toEqual({ sources: ['A'], licenses: [] });
  });
});

describe('indicatorSource: an indicator definition’s source in the UI language', () => {
  it('takes source_nl / source_en where given, the other language next, else the single source', () => {
    const both = { source: 'FICTIEF / FICTIONAL', sources: { nl: 'FICTIEF', en: 'FICTIONAL' } };
    expect(indicatorSource(both, 'nl')).toBe('FICTIEF');
    expect(indicatorSource(both, 'en')).toBe('FICTIONAL');
    expect(indicatorSource({ source: 'S', sources: { nl: 'Alleen NL' } }, 'en')).toBe('Alleen NL');
    expect(indicatorSource({ source: 'Statbel 2024' }, 'nl')).toBe('Statbel 2024');
  });

  it('reads the source_nl and source_en columns of Demostad’s indicator definitions (its Dutch legend said "FICTIEF / FICTIONAL")', async () => {
    const result = await readPackage(createMemorySource('Demostad', generateDemoPackage().files));
    if (!result.ok) throw new Error('the demo package does not read');
    for (const d of result.pkg.definitions) {
      expect(indicatorSource(d, 'nl')).toBe('FICTIEF (model van Demostad)');
      expect(indicatorSource(d, 'en')).toBe('FICTIONAL (Demostad model)');
      expect(d.synthetic).toBe(true);
    }
  });
});
