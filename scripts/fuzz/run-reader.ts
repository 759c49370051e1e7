import { readImportInputs } from '../../data/import';
import { readCsvTable, readDbf, readParquetTable, readXlsxTable } from '../../data/formats';
import { createMemorySource, createZipSource, readPackage } from '../../data/package';
import { describeProblem, ProblemList, type Problem } from '../../data/problems';
import { parseProject } from '../../data/project';
import type { FuzzFile, ReaderName } from './seeds';

/**
 * What a reader did with a case: took it, or refused it with a message. A thrown error is "uncaught"; so is
 * an error the readers' safety nets caught (`import-read-crashed`, a project "could not be read (…)"):
 * those are reader bugs the user only sees as a vague message.
 */
export type ReaderVerdict = { readonly verdict: 'accepted' } | { readonly verdict: 'rejected'; readonly message: string } | { readonly verdict: 'uncaught'; readonly message: string };

const SAFETY_NET_PROJECT = /: the project could not be read \(/;

/** Every problem must render in both languages; the first error's Dutch message is the verdict's message. */
function verdictOf(problems: readonly Problem[], accepted: boolean): ReaderVerdict {
  let first = '';
  const crash = problems.find((p) => p.code === 'import-read-crashed');
  if (crash) return { verdict: 'uncaught', message: `safety net: ${crash.code} on ${crash.file}` };
  for (const p of problems) {
    for (const language of ['nl', 'en'] as const) {
      const { message } = describeProblem(p, language);
      if (p.severity === 'error' && first === '' && language === 'nl') first = message;
    }
  }
  if (accepted && !problems.some((p) => p.severity === 'error')) return { verdict: 'accepted' };
  return { verdict: 'rejected', message: first };
}

const TABLE_READERS: Partial<Record<ReaderName, (file: FuzzFile, problems: ProblemList) => unknown>> = {
  csv: (file, problems) => readCsvTable(file, {}, problems),
  xlsx: (file, problems) => readXlsxTable(file, {}, problems),
  parquet: (file, problems) => readParquetTable(file, {}, problems),
};

/** Reads as the import does; when a safety net caught a table reader's throw, reads again without it to name the error. */
async function readImport(reader: ReaderName, files: readonly FuzzFile[]): Promise<ReaderVerdict> {
  const inputs = await readImportInputs(files);
  const verdict = verdictOf(inputs.problems, inputs.boundary !== null || inputs.tables.length > 0);
  const direct = TABLE_READERS[reader];
  if (verdict.verdict === 'uncaught' && direct) await direct(files[0]!, new ProblemList());
  return verdict;
}

function readDbfFile(file: FuzzFile): ReaderVerdict {
  const problems = new ProblemList();
  const table = readDbf({ dbfName: file.name, bytes: file.bytes }, problems);
  // Records are decoded on demand: decode every one, as the shapefile reader does.
  if (table) for (let i = 0; i < table.recordCount; i++) table.record(i);
  return verdictOf(problems.items, table !== null);
}

function readProject(file: FuzzFile): ReaderVerdict {
  const result = parseProject(new TextDecoder('utf-8', { fatal: false }).decode(file.bytes), file.name);
  if (result.ok) return { verdict: 'accepted' };
  const message = result.problems[0]?.message ?? '';
  return SAFETY_NET_PROJECT.test(message) ? { verdict: 'uncaught', message: `safety net: ${message}` } : { verdict: 'rejected', message };
}

/** Runs one reader on one case, as the app and the CLI call it. Throws what the reader throws. */
export async function runReader(reader: ReaderName, files: readonly FuzzFile[]): Promise<ReaderVerdict> {
  switch (reader) {
    case 'dbf':
      return readDbfFile(files[0]!);
    case 'project':
      return readProject(files[0]!);
    case 'datapackage-folder': {
      const result = await readPackage(createMemorySource('fuzz', new Map(files.map((f) => [f.name, f.bytes]))));
      return verdictOf(result.problems, result.ok);
    }
    case 'datapackage-zip': {
      let source;
      try {
        source = createZipSource(files[0]!.name, files[0]!.bytes);
      } catch (error) {
        // The zip source's documented refusal (a message naming the archive and what to do), which the app
        // shows as it is; anything else it throws is a crash.
        const message = error instanceof Error ? error.message : '';
        if (message.startsWith(`${files[0]!.name} is not a readable .zip archive`)) return { verdict: 'rejected', message };
        throw error;
      }
      const result = await readPackage(source);
      return verdictOf(result.problems, result.ok);
    }
    default:
      return readImport(reader, files);
  }
}
