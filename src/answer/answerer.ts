import { findEntity } from '../corpus/entities.js';
import { citationOf } from './cite.js';
import { composeAnswer, quotable, type Evidence } from './compose.js';
import { FOLLOW_UP, resolvePronouns } from './followup.js';
import type { KnowledgeBase } from '../knowledge-base/knowledge-base.js';
import { analyzeQuestion, type Question } from './question.js';
import { excerpt } from './quote.js';
import { ABSTAIN_BELOW, confidenceOf } from './confidence.js';
import { rankSentences, type Ranked } from './rank.js';
import { hasWords, MAX_QUESTION_CHARS, sanitizeQuestion } from './sanitize.js';
import { fill, listQuestions, listTitles, TEMPLATES } from './templates.js';
import type { Abstained, AbstainReason, About, Answer, Answered } from './types.js';
import { isOutOfScopeIfUnanswered, recogniseIntent, type Recognised } from './intents/recognise.js';
import { outOfScope, replyToIntent } from './intents/reply.js';


/** A runner-up sentence scoring at least this share of the best is quoted too (at most two quotes). */
const SECOND_QUOTE_RATIO = 0.7;

/** What a conversation remembers of its last answered question. */
export interface Turn {
  question: Question;
  /** An answer from passages, or a story's summary (so "tell me more" reads on through the story). */
  answer: Answered | About;
  ranked: Ranked[];
  /** Passages already quoted, so "tell me more" moves on. */
  shown: number[];
  /** Who the conversation is about, for "he"/"she" in the next question. */
  focus?: string;
}

export interface AnswerContext {
  kb: KnowledgeBase;
  /** Answerable questions close to a text, for "did you mean". */
  suggestionsFor(text: string, limit: number): string[];
  exampleQuestion(): string;
  /** A few varied questions the stories can answer, for greetings and help. */
  examples(limit: number): string[];
}

export interface Reply {
  answer: Answer;
  /** The turn to remember, when this answer can be followed up. */
  turn?: Turn;
}

function titles(kb: KnowledgeBase): string {
  return listTitles(kb.corpus.stories.map((story) => story.title));
}

function abstain(ctx: AnswerContext, question: string, reason: AbstainReason, notices: string[], confidence = 0): Abstained {
  const suggestions = reason === 'not-in-story' ? ctx.suggestionsFor(question, 3) : [];
  const lines =
    reason === 'not-in-story'
      ? [fill(TEMPLATES.abstain, { titles: titles(ctx.kb), question })]
      : reason === 'no-context'
        ? [TEMPLATES.noSources]
        : [fill(question.length > 0 ? TEMPLATES.noWords : TEMPLATES.help, { titles: titles(ctx.kb), example: ctx.exampleQuestion() })];
  if (suggestions.length > 0) lines.push(fill(TEMPLATES.didYouMean, { suggestions: listQuestions(suggestions) }));
  return { kind: 'abstained', question, text: lines.join('\n'), abstained: true, reason, confidence, shortAnswer: null, citations: [], suggestions, notices };
}


function definitionEvidence(ctx: AnswerContext, question: Question): Evidence | undefined {
  if (question.type !== 'definition' || !question.subject) return undefined;
  const acronym = ctx.kb.entities.acronyms?.get(question.subject.toLowerCase().replace(/\./g, ''));
  const defined = acronym ? ctx.kb.corpus.sentences[acronym.sentence] : undefined;
  if (acronym && defined) {
    const ranked: Ranked = { sentence: defined, score: 1, coverage: 1, contextCoverage: 1, rareTermFound: true };
    return { ranked, description: { subject: question.subject.toUpperCase(), text: acronym.expansion }, confidence: 0.9 };
  }
  const entity = findEntity(ctx.kb.entities, question.subject);
  const body = entity?.descriptions.find((d) => ctx.kb.corpus.passages[ctx.kb.corpus.sentences[d.sentence]?.passage ?? -1]?.kind === 'body');
  const description = body ?? entity?.descriptions[0];
  const sentence = description ? ctx.kb.corpus.sentences[description.sentence] : undefined;
  if (!entity || !description || !sentence) return undefined;
  const ranked: Ranked = { sentence, score: 1, coverage: 1, contextCoverage: 1, rareTermFound: true };
  return { ranked, description: { subject: entity.name, text: description.text }, confidence: 0.9 };
}

const NAME_WORD = /\p{Lu}[\p{L}\p{M}'’-]*/gu;
const MAX_NAME_WORDS = 4;

/**
 * The first known name in a text, longest first ("Jane Roe" before "Roe"), by looking up its runs
 * of capitalised words in the entity index: linear in the question, whatever the archive's size.
 */
function namedIn(ctx: AnswerContext, text: string) {
  const words = [...text.matchAll(NAME_WORD)].map((match) => ({ word: match[0].replace(/['’]s$/, ''), start: match.index, end: match.index + match[0].length }));
  for (let i = 0; i < words.length; i++) {
    for (let n = Math.min(MAX_NAME_WORDS, words.length - i); n >= 1; n--) {
      const run = words.slice(i, i + n);
      if (run.some((word, at) => at > 0 && !/^\s+$/.test(text.slice(run[at - 1]!.end, word.start)))) continue;
      const found = findEntity(ctx.kb.entities, run.map((word) => word.word).join(' '));
      if (found) return found;
    }
  }
  return undefined;
}

/** Who a question is about: its subject, else the first known name in it, else a person answer. */
function focusOf(ctx: AnswerContext, question: Question, answer: Answered): string | undefined {
  if (question.subject) return findEntity(ctx.kb.entities, question.subject)?.name ?? question.subject;
  const named = namedIn(ctx, question.text);
  if (named) return named.name;
  return question.type === 'person' ? (answer.shortAnswer ?? undefined) : undefined;
}

function more(ctx: AnswerContext, previous: Turn, asked: string, notices: string[]): Reply {
  const next = previous.ranked.find((ranked) => !previous.shown.includes(ranked.sentence.passage) && ranked.coverage > 0);
  if (!next) return { answer: { ...abstain(ctx, asked, 'not-in-story', notices), text: TEMPLATES.noMore, suggestions: [] } };
  const quoted = quotable(ctx.kb, next.sentence).text;
  const answer: Answered = {
    kind: 'answer',
    question: asked,
    text: fill(TEMPLATES.more, { quote: excerpt(quoted), n: 1 }),
    abstained: false,
    confidence: confidenceOf(next, previous.question),
    shortAnswer: null,
    citations: [citationOf(ctx.kb, next.sentence.passage, 1, quoted)],
    notices,
  };
  // The turn remembers what was shown last, so "source?" now cites this passage, not the first one.
  return { answer, turn: { ...previous, answer, shown: [...previous.shown, next.sentence.passage] } };
}

function sources(previous: Turn, asked: string, notices: string[]): Reply {
  const text = fill(TEMPLATES.sources, { question: previous.question.text });
  const markers = previous.answer.citations.map((citation) => `[${citation.marker}]`).join(' ');
  return { answer: { ...previous.answer, question: asked, text: `${text} ${markers}`, notices }, turn: previous };
}

/** Questions about the stories themselves and small talk: answered without retrieval. */
function intentReply(ctx: AnswerContext, recognised: Recognised, asked: string, notices: string[]): Reply {
  const { answer, readOn } = replyToIntent(ctx, recognised, asked, notices);
  if (!readOn || answer.kind !== 'about') return { answer };
  // The story's sentences after the lead, in order, as if ranked: "tell me more" then reads on.
  const ranked: Ranked[] = readOn.after.map((sentence) => ({ sentence, score: 1, coverage: 1, contextCoverage: 1, rareTermFound: true }));
  const shown = [...new Set(readOn.shown.map((sentence) => sentence.passage))];
  return { answer, turn: { question: analyzeQuestion(asked), answer, ranked, shown } };
}

/** Answers one question, given what the conversation said before (if anything). */
export function answerQuestion(ctx: AnswerContext, raw: string, previous?: Turn): Reply {
  const cleaned = sanitizeQuestion(raw);
  const notices = cleaned.truncated ? [fill(TEMPLATES.truncated, { limit: MAX_QUESTION_CHARS })] : [];
  const asked = cleaned.text;
  if (!hasWords(asked)) return { answer: abstain(ctx, asked, 'empty', notices) };
  if (FOLLOW_UP.sources.test(asked)) return previous ? sources(previous, asked, notices) : { answer: abstain(ctx, asked, 'no-context', notices) };
  if (FOLLOW_UP.more.test(asked)) return previous ? more(ctx, previous, asked, notices) : { answer: abstain(ctx, asked, 'no-context', notices) };
  const recognised = recogniseIntent(asked);
  if (recognised) return intentReply(ctx, recognised, asked, notices);
  const analysed = analyzeQuestion(resolvePronouns(asked, previous?.focus));
  if (analysed.terms.length === 0) return { answer: abstain(ctx, asked, 'empty', notices) };
  const definition = definitionEvidence(ctx, analysed);
  // "Who is X going to meet?" looks like a definition until X turns out not to be a known name.
  const question: Question = definition || analysed.type !== 'definition' ? analysed : { ...analysed, type: /^who/i.test(asked) ? 'person' : 'thing' };
  const { ranked, unknownNames } = rankSentences(ctx.kb, question);
  // A name no story mentions ("Tesla", "Roman Empire") means the stories cannot be about it.
  const evidence = definition ?? (unknownNames.length > 0 ? undefined : evidenceFrom(ranked, question));
  if (!evidence) {
    if (isOutOfScopeIfUnanswered(asked)) return { answer: outOfScope(ctx, asked, notices) };
    const best = ranked[0];
    return { answer: abstain(ctx, asked, 'not-in-story', notices, best ? confidenceOf(best, question) : 0) };
  }
  const answer = { ...composeAnswer(ctx.kb, question, evidence, notices), question: asked };
  const focus = focusOf(ctx, question, answer);
  return { answer, turn: { question, answer, ranked, shown: [evidence.ranked.sentence.passage], ...(focus ? { focus } : {}) } };
}

function evidenceFrom(ranked: Ranked[], question: Question): Evidence | undefined {
  const best = ranked[0];
  if (!best) return undefined;
  const confidence = confidenceOf(best, question);
  if (confidence < ABSTAIN_BELOW) return undefined;
  const runnerUp = ranked.find((candidate) => candidate.sentence.id !== best.sentence.id);
  const second = runnerUp && runnerUp.score >= SECOND_QUOTE_RATIO * best.score ? runnerUp : undefined;
  return { ranked: best, confidence, ...(second ? { second } : {}) };
}
