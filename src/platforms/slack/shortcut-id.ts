/**
 * The message shortcut the manifest declares, the listener answers and the HTTP guard lets
 * through: one definition, so the three cannot drift apart. The name is what people see in a
 * message's menu (Slack allows 24 characters); the callback_id is what Slack sends back.
 */
export const ASK_SHORTCUT = {
  callbackId: 'ask_about_message',
  name: 'Ask briefbot about this',
  description: 'Search the papers for this message’s words and show me the cited excerpts',
} as const;
