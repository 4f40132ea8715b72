import type { Logger } from '../../shared/logger.js';

/** In the terminal chat only trouble is worth a line on stderr; routine events stay quiet. */
export const terminalLogger: Logger = {
  info: () => {},
  warn: (_fields, message) => console.error(`briefbot: ${message}`),
  error: (_fields, message) => console.error(`briefbot: ${message}`),
};
