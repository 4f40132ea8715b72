/** The logging the scheduler needs: a subset of pino's signature, so a pino logger fits as is. */
export interface Logger {
  info(fields: Record<string, unknown>, message: string): void;
  warn(fields: Record<string, unknown>, message: string): void;
  error(fields: Record<string, unknown>, message: string): void;
}

export const silentLogger: Logger = {
  info: () => {},
  warn: () => {},
  error: () => {},
};

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
