/**
 * Every problem code, by the part of Wijkzicht that reports it. The catalogues of messages live beside
 * this file (one per part); this file holds only the codes, so the types have no import circle.
 */

/** Problem codes of the package reader; importers add their own through their message catalogs. */
export type CoreProblemCode =
  | 'descriptor-missing'
  | 'descriptor-json'
  | 'descriptor-field'
  | 'resource-role'
  | 'resource-name-duplicate'
  | 'resource-file-missing'
  | 'resource-format'
  | 'role-missing'
  | 'level-duplicate'
  | 'level-parent-unknown'
  | 'encoding'
  | 'csv-syntax'
  | 'csv-row-length'
  | 'column-missing'
  | 'column-extra'
  | 'value-type'
  | 'value-required'
  | 'value-range'
  | 'value-implausible'
  | 'value-enum'
  | 'key-duplicate'
  | 'foreign-key'
  | 'geojson-structure'
  | 'geometry-null'
  | 'geometry-type'
  | 'geometry-coordinates'
  | 'property-missing'
  | 'hierarchy-unassigned'
  | 'period-unlisted';

/**
 * Problem codes of the boundary importers (shapefile, GeoJSON, coordinate systems, geometry checks).
 *
 * Per-feature problems carry `feature` (0-based index in the file) and params `label` (the first text
 * property of the feature, e.g. its code) with `labelField` (that property's name) and `fields` (all
 * property names, comma-separated), because the code column may not be chosen yet. Repairs are summarised
 * in one warning per layer and kind (`features`, a count, and `examples`).
 */
export type BoundaryProblemCode =
  | 'boundary-file-unsupported'
  | 'boundary-no-features'
  | 'shapefile-shp-missing'
  | 'shapefile-dbf-missing'
  | 'shapefile-shx-missing'
  | 'shapefile-corrupt'
  | 'shapefile-record-corrupt'
  | 'shapefile-count-mismatch'
  | 'dbf-corrupt'
  | 'dbf-field-unsupported'
  | 'dbf-value-invalid'
  | 'dbf-encoding-fallback'
  | 'dbf-encoding-unknown'
  | 'dbf-records-deleted'
  | 'dbf-too-many-fields'
  | 'dbf-field-too-long'
  | 'zip-unreadable'
  | 'zip-too-large'
  | 'zip-no-layer'
  | 'geojson-invalid-json'
  | 'geojson-not-geojson'
  | 'geojson-not-utf8'
  | 'crs-unknown-prj'
  | 'crs-unknown-geojson'
  | 'crs-missing'
  | 'crs-assumed-wgs84'
  | 'crs-override-differs'
  | 'crs-contradicts-coordinates'
  | 'reprojection-failed'
  | 'filter-field-missing'
  | 'filter-no-match'
  | 'boundary-geometry-null'
  | 'boundary-geometry-empty'
  | 'boundary-geometry-not-polygon'
  | 'boundary-geometry-invalid'
  | 'boundary-ring-too-few-points'
  | 'boundary-self-intersection'
  | 'boundary-rings-closed'
  | 'boundary-duplicate-vertices-removed'
  | 'boundary-rings-rewound';

/**
 * Problem codes of the table importers (CSV/TSV, XLSX, Parquet, layouts, numbers). The table readers also
 * use two core codes: `encoding` (a Windows-1252 file, warning) and `csv-syntax` (an unclosed quote, error).
 *
 * Params per code (all optional params are marked `?`):
 * - table-empty: —
 * - table-no-rows: columns
 * - table-format-unknown: extension
 * - table-format-unsupported: kind (`xls` | `ods` | `xlsb` | `html` | `zip`)
 * - table-file-corrupt: format, detail
 * - table-extension-mismatch: extension, format
 * - table-sheet-unknown: sheet, sheets
 * - table-sheet-empty: sheets, sheet?
 * - table-title-rows-skipped: rows, header
 * - table-header-empty: column
 * - table-header-duplicate: column, renamed
 * - table-row-short: found, expected
 * - table-row-long: found, expected
 * - table-single-column: delimiter
 * - table-decimal-ambiguous: decimal, example
 * - table-parquet-compression: codec, column, supported
 * - table-parquet-column-type: column, type
 * - table-formula-no-value: cell
 * - table-excel-error: value
 * - table-column-unknown: column, columns
 * - table-no-indicator-columns: —
 * - table-period-value-invalid: value
 * - table-code-empty: —
 * - table-period-invalid: value
 * - table-indicator-empty: —
 * - table-value-not-number: value, decimal
 * - table-value-formula: value
 * - table-dash-marker: count, marker
 * - table-duplicate: code, period, indicator, first
 * - table-option-invalid: option (`delimiter` | `decimal`), value, allowed
 * - table-duplicate-same (warning): code, period, first
 * - table-header-too-long: column, length, max, start (the name's first characters, or empty)
 * - table-too-many-columns: found (a number, or `1000+` when reading stopped there), max
 * - table-cell-too-long: column, max
 * - table-indicator-name-too-long: column, length, max, start
 * (the limits: data/formats/table/table-limits.ts)
 */
export type TableProblemCode =
  | 'table-empty'
  | 'table-no-rows'
  | 'table-format-unknown'
  | 'table-format-unsupported'
  | 'table-file-corrupt'
  | 'table-extension-mismatch'
  | 'table-sheet-unknown'
  | 'table-sheet-empty'
  | 'table-title-rows-skipped'
  | 'table-header-empty'
  | 'table-header-duplicate'
  | 'table-row-short'
  | 'table-row-long'
  | 'table-single-column'
  | 'table-decimal-ambiguous'
  | 'table-parquet-compression'
  | 'table-parquet-column-type'
  | 'table-formula-no-value'
  | 'table-excel-error'
  | 'table-column-unknown'
  | 'table-no-indicator-columns'
  | 'table-period-value-invalid'
  | 'table-code-empty'
  | 'table-period-invalid'
  | 'table-indicator-empty'
  | 'table-value-not-number'
  | 'table-value-formula'
  | 'table-dash-marker'
  | 'table-duplicate'
  | 'table-option-invalid'
  | 'table-duplicate-same'
  | 'table-header-too-long'
  | 'table-too-many-columns'
  | 'table-cell-too-long'
  | 'table-indicator-name-too-long';

/** Problem codes of the import mapping and package assembly. */
export type ImportProblemCode =
  | 'import-file-unknown'
  | 'import-no-boundaries'
  | 'import-several-boundaries'
  | 'import-field-missing'
  | 'import-code-empty'
  | 'import-code-duplicate'
  | 'import-codes-unmatched-table'
  | 'import-codes-unmatched-areas'
  | 'import-nothing-matched'
  | 'import-value-duplicate'
  | 'import-indicator-clash'
  | 'import-level-name'
  | 'import-value-duplicate-same'
  | 'import-municipality-unknown'
  | 'import-municipality-ambiguous'
  | 'import-levels-mixed'
  | 'import-indicator-builtin'
  | 'import-organisation-without-teams'
  | 'import-read-timeout'
  | 'import-read-crashed';

/** Problem codes of the organisation set-up and its tables (teams, areas, locations, FTE, roles). */
export type OrganisationProblemCode =
  | 'org-column-missing'
  | 'org-value-missing'
  | 'org-area-unknown'
  | 'org-area-twice'
  | 'org-team-unknown'
  | 'org-team-duplicate'
  | 'org-coordinate-invalid'
  | 'org-coordinates-system'
  | 'org-location-outside'
  | 'org-fte-invalid'
  | 'org-period-invalid'
  | 'org-row-duplicate'
  | 'org-row-conflict'
  | 'org-role-unknown'
  | 'org-areas-unassigned';

export type ProblemCode = CoreProblemCode | BoundaryProblemCode | TableProblemCode | ImportProblemCode | OrganisationProblemCode;
