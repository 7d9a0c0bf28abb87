import { unescapeMrkdwn } from './escape.js';

/**
 * Turns the text of a Slack message into the plain question the core expects: the bot's own
 * mention is removed, Slack's markup is reduced to what a reader sees, and broadcast or group
 * mentions are dropped outright so they can never be echoed back into an answer.
 */
export function questionFromSlack(text: string | undefined, botUserId?: string): string {
  if (!text) return '';
  const plain = text.replace(/<([^<>]*)>/g, (_whole, inner: string) => readableMarkup(inner, botUserId));
  return unescapeMrkdwn(plain).replace(/\s+/g, ' ').trim();
}

function readableMarkup(inner: string, botUserId: string | undefined): string {
  const bar = inner.indexOf('|');
  const target = bar === -1 ? inner : inner.slice(0, bar);
  const label = bar === -1 ? undefined : inner.slice(bar + 1);

  if (target.startsWith('@')) {
    // The bot's own mention is how it was addressed, not part of the question.
    if (botUserId !== undefined && target === `@${botUserId}`) return ' ';
    return label ? ` ${label} ` : ' ';
  }
  // `<!channel>`, `<!here>`, `<!everyone>`, `<!subteam^…>`: never pass a broadcast on.
  if (target.startsWith('!')) return target.startsWith('!date^') && label ? label : ' ';
  if (target.startsWith('#')) return label ? `#${label}` : ' ';
  // A link: what the user typed or saw is the label, else the address itself.
  return label ?? target.replace(/^mailto:/, '');
}
