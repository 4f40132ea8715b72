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
    return failWith(tool, usage)((error as Error).message);
  }
}

/**
 * A tool's way out on a bad value: what was wrong and the usage, on stderr, exit 2. Declare the
 * variable holding it as `(message: string) => never`: TypeScript reads a call as ending the
 * program only through a declared type.
 */
export function failWith(tool: string, usage: string): (message: string) => never {
  return (message) => {
    console.error(`${tool}: ${message}\n\n${usage}`);
    process.exit(2);
  };
}
