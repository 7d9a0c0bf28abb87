import { citationOf } from '../say/cite.js';
import { quotable } from '../say/compose.js';
import { mentionsInStory } from './mentions.js';
import { fillEllipsis, reframe, shortFollowUp } from './frame.js';
import { whoSaidIt } from './who-said.js';
import { thingPronounIn } from './main-thing.js';
import { analyzeQuestion } from './question.js';
import { excerpt } from '../say/quote.js';
import { overlapConfidence } from '../decide/confidence.js';
import type { Ranked } from '../retrieve/rank.js';
import { decide } from '../decide/decide.js';
import { fill, TEMPLATES } from '../say/templates.js';
import type { Abstained, Answered } from '../types.js';
import type { Recognised } from './intents/recognise.js';
import { replyToIntent } from './intents/reply.js';
import type { Turn, AnswerContext, Reply } from '../context.js';
import { asRanked } from '../retrieve/rank.js';
import { abstain } from '../say/say.js';

/** Replies that read the last turn: "source?", "tell me more", "when?" / "who said that?", and intents that read on. */

export function more(ctx: AnswerContext, previous: Turn, asked: string, notices: string[]): Reply {
  const alike = nextMention(ctx, previous) ?? previous.ranked.find((ranked) => !previous.shown.includes(ranked.sentence.passage) && ranked.coverage > 0 && inStoryShown(ctx, previous, ranked));
  const following = alike ? undefined : nextParagraph(ctx, previous);
  const next = alike ?? following;
  // Reading on states what the passage says about the last answer's subject: a claim like any other.
  // The story's next paragraph is what it says next, as after a summary.
  const probability = next === undefined ? 0 : following ? 1 : readingOnProbability(previous, next);
  const decision = next ? decide({ kind: 'reading-on', ranked: next, probability }, ctx.abstainBelow) : undefined;
  if (!next || !decision?.say) return { answer: { ...abstain(ctx, asked, 'not-in-story', notices, decision?.confidence ?? 1), text: TEMPLATES.noMore, suggestions: [] } };
  const quoted = quotable(ctx.kb, next.sentence).text;
  const answer: Answered = {
    kind: 'answer',
    question: asked,
    text: fill(TEMPLATES.more, { quote: excerpt(quoted), n: 1 }),
    abstained: false,
    confidence: decision.confidence,
    shortAnswer: null,
    citations: [citationOf(ctx.kb, next.sentence.passage, 1, quoted)],
    notices,
  };
  // The turn remembers what was shown last, so "source?" now cites this passage, not the first one.
  const { refused: _quotedNow, ...rest } = previous;
  return { answer, turn: { ...rest, answer, shown: [...previous.shown, next.sentence.passage] } };
}

/** Reading on stays in the story the last answer quoted: after one story's figure, not another story's sentence. */
function inStoryShown(ctx: AnswerContext, previous: Turn, ranked: Ranked): boolean {
  const { passages } = ctx.kb.corpus;
  const shown = previous.shown[0];
  return shown === undefined || passages[shown]?.storyId === passages[ranked.sentence.passage]?.storyId;
}

/**
 * When nothing more is like the last question, the story's next paragraph not shown yet (its
 * first sentence), after the last one shown: "tell me more" reads on in story order.
 */
function nextParagraph(ctx: AnswerContext, previous: Turn): Ranked | undefined {
  const { passages, sentences } = ctx.kb.corpus;
  const last = previous.shown.at(-1);
  const story = last === undefined ? undefined : passages[last]?.storyId;
  if (last === undefined || story === undefined) return undefined;
  for (let at = last + 1; at < passages.length && passages[at]!.storyId === story; at++) {
    if (previous.shown.includes(at) || passages[at]!.kind !== 'body') continue;
    const first = sentences.find((sentence) => sentence.passage === at);
    if (first) return asRanked(first);
  }
  return undefined;
}

/**
 * After a question about someone, reading on is their next mention in story order (a paragraph
 * not shown yet): what the story says about them, not only sentences like the last question.
 */
function nextMention(ctx: AnswerContext, previous: Turn): Ranked | undefined {
  const from = previous.shown[0];
  if (!previous.focus || from === undefined || previous.answer.kind === 'about') return undefined;
  // The headline names the story's subject and says no more of them: reading on is the report's.
  const { passages } = ctx.kb.corpus;
  const mention = mentionsInStory(ctx.kb, from, previous.focus).find((sentence) => !previous.shown.includes(sentence.passage) && passages[sentence.passage]?.kind !== 'headline');
  return mention && asRanked(mention);
}

/**
 * How likely a passage read on is about what the last turn asked: certain when it names the
 * turn's subject or follows a summary in story order; else the overlap with the last question.
 */
function readingOnProbability(previous: Turn, next: Ranked): number {
  if (previous.answer.kind === 'about') return 1;
  if (previous.focus && next.sentence.text.includes(previous.focus.split(' ').at(-1) ?? previous.focus)) return 1;
  return overlapConfidence(next);
}

export function sources(previous: Turn, asked: string, notices: string[]): Reply {
  if (previous.refused !== undefined) return { answer: { ...noSourcesAnswer(asked, notices), text: TEMPLATES.noSourcesAfterRefusal }, turn: previous };
  const text = TEMPLATES.sources;
  const markers = previous.answer.citations.map((citation) => `[${citation.marker}]`).join(' ');
  return { answer: { ...previous.answer, question: asked, text: `${text} ${markers}`, notices }, turn: previous };
}

function noSourcesAnswer(asked: string, notices: string[]): Abstained {
  return { kind: 'abstained', question: asked, text: TEMPLATES.noSources, abstained: true, reason: 'no-context', confidence: 1, shortAnswer: null, citations: [], suggestions: [], notices };
}

/** Questions about the stories themselves and small talk: answered without retrieval. */
export function intentReply(ctx: AnswerContext, recognised: Recognised, asked: string, notices: string[]): Reply {
  const { answer, readOn } = replyToIntent(ctx, recognised, asked, notices);
  if (!readOn || answer.kind !== 'about') return { answer };
  // The story's sentences after the lead, in order, as if ranked: "tell me more" then reads on.
  const ranked: Ranked[] = readOn.after.map((sentence) => ({ sentence, score: 1, coverage: 1, contextCoverage: 1, rareTermFound: true }));
  const shown = [...new Set(readOn.shown.map((sentence) => sentence.passage))];
  return { answer, turn: { question: analyzeQuestion(asked), answer, ranked, shown } };
}

/**
 * "when?", "why?", "how many?": the last question asked again with the new question word (a
 * question for the pipeline); "who said that?" and a follow-up with nothing before are replies.
 */
export function shortFollowUpOf(ctx: AnswerContext, read: string, previous: Turn | undefined, asked: string, notices: string[]): { kind: 'reply'; reply: Reply } | { kind: 'frame'; question: string } | undefined {
  const wh = shortFollowUp(read);
  if (wh === undefined) {
    // "and injured?" after "how many died?" asks the same of other words.
    const filled = previous && previous.refused === undefined ? fillEllipsis(previous.question.text, read) : undefined;
    return filled === undefined ? undefined : { kind: 'frame', question: filled };
  }
  // "When did it happen?" as a first question is about the story "it" stands for, read as any question.
  if (!previous && thingPronounIn(read) !== undefined) return undefined;
  if (!previous) return { kind: 'reply', reply: { answer: { ...abstain(ctx, asked, 'no-context', notices), text: fill(TEMPLATES.followUpFirst, { example: ctx.exampleQuestion() }) } } };
  if (wh === 'who said') {
    // After a refusal nothing was said: the same reply as "source?" then.
    const said = previous.refused === undefined ? whoSaidIt(ctx.kb, previous, asked, notices) : undefined;
    return { kind: 'reply', reply: said ? { answer: said, turn: { ...previous, answer: said } } : { answer: { ...noSourcesAnswer(asked, notices), text: TEMPLATES.noSourcesAfterRefusal }, turn: previous } };
  }
  // A question the last reply refused is asked again as it was; an answered one with its answer in.
  if (previous.refused !== undefined) return { kind: 'frame', question: reframe(previous.refused, wh) };
  return { kind: 'frame', question: reframe(previous.question.text, wh, previous.answer.shortAnswer ?? undefined) };
}
