import { relative } from 'node:path';
import { addDocument } from '../../knowledge/add/add-document.js';
import { AddError } from '../../knowledge/add/types.js';
import type { AddRequest } from './add-args.js';
import type { CliIo } from './io.js';

/** A path as the person would type it from here. */
const shown = (path: string): string => (relative(process.cwd(), path).startsWith('..') ? path : relative(process.cwd(), path));

/**
 * `briefbot add`: each file in turn; what was inferred and what to check on stdout, a file that
 * cannot be added on stderr. The exit code is the worst of the files' (0, 1, or 2 for a mistake in
 * how it was typed, such as a missing title that only --title can give).
 */
export async function addCli(request: AddRequest, corpusDir: string, io: CliIo): Promise<number> {
  let code = 0;
  for (const file of request.files) {
    try {
      const result = await addDocument(file, {
        corpusDir,
        dryRun: request.dryRun,
        ...(request.title ? { title: request.title } : {}),
        ...(request.authors?.length ? { authors: request.authors } : {}),
        ...(request.date ? { date: request.date } : {}),
        ...(request.url ? { url: request.url } : {}),
        ...(request.kind ? { kind: request.kind } : {}),
      });
      const head = result.written ? `Added ${shown(result.path)}` : `Would add ${shown(result.path)} (dry run: nothing written)`;
      io.out(`${head}: ${result.passages} passage${result.passages === 1 ? '' : 's'}`);
      io.out('From the file:');
      for (const line of result.inferred) io.out(`  ${line}`);
      if (result.check.length > 0) {
        io.out('Check:');
        for (const line of result.check) io.out(`  - ${line}`);
      }
      for (const warning of result.warnings) io.out(`Loader: ${warning}`);
      if (request.dryRun) io.out(result.text.slice(0, result.text.indexOf('\n---\n') + 4));
    } catch (error) {
      if (!(error instanceof AddError)) throw error;
      io.err(`briefbot: ${error.message}`);
      code = Math.max(code, error.code);
    }
  }
  return code;
}
