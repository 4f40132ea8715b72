/**
 * The platform-neutral message every command returns. Platforms render it (Slack Block Kit,
 * Discord embeds, terminal text) and escape the user-supplied text in it, each in one place.
 */

/** A run of text; `marked` spans are the terms that matched the question. */
export interface Span {
  text: string;
  marked?: boolean;
}

export interface NoteRef {
  id: string;
  text: string;
}

/** Where an excerpt comes from: enough to find and cite it. */
export interface Citation {
  /** Corpus file name. */
  doc: string;
  title: string;
  authors: string[];
  publisher: string | null;
  published: string;
  section: string | null;
  /** 1-based passage number within the document. */
  passage: number;
  url: string | null;
  /** The notes behind the footnote markers in the excerpt: the primary sources. */
  notes: NoteRef[];
}

export type Block =
  | { type: 'text'; spans: Span[] }
  /** A verbatim excerpt from the corpus; `label` says what it is when it is not an answer ("Closest passage"). */
  | { type: 'excerpt'; spans: Span[]; citation: Citation; label?: string }
  | { type: 'list'; items: Span[][] }
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
   * Worth showing the channel: platforms add a "Share" button that posts the same reply publicly
   * (re-running the command with the same options). Set on answers, not on errors or settings.
   */
  shareable?: boolean;
}
