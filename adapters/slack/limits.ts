/** Slack's documented Block Kit limits, and the sizes this adapter chooses within them. */
export const SLACK_LIMITS = {
  /** Max characters of a section block's text. */
  sectionText: 3000,
  /** Max characters of any text object, including a context block element. */
  textObject: 3000,
  /** Max blocks in one message. */
  blocks: 50,
  /** Max elements in one context block. */
  contextElements: 10,
} as const;

/** A quoted passage is cut here so a source line stays readable under the answer. */
export const QUOTE_CHARS = 300;
/** Notification previews only show the start of `text`; keep the fallback to one section's worth. */
export const FALLBACK_TEXT_CHARS = 3000;
