/**
 * Escaping for text that came from a user or a story before it goes into a Discord message.
 * Mentions are disabled on every reply anyway (`allowedMentions: { parse: [] }`); escaping is the
 * second layer, so the text also *looks* inert: no highlighted `@everyone`, no `<@id>` pill, no
 * masked link `[label](url)` that the story did not contain, no stray bold or spoiler.
 */

// Characters Discord's markdown treats as syntax anywhere in a line. `\` first so our own
// escapes are not escaped again. Brackets and parentheses break masked links; `<` breaks
// `<@id>`, `<@&id>`, `<#id>`, `<t:…>` and custom emoji.
const INLINE_SYNTAX = /[\\*_~`|[\]()<>]/g;

// Syntax that only counts at the start of a line: headings, `-#` subtext, lists, block quotes.
const LINE_START_SYNTAX = /^(\s*)([#>+-]|\d+\.)/gm;

// A zero-width space after `@` stops the client rendering a mass mention as one.
const MASS_MENTION = /@(everyone|here)/gi;

export function escapeDiscord(text: string): string {
  return text
    .replace(INLINE_SYNTAX, (char) => `\\${char}`)
    .replace(LINE_START_SYNTAX, (_match, space: string, marker: string) =>
      // `1.` becomes `1\.`; other markers get a leading backslash.
      /^\d/.test(marker) ? `${space}${marker.slice(0, -1)}\\.` : `${space}\\${marker}`,
    )
    .replace(MASS_MENTION, '@\u200b$1');
}

/**
 * A link Discord will show without an embedded preview (`<url>`), or null when the value is not
 * a plain http(s) URL: a story's front matter must not be able to inject markdown through it.
 */
export function quietLink(url: string | undefined): string | null {
  if (!url || !/^https?:\/\/[^\s<>]+$/i.test(url)) return null;
  return `<${url}>`;
}

/**
 * A masked link `[label](<url>)` whose url cannot end the link early or carry markdown: only a
 * parsable http(s) url, with the characters that close the syntax percent-encoded. `label` must
 * already be escaped. Null when the url is not usable (the caller then shows no link).
 */
export function maskedLink(label: string, url: string | undefined): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
  const safe = parsed.href.replace(/[()[\]<>\s]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
  return `[${label}](<${safe}>)`;
}
