/**
 * Chat platform markup in text copied from Slack or Discord (stories pasted from a channel,
 * questions as the platform sends them), reduced to what a reader of the message saw: a label
 * where the markup has one, else nothing. An id such as `S123` or `<@&123>` is never content.
 */

/** Slack `<@U123|name>`, `<#C123|name>`, `<!subteam^S123|@team>`, `<!date^…|fallback>` and Discord `<@123>`, `<@!123>`, `<@&123>`, `<#123>`. */
const MENTION = /<([@#!])([^<>|\s]{1,200})(?:\|([^<>]{0,300}))?>/g;
/** Slack `<https://x|label>` and `<mailto:x|label>`: the label; a bare `<https://x>` is the address a reader saw. */
const LINK = /<((?:https?|mailto):[^<>|\s]{1,2000})(?:\|([^<>]{0,300}))?>/gi;
/** Discord custom emoji `<:name:123>` / `<a:name:123>`, timestamps `<t:1700000000:R>`, command mentions `</name:123>`. */
const DISCORD_TOKENS = /<a?:\w{1,32}:\d{1,20}>|<t:-?\d{1,13}(?::[tTdDfFR])?>|<\/[\w -]{1,64}:\d{1,20}>/g;
/** Slack broadcasts: never worth repeating, whatever their label. */
const BROADCASTS = new Set(['here', 'channel', 'everyone']);

/** Typed mentions in a question: `@everyone`, `@here`, `@someone` (not the `@` of an e-mail address). */
const TYPED_MENTION = /(?<![\p{L}\p{N}_.])@[\p{L}\p{N}_.-]+/gu;
/** A Markdown link `[label](https://…)`, as Discord renders one: the label is what a reader saw. */
const MARKDOWN_LINK = /\[([^\][]{0,300})\]\(\s*<?(?:https?:\/\/|www\.)[^()\s]*>?\s*\)/gi;
/** Bare links in a question: a link is not words to search for. */
const BARE_LINK = /\b(?:https?:\/\/|www\.)[^\s<>]+/gi;

/** A mention's label without its sigil (`@editors` → `editors`): the name, not a ping to pass on. */
function mention(sigil: string, target: string, label: string | undefined): string {
  if (sigil === '!' && BROADCASTS.has(target.toLowerCase())) return '';
  return label?.trim().replace(/^[@#]/, '') ?? '';
}

/** Text with Slack and Discord markup replaced by its label or removed; callers fold the spaces left behind. */
export function stripPlatformMarkup(text: string): string {
  if (!text.includes('<')) return text;
  return text
    .replace(DISCORD_TOKENS, '')
    .replace(MENTION, (_whole, sigil: string, target: string, label: string | undefined) => mention(sigil, target, label))
    .replace(LINK, (_whole, address: string, label: string | undefined) => label?.trim() ?? address);
}

/**
 * A question as the bot reads it: mentions (whatever their label), channel and role markup and
 * links out, a labelled link's label kept. "@here who …?" is the same question as "who …?".
 */
export function stripQuestionMarkup(text: string): string {
  const marked = text
    .replace(DISCORD_TOKENS, ' ')
    .replace(MENTION, ' ')
    .replace(LINK, (_whole, _address: string, label: string | undefined) => ` ${label?.trim() ?? ''} `);
  return marked.replace(MARKDOWN_LINK, ' $1 ').replace(BARE_LINK, ' ').replace(TYPED_MENTION, ' ');
}
