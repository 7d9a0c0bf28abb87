/**
 * Slack's mrkdwn treats `<…>` as control sequences (mentions, `<!channel>`, links) and `&` as the
 * start of an entity. Escaping these three characters is Slack's documented way to make text inert,
 * so nothing taken from a question or a story can ping people or smuggle in a link.
 */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Undo Slack's escaping of incoming message text (it arrives with `&amp;`, `&lt;`, `&gt;`). */
export function unescapeMrkdwn(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}
