#!/usr/bin/env node
/**
 * Wijkzicht command line: `npm run cli -- <command> [options]`.
 *
 *   summary --package <dir|zip> [--lang nl|en]   JSON summary of a package and all validation problems;
 *                                                exit code 1 when there is any error.
 *   analyse | locate | allocate | territories --package <dir> the analysis engine (see commands/*.ts, --help).
 *   import <files…> --out <dir|zip> [options]    import boundaries and figures as a package, or figures onto a
 *                                                built-in municipality with --municipality (see commands/import.ts).
 *   demo --out <dir> [--seed N]                  write the generated Demostad package to a folder.
 */

const USAGE = `Usage: npm run cli -- <command> [options]   (npm run cli -- <command> --help for all options)

Commands:
  summary --package <dir|zip> [--lang en|nl]
      JSON summary of a data package (areas, indicators, base-level population, problems); exit 1 on errors
  analyse --package <dir|zip> [--period <year>] [--level <level>] [--need a,b:2] [--total-fte <n>] [--json]
      per team and per area: need, known clients and reach, coverage, 2SFCA, gap rank, FTE and caseload per FTE
  locate --package <dir|zip> [--add <k>] [--model mclp|p-median] [--radius-km <km>] [--resite] [--json]
      where k new locations would help most (maximal coverage or p-median)
  allocate --package <dir|zip> [--total-fte <n>] [--method sainte-lague|dhondt|hamilton] [--json]
      the FTE apportionment over the teams by need-weighted capitation
  territories --package <dir|zip> [--teams <k>] [--balance personsInNeed|openDossiers|dossiersPerFte]
              [--tolerance 0.1] [--keep-wijken] [--min-change] [--period <year>] [--json]
      contiguous, balanced team territories that keep every location (region growing + local search)
  import <files…> --out <dir|zip> [--crs …] [--code-column …] [--level …] [--json]
      boundaries (shapefile, GeoJSON) and figure tables (CSV, XLSX, Parquet) as a package
  import <figure tables…> --municipality <NIS|name> --out <dir|zip> [--teams <file>] [--centres <file>]
         [--fte <file>] [--role need=<id>] [--role clients=<id>] [--role caseload=<id>]
      figures per sector or wijk onto the built-in geography of a Flemish or Brussels municipality, with its
      teams, locations and FTE
  demo --out <dir> [--seed <n>]
      write the generated Demostad demo package to <dir>
`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'summary':
      return (await import('./commands/summary')).runSummary(rest);
    case 'analyse':
    case 'analyze':
      return (await import('./commands/analyse')).runAnalyseCommand(rest);
    case 'locate':
      return (await import('./commands/locate')).runLocateCommand(rest);
    case 'allocate':
      return (await import('./commands/allocate')).runAllocateCommand(rest);
    case 'territories':
      return (await import('./commands/territories')).runTerritoriesCommand(rest);
    case 'import':
      return (await import('./commands/import')).runImportCommand(rest);
    case 'demo':
      return (await import('./commands/demo')).runDemo(rest);
    case undefined:
    case '-h':
    case '--help':
    case 'help':
      process.stdout.write(USAGE);
      return command === undefined ? 2 : 0;
    default:
      process.stderr.write(`Unknown command "${command}".\n\n${USAGE}`);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`wijkzicht: ${error instanceof Error ? error.message : String(error)}\n`);
    // A package archive that cannot be read is bad input (exit 1, like a package with errors); anything
    // else that escapes a command is unexpected (exit 2).
    process.exitCode = error instanceof Error && error.name === 'PackageArchiveError' ? 1 : 2;
  },
);
