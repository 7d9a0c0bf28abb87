import type { Answer, Citation } from '../../src/answer/types.js';
import type { StoryInfo } from '../../src/bot.js';
import { inert } from '../../src/text/terminal.js';

const EXCERPT_CHARS = 240;

export interface Style {
  bold(text: string): string;
  dim(text: string): string;
}

export const PLAIN: Style = { bold: (text) => text, dim: (text) => text };
export const ANSI: Style = { bold: (text) => `\u001b[1m${text}\u001b[22m`, dim: (text) => `\u001b[2m${text}\u001b[22m` };

function shorten(text: string, limit: number): string {
  return text.length <= limit ? text : `${text.slice(0, text.lastIndexOf(' ', limit - 1))}…`;
}

/** `[1] “quote”`, then the source, then (when the story has a url) the link to the cited sentence. */
export function citationLine(citation: Citation, style: Style, full = false): string {
  const where = `${inert(citation.documentTitle)}, paragraph ${citation.paragraph}${citation.kind === 'caption' ? ' (photo caption)' : ''}`;
  const link = terminalLink(citation.url);
  const quote = inert(full ? citation.text : shorten(citation.text, EXCERPT_CHARS));
  return `${style.bold(`[${citation.marker}]`)} “${quote}”\n    ${style.dim(`— ${where}`)}${link ? `\n    ${style.dim(`<${link}>`)}` : ''}`;
}

/** Only an http(s) url is printed, with no control characters: a story cannot drive the terminal. */
function terminalLink(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/** An answer as the terminal shows it: the text, then the numbered sources; story text is shown inertly (see `inert`). */
export function formatAnswer(answer: Answer, style: Style): string {
  const lines = [...answer.notices.map((notice) => style.dim(`(${inert(notice)})`)), inert(answer.text)];
  if (answer.citations.length > 0) {
    lines.push('', style.dim('Sources:'), ...answer.citations.map((citation) => citationLine(citation, style)));
  }
  return lines.join('\n');
}

export function formatStories(stories: StoryInfo[], style: Style): string {
  return stories
    .map((story, index) => {
      const details = inert([story.source, story.published, `${story.passageCount} passages`].filter(Boolean).join(' · '));
      return `${style.bold(`${index + 1}. ${inert(story.title)}`)}\n   ${style.dim(details)}${story.url ? `\n   <${inert(story.url)}>` : ''}`;
    })
    .join('\n');
}
