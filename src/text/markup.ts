/**
 * Chat-platform markup that is not words of a sentence: Slack's `<@U123>`, `<!here>`,
 * `<!subteam^S1|@team>`, `<#C1|general>`, `<https://…|label>`; Discord's `<@123>`, `<@&123>`,
 * `<#123>`, `<:emoji:123>`, `<t:1700000000:R>`; typed `@everyone`, `@here`, `@someone`; bare links.
 * Removed before anything reads the text, so a mention in front of a question cannot change its
 * answer and a story pasted from a chat cannot answer "S123".
 */
const SLACK_LINK_WITH_LABEL = /<(?:https?|mailto):[^<>|\s]*\|([^<>]*)>/gi;
const ANGLE_MARKUP = /<(?:[@#!&:/]|a:|t:|https?:|mailto:)[^<>\s]*(?:\|[^<>]*)?>/gi;
const TYPED_MENTION = /(?<![\p{L}\p{N}_.])@[\p{L}\p{N}_.-]+/gu;
const BARE_LINK = /\b(?:https?:\/\/|www\.)[^\s<>]+/gi;

/** The text with platform markup, mentions and links taken out (a labelled link keeps its label). */
export function stripPlatformMarkup(text: string): string {
  return text.replace(SLACK_LINK_WITH_LABEL, '$1').replace(ANGLE_MARKUP, ' ').replace(BARE_LINK, ' ').replace(TYPED_MENTION, ' ');
}
