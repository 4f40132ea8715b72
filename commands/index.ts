import type { Command } from '../src/dispatch/types.js';
import { validateCommands } from '../src/dispatch/validate.js';
import acronym from './acronym.js';
import ask from './ask.js';
import digest from './digest.js';
import help from './help.js';
import sources from './sources.js';
import timeline from './timeline.js';
import upcoming from './upcoming.js';

/** Every slash command, in the order help lists them, checked as they load. Platforms register exactly these. */
export const commands: readonly Command[] = validateCommands([ask, acronym, upcoming, timeline, digest, sources, help]);
