import type { Answer, Citation } from '../../src/answer/types.js';
import type { StoryInfo } from '../../src/bot.js';
import { placeInStory } from '../../src/answer/say/citation-place.js';
import { wrapText } from './wrap.js';

export { DEFAULT_COLUMNS } from './wrap.js';
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

const whereOf = (citation: Citation): string => `${inert(citation.documentTitle)}${placeInStory(citation)}`;

/** `[1] “quote”`, then the source, then (when the story has a url) the link to the cited sentence. */
export function citationLine(citation: Citation, style: Style, full = false): string {
  const where = whereOf(citation);
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

/** `[1] Title, paragraph 4` (and the link): a source whose quotation the answer already shows. */
function sourceLine(citation: Citation, style: Style): string {
  const link = terminalLink(citation.url);
  return `${style.bold(`[${citation.marker}]`)} ${style.dim(whereOf(citation))}${link ? `\n    ${style.dim(`<${link}>`)}` : ''}`;
}

/** Whether the answer's text quotes citation `marker` itself: `“…” [1]`. */
const quotedInText = (text: string, marker: number): boolean => new RegExp(`[”’"]\\s*\\[${marker}\\]`).test(text);

/** A reply line opens with a capital, as a sentence does ("the president said:" → "The president said:"); a quotation's own words stay as written. */
const capitalised = (line: string): string => line.replace(/^\p{Ll}/u, (letter) => letter.toUpperCase());

export interface FormatOptions {
  /** Wrap lines at word boundaries to this many columns (a terminal's width); unset, lines are kept whole. */
  width?: number | undefined;
}

/** An answer as the terminal shows it: the text, then the numbered sources, each quotation shown once. */
export function formatAnswer(answer: Answer, style: Style, options: FormatOptions = {}): string {
  const text = inert(answer.text).split('\n').map(capitalised).join('\n');
  const lines = [...answer.notices.map((notice) => style.dim(`(${inert(notice)})`)), text];
  if (answer.citations.length > 0) {
    const sources = answer.citations.map((citation) => (quotedInText(answer.text, citation.marker) ? sourceLine(citation, style) : citationLine(citation, style)));
    lines.push('', style.dim('Sources:'), ...sources);
  }
  const out = lines.join('\n');
  return options.width ? wrapText(out, options.width) : out;
}

export function formatStories(stories: StoryInfo[], style: Style): string {
  return stories
    .map((story, index) => {
      const details = inert([story.source, story.published, `${story.passageCount} passages`].filter(Boolean).join(' · '));
      return `${style.bold(`${index + 1}. ${inert(story.title)}`)}\n   ${style.dim(details)}${story.url ? `\n   <${inert(story.url)}>` : ''}`;
    })
    .join('\n');
}
