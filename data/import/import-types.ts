import type { Problem } from '../problems';
import type { UnmatchedCode } from './match-area-codes';
import type { TableMapping } from './tables/to-long-indicators';

/** An indicator definition as the import writes it (the columns of indicator_definitions.csv). */
export interface ImportedDefinition {
  readonly id: string;
  readonly labelNl: string;
  readonly labelEn: string;
  readonly unit: string;
  readonly kind: string;
  readonly denominator: string | null;
  readonly polarity: 'higher_worse' | 'higher_better' | 'neutral';
  readonly sensitive: boolean;
  readonly source: string;
}

/** What the user decided (or accepted) in the wizard or on the command line. */
export interface ImportSpec {
  readonly boundaries: {
    /** Area level of the boundaries (sector, wijk, deelgemeente, municipality, …); guessed from the codes when absent. */
    readonly level?: string;
    readonly codeField?: string;
    readonly nameField?: string;
  };
  /** Table mapping per table file name; the guess is used for tables not listed. */
  readonly mappings?: Readonly<Record<string, TableMapping>>;
  /** Changes to the suggested definitions, by indicator id. */
  readonly definitions?: Readonly<Record<string, Partial<Omit<ImportedDefinition, 'id'>>>>;
  readonly package?: { readonly name?: string; readonly title?: string; readonly description?: string; readonly source?: string };
}

/** What the import found in the boundary file. */
export interface BoundaryReport {
  readonly file: string;
  readonly crs: string;
  readonly crsSource: string;
  readonly featuresInFile: number;
  /** Features the filter kept (all without a filter). */
  readonly selected: number;
  readonly areas: number;
  readonly refused: number;
  readonly repairs: readonly { readonly kind: string; readonly count: number }[];
  readonly level: string;
  readonly codeField: string;
  readonly nameField: string;
}

/** How one table was read and mapped. */
export interface TableReport {
  readonly file: string;
  readonly sheet: string | null;
  readonly format: string;
  readonly delimiter: string | null;
  readonly decimal: string;
  readonly thousands: string | null;
  readonly encoding: string | null;
  readonly rows: number;
  readonly mapping: TableMapping;
  readonly values: number;
  readonly suppressed: number;
  readonly missing: number;
}

/** How the table codes met the area codes. */
export interface MatchingReport {
  readonly matchedCodes: number;
  readonly exact: number;
  readonly normalised: number;
  readonly unmatchedInTable: readonly UnmatchedCode[];
  readonly unmatchedInTableCount: number;
  readonly unmatchedAreas: readonly string[];
  readonly unmatchedAreasCount: number;
}

export interface ImportReport {
  readonly boundaries: BoundaryReport | null;
  readonly tables: readonly TableReport[];
  readonly matching: MatchingReport | null;
  readonly indicators: readonly ImportedDefinition[];
  readonly periods: readonly number[];
}

export interface ImportOutcome {
  /** True when there is no error: `files` then holds the package. */
  readonly ok: boolean;
  readonly files: ReadonlyMap<string, string> | null;
  readonly report: ImportReport;
  /** Reading and mapping problems together. */
  readonly problems: readonly Problem[];
}
