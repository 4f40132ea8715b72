import { errorText, type Logger } from '../../shared/logger.js';

/**
 * In the terminal only trouble is worth a line on stderr; routine events stay quiet. A failed
 * command's line carries the error id its apology shows, and what went wrong.
 */
export function terminalLogger(writeLine: (line: string) => void = (line) => console.error(line)): Logger {
  const trouble = (fields: Record<string, unknown>, message: string) => {
    const id = typeof fields.errorId === 'string' ? ` (error id ${fields.errorId})` : '';
    const cause = fields.err === undefined ? '' : `: ${errorText(fields.err)}`;
    writeLine(`briefbot: ${message}${id}${cause}`);
  };
  return { info: () => {}, warn: trouble, error: trouble };
}
