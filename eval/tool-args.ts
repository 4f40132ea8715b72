import { parseArgs, type ParseArgsConfig } from 'node:util';

/**
 * The command-line options of a measuring tool (`npm run eval`, `npm run bench`, the eval's
 * reports), read with Node's parseArgs. `--help` prints the tool's usage and exits 0; an unknown
 * or malformed option prints what was wrong and the usage, and exits 2 — never a stack trace.
 */
export function toolArgs<T extends NonNullable<ParseArgsConfig['options']>>(
  tool: string,
  usage: string,
  options: T,
  allowPositionals = false,
  argv: string[] = process.argv.slice(2),
): ReturnType<typeof parseArgs<{ options: T; allowPositionals: boolean; args: string[] }>> {
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(usage);
    process.exit(0);
  }
  try {
    return parseArgs({ options, allowPositionals, args: argv });
  } catch (error) {
    console.error(`${tool}: ${(error as Error).message}\n\n${usage}`);
    process.exit(2);
  }
}
