/** Discord's documented message limits (characters). Replies over them are rejected with a 400. */
export const LIMITS = {
  content: 2000,
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footerText: 2048,
  embedTotal: 6000,
  autocompleteChoices: 25,
  choiceLength: 100,
} as const;

const ELLIPSIS = '…';

/**
 * Cuts already-escaped text to at most `max` UTF-16 units (never fewer characters than Discord
 * counts), ending with an ellipsis. It prefers a word boundary, never splits a surrogate pair and
 * never leaves a dangling escape backslash that would swallow the ellipsis.
 */
export function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= ELLIPSIS.length) return ELLIPSIS.slice(0, Math.max(0, max));
  let head = text.slice(0, max - ELLIPSIS.length);
  const space = head.lastIndexOf(' ');
  if (space > head.length * 0.7) head = head.slice(0, space);
  if (/[\uD800-\uDBFF]$/.test(head)) head = head.slice(0, -1);
  // An odd run of trailing backslashes means the last one escapes whatever follows.
  const trailing = /\\+$/.exec(head)?.[0].length ?? 0;
  if (trailing % 2 === 1) head = head.slice(0, -1);
  return `${head.trimEnd()}${ELLIPSIS}`;
}

/** Total characters Discord counts toward an embed's 6,000. */
export function embedLength(embed: {
  title?: string;
  description?: string;
  footer?: { text: string };
  fields?: { name: string; value: string }[];
}): number {
  let total = (embed.title?.length ?? 0) + (embed.description?.length ?? 0) + (embed.footer?.text.length ?? 0);
  for (const field of embed.fields ?? []) total += field.name.length + field.value.length;
  return total;
}
