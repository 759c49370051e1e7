/**
 * File formats read and written by Wijkzicht: CSV (parse, write, delimiter), text decoding, tables (raw tables, Belgian numbers), XLSX, Parquet, DBF, SHP, WKT, and zip archives unpacked with caps on their real size.
 * The public face of data/formats/: import from here, not from the files inside.
 */
export * from './csv/detect-delimiter';
export * from './csv/parse-csv';
export * from './csv/read-csv-table';
export * from './csv/write-csv';
export * from './dbf/read-dbf';
export * from './geojson/convert-geometry';
export * from './geojson/raw-geometry';
export * from './geojson/repair-rings';
export * from './parquet/read-parquet-table';
export * from './shp/read-shp';
export * from './table/build-raw-table';
export * from './table/parse-number';
export * from './table/raw-table';
export * from './table/table-limits';
export * from './table/table-read-helpers';
export * from './text/decode-text';
export * from './wkt/identify-wkt-crs';
export * from './xlsx/read-xlsx-table';
export * from './xlsx/xlsx-number-formats';
export * from './xlsx/xlsx-xml';
export * from './zip/unzip-capped';
export * from './parquet/check-parquet-pages';
