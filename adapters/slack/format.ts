import type { types } from '@slack/bolt';
import type { Answer, Citation } from '../../src/answer/types.js';
import { placeInStory } from '../../src/answer/say/citation-place.js';
import { escapeMrkdwn } from './escape.js';
import { cut, fitEscaped } from './fit.js';
import { FALLBACK_TEXT_CHARS, QUOTE_CHARS, SLACK_LIMITS } from './limits.js';

type KnownBlock = types.KnownBlock;

/** What `chat.postMessage` needs besides channel and thread. */
export interface SlackMessage {
  /** Plain fallback shown in notifications and by clients that cannot render blocks. */
  text: string;
  blocks: KnownBlock[];
}

/** `verbatim` stops Slack from turning bare names and URLs in story text into mentions or links. */
const mrkdwn = (text: string): types.MrkdwnElement => ({ type: 'mrkdwn', text, verbatim: true });

const section = (text: string): types.SectionBlock => ({
  type: 'section',
  text: mrkdwn(fitEscaped(text, SLACK_LIMITS.sectionText)),
});

const contextLine = (text: string): types.ContextBlock => ({ type: 'context', elements: [mrkdwn(text)] });

/**
 * Renders a core answer as Block Kit: the answer with its `[n]` markers, then one context line per
 * source (its title links to the cited sentence when the story has a url). A reply without
 * sources offers the questions it suggests, unless its text already does. Every piece of text
 * from the question or the story goes through `escapeMrkdwn`.
 */
export function formatAnswer(answer: Answer): SlackMessage {
  const blocks: KnownBlock[] = [section(answer.text)];
  for (const notice of answer.notices) blocks.push(contextLine(fitEscaped(notice, SLACK_LIMITS.textObject)));

  if (answer.citations.length > 0) {
    blocks.push({ type: 'divider' });
    for (const citation of answer.citations) blocks.push(contextLine(sourceLine(citation)));
  }
  const suggestions = 'suggestions' in answer ? answer.suggestions.filter((question) => !answer.text.includes(question)) : [];
  if (suggestions.length > 0) {
    const tries = suggestions.map((question) => `• ${escapeMrkdwn(cut(question, 200))}`).join('\n');
    blocks.push(contextLine(`You could ask:\n${tries}`));
  }

  return { text: fallbackText(answer.text), blocks: blocks.slice(0, SLACK_LIMITS.blocks) };
}

/** A short message with no sources (apology, rate-limit notice, help). */
export function formatNotice(text: string): SlackMessage {
  return { text: fallbackText(text), blocks: [section(text)] };
}

function fallbackText(text: string): string {
  return fitEscaped(text, FALLBACK_TEXT_CHARS);
}

/** `[1] “quoted passage…” — Title (Source), paragraph 4`, the title linking to the cited sentence. */
export function sourceLine(citation: Citation): string {
  const quote = fitEscaped(citation.text, QUOTE_CHARS);
  const title = escapeMrkdwn(cut(citation.documentTitle, 200));
  // A pathological url must not push the line past Slack's text limit: drop the link, keep the source.
  const found = safeLink(citation.url);
  const link = found && found.length <= 1000 ? found : undefined;
  const where = [
    link ? `<${link}|${title}>` : `_${title}_`,
    citation.source ? ` (${escapeMrkdwn(cut(citation.source, 100))})` : '',
    placeInStory(citation),
  ].join('');
  return `*[${citation.marker}]* “${quote}” — ${where}`;
}

/**
 * Only an http(s) address taken from the story's own front matter becomes a link. Characters that
 * would end or split Slack's `<url|label>` syntax are percent-encoded, so the label cannot be
 * swapped and nothing can break out of the link.
 */
export function safeLink(url: string | undefined): string | undefined {
  if (!url) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return undefined;
  return escapeMrkdwn(parsed.href.replace(/\|/g, '%7C').replace(/</g, '%3C').replace(/>/g, '%3E'));
}
