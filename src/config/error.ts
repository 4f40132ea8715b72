/** A setting that cannot work; the message names the variable and how to fix it. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}
