/** A mistake in how the command line was typed: printed with the usage, exit code 2. */
export class UsageError extends Error {}
