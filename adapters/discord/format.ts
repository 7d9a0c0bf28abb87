import type { APIEmbed, APIEmbedField } from 'discord.js';
import type { Answer, Citation } from '../../src/answer/types.js';
import type { StoryInfo } from '../../src/bot.js';
import { placeInStory } from '../../src/answer/say/citation-place.js';
import { escapeDiscord, maskedLink, quietLink } from './escape.js';
import { cut, embedLength, LIMITS } from './limits.js';

/**
 * Answers go out as one embed: the answer (with its `[n]` markers) as the description and one
 * field per numbered citation. Why an embed rather than markdown content: it gives 6,000
 * characters instead of 2,000, so three quoted passages fit without cutting them to a line;
 * fields keep each source visibly apart; and text inside an embed can never ping anyone even if
 * escaping missed something.
 */

const ACCENT = 0x5865f2;
/** Grey, for replies that say the bot cannot answer. */
const MUTED = 0x99aab5;
// An answer is a few sentences; capping it leaves room for the quotes even in the worst case.
const ANSWER_MAX = 3000;
const FIELD_NAME_MAX = 200;
const FOOTER_MAX = 300;

function citationName(citation: Citation): string {
  return cut(`[${citation.marker}] ${escapeDiscord(citation.documentTitle)}${placeInStory(citation)}`, FIELD_NAME_MAX);
}

/** The label of the link to the cited sentence in the original story. */
export const SENTENCE_LINK_LABEL = 'Open the cited sentence';

/** Room for the source and the link under a quote; a link that does not fit is left out, never cut. */
const SUFFIX_MAX = 600;

function citationSuffix(citation: Citation): string {
  const source = citation.source ? cut(escapeDiscord(citation.source), 100) : null;
  const link = maskedLink(SENTENCE_LINK_LABEL, citation.url);
  const parts = [source, link && link.length <= SUFFIX_MAX - 110 ? link : null].filter(Boolean);
  return parts.length > 0 ? `\n${parts.join(' · ')}` : '';
}

function citationFields(citations: Citation[], room: number): APIEmbedField[] {
  const each = Math.floor(room / Math.max(1, citations.length));
  return citations.map((citation) => {
    const name = citationName(citation);
    const suffix = citationSuffix(citation);
    const quoteRoom = Math.min(LIMITS.fieldValue, each - name.length) - suffix.length - 2;
    const quote = cut(escapeDiscord(citation.text.replace(/\s+/g, ' ').trim()), Math.max(20, quoteRoom));
    return { name, value: `> ${quote}${suffix}` };
  });
}

/** Confidence is shown for answers from passages; for small talk and story facts it says nothing. */
function footer(answer: Answer): { text: string } | undefined {
  const confidence = answer.kind === 'answer' ? [`Confidence ${Math.round(answer.confidence * 100)}%`] : [];
  const parts = [...answer.notices.map(escapeDiscord), ...confidence];
  return parts.length > 0 ? { text: cut(parts.join(' · '), FOOTER_MAX) } : undefined;
}

export function answerEmbed(answer: Answer): APIEmbed {
  const title = cut(escapeDiscord(answer.question.trim() || 'Your question'), LIMITS.embedTitle);
  const description = cut(escapeDiscord(answer.text), ANSWER_MAX);
  const shownFooter = footer(answer);
  const base = { title, description, ...(shownFooter ? { footer: shownFooter } : {}), color: ACCENT };

  if (answer.kind === 'abstained' || answer.kind === 'chat') {
    // The core's text may already offer them ("Did you mean …"); saying it twice is noise.
    const fresh = answer.suggestions.filter((s) => !answer.text.includes(s));
    const suggestions = fresh.map((s) => `• ${cut(escapeDiscord(s), 300)}`);
    const asks = suggestions.length > 0 ? [{ name: 'You could ask', value: cut(suggestions.join('\n'), LIMITS.fieldValue) }] : [];
    // An abstention may cite the closest the stories come ("The story doesn't say whether … [1]").
    const cited = answer.citations.length > 0 ? citationFields(answer.citations, LIMITS.embedTotal - embedLength(base) - embedLength({ fields: asks })) : [];
    return { ...base, ...(answer.kind === 'abstained' ? { color: MUTED } : {}), fields: [...cited, ...asks] };
  }

  const room = LIMITS.embedTotal - embedLength(base);
  return { ...base, fields: citationFields(answer.citations, room) };
}

function storyField(story: StoryInfo): APIEmbedField {
  const facts = [story.source, story.published].filter((part): part is string => Boolean(part)).map(escapeDiscord);
  facts.push(`${story.passageCount} passages`);
  const link = quietLink(story.url);
  return {
    name: cut(escapeDiscord(story.title), FIELD_NAME_MAX),
    value: cut([facts.join(' · '), link].filter(Boolean).join('\n'), 600),
  };
}

export function sourcesEmbed(stories: StoryInfo[]): APIEmbed {
  const embed = { title: 'Stories I can answer questions about', color: ACCENT, fields: [] as APIEmbedField[] };
  const fieldsMax = LIMITS.embedFields;
  for (const [index, story] of stories.entries()) {
    const field = storyField(story);
    const full = embed.fields.length >= fieldsMax - 1 || embedLength({ ...embed, fields: [...embed.fields, field] }) > LIMITS.embedTotal - 100;
    if (full) {
      embed.fields.push({ name: '…', value: `and ${stories.length - index} more` });
      break;
    }
    embed.fields.push(field);
  }
  if (stories.length === 0) return { ...embed, description: 'No stories are loaded.' };
  return embed;
}

export function helpEmbed(exampleQuestion: string): APIEmbed {
  const example = cut(escapeDiscord(exampleQuestion), 500);
  const description = [
    'Ask me about the news stories I have read. Every answer cites the passages it comes from as `[1]`, `[2]`…, and I say so when a story does not tell.',
    '',
    `**/ask** \`question:\` your question, for example:\n> ${example}`,
    'Add `private: True` to see the answer yourself only.',
    'Follow-up questions in the same channel ("who did he speak to?") continue from your last answer.',
    'You can also ask what a story is about, when it was published, who wrote it, or which stories I know.',
    '',
    '**/sources** lists the stories, with their source, date and link.',
  ].join('\n');
  return { title: 'How to ask', description, color: ACCENT };
}
