/** A numbered schema change, applied once, in order, at start-up. Never edit one that has shipped: add the next. */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}
