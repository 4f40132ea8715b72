/**
 * The platform-neutral message every command returns. Platforms render it (Slack Block Kit,
 * Discord embeds, terminal text) and escape the user-supplied text in it, each in one place.
 */

import type { Citation } from '../corpus/index.js';
import type { TextRun } from '../search/index.js';

export type { Citation, TextRun };

export type Block =
  | { type: 'text'; spans: TextRun[] }
  /** A verbatim excerpt from the corpus; `label` says what it is when it is not an answer ("Closest passage"). */
  | { type: 'excerpt'; spans: TextRun[]; citation: Citation; label?: string }
  | { type: 'list'; items: TextRun[][] }
  | { type: 'notice'; tone: 'info' | 'warning' | 'error'; text: string };

/** A button the user can press; `command` and `args` say what pressing it runs. */
export interface ReplyButton {
  id: string;
  label: string;
  command: string;
  args: Record<string, string | number>;
}

export interface Reply {
  title?: string;
  blocks: Block[];
  buttons?: ReplyButton[];
  /** Answers are private to the asker unless shared; errors always are. */
  visibility?: 'ephemeral' | 'public';
  /**
   * For the person alone wherever they wrote (a slow-down, an apology, a usage hint, a vote's
   * thanks): in a public thread where answers are posted for everyone, this still goes to them only.
   */
  personal?: boolean;
  /**
   * Worth showing the channel: platforms add a "Share" button that posts the same reply publicly
   * (re-running the command with the same options). Set on answers, not on errors or settings.
   */
  shareable?: boolean;
  /**
   * One page of a paged answer ("More", "Back"): when a button press yields it, platforms replace
   * the message the button was on instead of adding one, so turning pages leaves one message.
   */
  paged?: boolean;
}
