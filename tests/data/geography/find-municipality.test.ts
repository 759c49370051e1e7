import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { closeMunicipalityNames, findMunicipality, foldMunicipalityName } from '../../../data/geography/find-municipality';
import type { GeographyIndex } from '../../../data/geography/geography-format';
import { describeProblem } from '../../../data/problems';
import { PROJECT_ROOT } from '../../helpers/shared-data';

const index = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'assets', 'geography', 'index.json'), 'utf8')) as GeographyIndex;

describe('findMunicipality', () => {
  it('finds a municipality by NIS code or by name, whatever the case, accents or hyphens', () => {
    const nis = (query: string) => {
      const found = findMunicipality(index, query);
      return found.ok ? found.entry.nis : found.problem.code;
    };
    expect(nis('71016')).toBe('71016');
    expect(nis(' 71016 ')).toBe('71016');
    expect(nis('genk')).toBe('71016');
    expect(nis('GENK')).toBe('71016');
    expect(nis('sint niklaas')).toBe(nis('Sint-Niklaas'));
    expect(nis('Sint-Niklaas')).toMatch(/^\d{5}$/);
    expect(nis('Kortr')).toBe('34022'); // the only name starting so (Kortemark, Kortenaken, Kortenberg start with korte)
    expect(nis('Korte')).toBe('import-municipality-ambiguous');
    expect(nis('Kortrijk')).toBe('34022');
  });

  it('says which names are close when nothing fits, in both languages', () => {
    const found = findMunicipality(index, 'Kortrik');
    expect(found.ok).toBe(false);
    if (found.ok) return;
    expect(found.problem).toMatchObject({ severity: 'error', code: 'import-municipality-unknown', file: '--municipality' });
    expect(String(found.problem.params!.close)).toContain('Kortrijk (34022)');
    expect(describeProblem(found.problem, 'en').fix).toContain('Did you mean Kortrijk (34022)');
    expect(describeProblem(found.problem, 'nl').fix).toContain('Bedoelt u Kortrijk (34022)');
  });

  it('refuses an unknown NIS code and an empty query, and lists the candidates of an ambiguous start', () => {
    const unknownCode = findMunicipality(index.municipalities, '99999');
    expect(unknownCode.ok ? null : unknownCode.problem.code).toBe('import-municipality-unknown');
    const empty = findMunicipality(index, '  ');
    expect(empty.ok ? null : empty.problem.code).toBe('import-municipality-unknown');
    const ambiguous = findMunicipality(index, 'kort', 'wizard');
    expect(ambiguous.ok).toBe(false);
    if (!ambiguous.ok) {
      expect(ambiguous.problem.file).toBe('wizard');
      expect(String(ambiguous.problem.params!.names)).toContain('Kortrijk (34022)');
      expect(describeProblem(ambiguous.problem, 'nl').message).toContain('past bij meerdere gemeenten');
    }
  });

  it('folds names and finds nothing close for nonsense', () => {
    expect(foldMunicipalityName('  Sint-Genesius-Rode ')).toBe('sint genesius rode');
    expect(foldMunicipalityName('Liège')).toBe('liege');
    expect(closeMunicipalityNames(index.municipalities, 'qqqqqqqqqqqq')).toEqual([]);
    expect(closeMunicipalityNames(index.municipalities, 'Gnek')).toContain('Genk (71016)');
  });
});
