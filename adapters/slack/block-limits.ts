/** Block Kit limits the renderers keep to (https://docs.slack.dev/reference/block-kit). */
export const BLOCK_LIMITS = {
  /** Blocks in one message. */
  messageBlocks: 50,
  /** Blocks in a Home tab view. */
  viewBlocks: 100,
  /** Characters of a section's text. */
  sectionText: 3000,
  /** Characters of a section field; at most `sectionFields` fields. */
  fieldText: 2000,
  sectionFields: 10,
  /** Characters of a header block's text. */
  headerText: 150,
  /** Characters of a button's text and value, and of an action_id. */
  buttonText: 75,
  buttonValue: 2000,
  actionId: 255,
  /** Elements of an actions block and of a context block. */
  actionsElements: 25,
  contextElements: 10,
  /** Characters of a context element's text (mrkdwn or plain_text). */
  contextText: 3000,
  /**
   * The top-level `text` of a message (notifications, screen readers): Slack truncates beyond
   * 4,000; the bot keeps it short.
   */
  fallbackText: 300,
} as const;
