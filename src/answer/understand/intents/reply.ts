import type { Sentence } from '../../../corpus/corpus.js';
import type { KnowledgeBase } from '../../../knowledge-base/knowledge-base.js';
import type { Story } from '../../../knowledge/types.js';
import { citationOf } from '../../say/cite.js';
import { excerpt } from '../../say/quote.js';
import { fill, INTENT_TEMPLATES as SAY, listQuestions, listTitles } from '../../say/templates.js';
import type { Abstained, About, Answer, Chat, ChatIntent, Citation, StoryFact } from '../../types.js';
import { bodySentences, leadOf } from './lead.js';
import type { FactIntent, Intent } from './patterns.js';
import type { Recognised } from './recognise.js';
import { chooseStory, newestFirst, readableDate } from './stories.js';

/** What an intent reply needs from the engine. */
export interface IntentContext {
  kb: KnowledgeBase;
  /** A few varied questions the stories can answer, for greetings and help. */
  examples(limit: number): string[];
}

export interface IntentReply {
  answer: Answer;
  /** After a one-story summary: the lead shown, and the story's sentences after it, so "tell me more" reads on. */
  readOn?: { shown: Sentence[]; after: Sentence[] };
}

/** Replies recognised by a pattern are certain of what was asked. */
const RECOGNISED_CONFIDENCE = 1;
const EXAMPLES_IN_CHAT = 3;
/** A one-story summary stays about as long as an answer. */
const SUMMARY_LEAD_CHARS = 300;
/** Each story's line in a list of summaries. */
const LIST_LEAD_CHARS = 110;
const SUMMARIES_LISTED = 3;
const STORIES_LISTED = 10;
/** A refusal has no evidence behind an answer. */
const DECLINED_CONFIDENCE = 0;

/** " (The Independent, 26 November 2025)", or nothing when the file gives neither. */
function factsSuffix(story: Story): string {
  const facts = [story.source, story.published ? readableDate(story.published) : undefined].filter(Boolean);
  return facts.length > 0 ? fill(SAY.factsSuffix, { facts: facts.join(', ') }) : '';
}

function titlesOf(kb: KnowledgeBase): string {
  return listTitles(newestFirst(kb.corpus.stories).map((story) => story.title));
}

interface Base {
  question: string;
  notices: string[];
}

function about(base: Base, topic: About['topic'], text: string, stories: Story[], extra: Partial<Pick<About, 'facts' | 'citations' | 'shortAnswer'>> = {}): About {
  return {
    kind: 'about',
    abstained: false,
    ...base,
    text,
    confidence: RECOGNISED_CONFIDENCE,
    topic,
    storyIds: stories.map((story) => story.id),
    facts: extra.facts ?? [],
    shortAnswer: extra.shortAnswer ?? null,
    citations: extra.citations ?? [],
  };
}

function declined(base: Base, reason: 'not-in-file' | 'out-of-scope', text: string, suggestions: string[] = []): Abstained {
  return { kind: 'abstained', abstained: true, ...base, text, reason, confidence: DECLINED_CONFIDENCE, shortAnswer: null, citations: [], suggestions };
}

// ── The stories the bot knows ────────────────────────────────────────────────────────────────

function storyList(kb: KnowledgeBase, heading?: string): string {
  const stories = newestFirst(kb.corpus.stories);
  const lines = [heading ?? (stories.length === 1 ? SAY.storiesOne : fill(SAY.storiesMany, { count: stories.length }))];
  for (const story of stories.slice(0, STORIES_LISTED)) lines.push(fill(SAY.storyItem, { title: story.title, facts: factsSuffix(story) }));
  if (stories.length > STORIES_LISTED) lines.push(fill(SAY.olderStories, { count: stories.length - STORIES_LISTED }));
  return lines.join('\n');
}

const listed = (kb: KnowledgeBase): Story[] => newestFirst(kb.corpus.stories).slice(0, STORIES_LISTED);

function stories(ctx: IntentContext, base: Base): About {
  return about(base, 'stories', storyList(ctx.kb), listed(ctx.kb));
}

function noMatchingStory(ctx: IntentContext, base: Base): About {
  return about(base, 'stories', storyList(ctx.kb, SAY.noMatchingStory), listed(ctx.kb));
}

// ── About a story: title and lead, cited ─────────────────────────────────────────────────────

/** The lead (one paragraph's first sentence or two) as a quotation with its citation: `“…” [n]`. */
function citedLead(kb: KnowledgeBase, lead: Sentence[], marker: number, limit: number): { text: string; citations: Citation[] } {
  const first = lead[0];
  if (!first) return { text: '', citations: [] };
  const quoted = lead.map((sentence) => sentence.text).join(' ');
  const citation = citationOf(kb, first.passage, marker, quoted);
  return { text: fill(SAY.leadQuote, { quote: excerpt(quoted, 0, limit), n: marker }), citations: [citation] };
}

function summaryOf(ctx: IntentContext, base: Base, story: Story): IntentReply {
  const lead = leadOf(ctx.kb, story);
  const { text, citations } = citedLead(ctx.kb, lead, 1, SUMMARY_LEAD_CHARS);
  const reply = fill(SAY.summary, { title: story.title, facts: factsSuffix(story), quotes: text });
  const answer = about(base, 'summary', reply, [story], { citations });
  const last = lead.at(-1)?.id ?? -1;
  return { answer, readOn: { shown: lead, after: bodySentences(ctx.kb, story).filter((sentence) => sentence.id > last) } };
}

function summaries(ctx: IntentContext, base: Base, chosen: Story[]): About {
  const shown = chosen.slice(0, SUMMARIES_LISTED);
  const lines = [fill(SAY.summaryList, { count: chosen.length })];
  const citations: Citation[] = [];
  for (const story of shown) {
    const lead = leadOf(ctx.kb, story).slice(0, 1);
    const { text, citations: cited } = citedLead(ctx.kb, lead, citations.length + 1, LIST_LEAD_CHARS);
    if (cited.length === 0) continue;
    citations.push(...cited);
    lines.push(fill(SAY.summaryItem, { title: story.title, facts: factsSuffix(story), quotes: text }));
  }
  if (chosen.length > shown.length) lines.push(fill(SAY.moreStories, { count: chosen.length - shown.length }));
  return about(base, 'summary', lines.join('\n'), shown, { citations });
}

function summary(ctx: IntentContext, base: Base, recognised: Recognised): IntentReply {
  const choice = chooseStory(ctx.kb, recognised.naming);
  if (choice.kind === 'none') return { answer: noMatchingStory(ctx, base) };
  if (choice.kind === 'one') return summaryOf(ctx, base, choice.story);
  return { answer: summaries(ctx, base, choice.stories) };
}

// ── Story facts from the front matter ────────────────────────────────────────────────────────

function factOf(story: Story, field: FactIntent): StoryFact | undefined {
  const value = story[field];
  return value ? { field, storyId: story.id, value } : undefined;
}

/** How a fact reads: dates as "26 November 2025", the rest as the file gives them. */
const readable = (fact: StoryFact): string => (fact.field === 'published' ? readableDate(fact.value) : fact.value);

function oneFact(base: Base, story: Story, field: FactIntent): Answer {
  const fact = factOf(story, field);
  if (!fact) return declined(base, 'not-in-file', fill(SAY.factMissing[field], { title: story.title }));
  return about(base, 'facts', fill(SAY.fact[field], { title: story.title, value: readable(fact) }), [story], { facts: [fact], shortAnswer: readable(fact) });
}

/** One line per story: its value, or that its file lacks it. */
function factList(base: Base, stories: Story[], field: FactIntent): Answer {
  const shown = stories.slice(0, STORIES_LISTED);
  const known: StoryFact[] = [];
  const lines = shown.map((story) => {
    const fact = factOf(story, field);
    if (!fact) return fill(SAY.factItemMissing[field], { title: story.title });
    known.push(fact);
    return fill(SAY.factItem[field], { title: story.title, value: readable(fact) });
  });
  if (stories.length > shown.length) lines.push(fill(SAY.moreStories, { count: stories.length - shown.length }));
  if (known.length === 0) return declined(base, 'not-in-file', lines.join('\n'));
  return about(base, 'facts', lines.join('\n'), shown, { facts: known });
}

function facts(ctx: IntentContext, base: Base, recognised: Recognised, field: FactIntent): Answer {
  const choice = chooseStory(ctx.kb, recognised.naming);
  if (choice.kind === 'none') return noMatchingStory(ctx, base);
  return choice.kind === 'one' ? oneFact(base, choice.story, field) : factList(base, choice.stories, field);
}

// ── Small talk, help, and requests outside the job ───────────────────────────────────────────

/**
 * Two or three questions to offer: up to two the stories answer, then ones about the stories
 * themselves, which always work (and fill in for a story too plain to mine questions from).
 */
function examplesFor(ctx: IntentContext): string[] {
  const mined = ctx.examples(EXAMPLES_IN_CHAT - 1);
  return [...mined, SAY.aboutExample, SAY.storiesExample].slice(0, EXAMPLES_IN_CHAT);
}

function chat(ctx: IntentContext, base: Base, intent: ChatIntent): Chat {
  const suggestions = examplesFor(ctx);
  const text = fill(SAY[intent], { examples: listQuestions(suggestions), titles: titlesOf(ctx.kb) });
  return { kind: 'chat', abstained: false, ...base, text, confidence: RECOGNISED_CONFIDENCE, intent, shortAnswer: null, citations: [], suggestions };
}

/** "Write me a poem": one polite line on what the bot does, and a question it can answer. */
export function outOfScope(ctx: IntentContext, question: string, notices: string[]): Abstained {
  const example = examplesFor(ctx)[0] ?? SAY.aboutExample;
  return declined({ question, notices }, 'out-of-scope', fill(SAY.outOfScope, { example }), [example]);
}

/** The reply to a recognised intent. */
export function replyToIntent(ctx: IntentContext, recognised: Recognised, question: string, notices: string[]): IntentReply {
  const base: Base = { question, notices };
  const intent: Intent = recognised.intent;
  switch (intent) {
    case 'summary':
      return summary(ctx, base, recognised);
    case 'stories':
      return { answer: stories(ctx, base) };
    case 'out-of-scope':
      return { answer: outOfScope(ctx, question, notices) };
    case 'published':
    case 'source':
    case 'author':
    case 'url':
      return { answer: facts(ctx, base, recognised, intent) };
    case 'greeting':
    case 'thanks':
    case 'reaction':
    case 'complaint':
    case 'identity':
    case 'help':
      return { answer: chat(ctx, base, intent) };
  }
}
