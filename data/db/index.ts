/**
 * The database layer: the `Database` interface, Arrow rows, identifier quoting, and loading a package into DuckDB. The only part of Wijkzicht that touches DuckDB-WASM.
 * The public face of data/db/: import from here, not from the files inside.
 * The two openers are platform-specific and imported by path: `data/db/open-node-database` (Node: CLI, tests, bench) and `data/db/open-browser-database` (the renderer, in a Web Worker).
 */
export * from './arrow-rows';
export * from './database';
export * from './database-gate';
export * from './load-package-into-database';
export * from './quote-identifier';
