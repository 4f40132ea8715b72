/**
 * Block Kit's limits (docs.slack.dev/reference/block-kit). Slack refuses a whole message that
 * breaks one (`invalid_blocks`), so the renderer cuts to fit instead: a shortened answer beats none.
 */
export const LIMITS = {
  /** Blocks in one message. */
  blocks: 50,
  /** A header block's plain_text. */
  header: 150,
  /** A section's text object. */
  section: 3000,
  /** Elements in one context block. */
  contextElements: 10,
  /** One context element's text. */
  contextText: 3000,
  /** Elements in one actions block. */
  actions: 25,
  /** A button's label. */
  buttonText: 75,
  /** A button's value: what it runs, encoded. */
  buttonValue: 2000,
  /** An action_id. */
  actionId: 255,
  /**
   * The message's `text`, shown in notifications and read by screen readers. Slack accepts far
   * more (it truncates at 40,000), but a notification needs only the start.
   */
  fallback: 3000,
} as const;
