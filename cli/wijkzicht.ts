#!/usr/bin/env node
/**
 * Wijkzicht command line: `npm run cli -- <command> [options]`.
 *
 *   summary --package <dir|zip> [--lang nl|en]   JSON summary of a package and all validation problems;
 *                                                exit code 1 when there is any error.
 *   analyse | locate | allocate --package <dir> the analysis engine (see commands/*.ts, --help).
 *   import <files…> --out <dir|zip> [options]    import boundaries and figures as a package (see commands/import.ts).
 *   demo --out <dir> [--seed N]                  write the generated Demostad package to a folder.
 */

const USAGE = `Usage: npm run cli -- <command> [options]

Commands:
  summary --package <dir|zip> [--lang en|nl]   print a JSON summary of a data package (exit 1 on errors)
  demo --out <dir> [--seed <n>]                write the generated Demostad demo package to <dir>
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
    process.exitCode = 2;
  },
);
