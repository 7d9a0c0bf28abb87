import { findEntity } from '../corpus/entities.js';
import { citationOf } from './cite.js';
import { composeAnswer, quotable, type Evidence } from './compose.js';
import { FOLLOW_UP, resolvePronouns } from './followup.js';
import type { KnowledgeBase } from '../knowledge-base/knowledge-base.js';
import { analyzeQuestion, type Question } from './question.js';
import { excerpt } from './quote.js';
import { overlapConfidence } from './confidence.js';
import { rankSentences, type Ranked, type Retrieval } from './rank.js';
import { selectEvidence } from './select.js';
import { defaultVerifier, type VerifierModel } from './verifier.js';
import { hasWords, MAX_QUESTION_CHARS, sanitizeQuestion } from './sanitize.js';
import { fill, listQuestions, listTitles, TEMPLATES } from './templates.js';
import type { Abstained, AbstainReason, Answer, Answered } from './types.js';

/** What a conversation remembers of its last answered question. */
export interface Turn {
  question: Question;
  answer: Answered;
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
  /** The fitted verifier to answer with; the committed one (data/verifier.json) when absent. */
  verifier?: VerifierModel;
  /** Overrides ABSTAIN_BELOW; only the evaluation's precision-coverage curve sets it (to 0). */
  abstainBelow?: number;
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
  return { question, text: lines.join('\n'), abstained: true, reason, confidence, shortAnswer: null, citations: [], suggestions, notices };
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
  const answer: Answered = {
    question: asked,
    text: fill(TEMPLATES.more, { quote: excerpt(quotable(ctx.kb, next.sentence).text), n: 1 }),
    abstained: false,
    confidence: overlapConfidence(next),
    shortAnswer: null,
    citations: [citationOf(ctx.kb, next.sentence.passage, 1)],
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

/** Answers one question, given what the conversation said before (if anything). */
export function answerQuestion(ctx: AnswerContext, raw: string, previous?: Turn): Reply {
  const cleaned = sanitizeQuestion(raw);
  const notices = cleaned.truncated ? [fill(TEMPLATES.truncated, { limit: MAX_QUESTION_CHARS })] : [];
  const asked = cleaned.text;
  if (!hasWords(asked)) return { answer: abstain(ctx, asked, 'empty', notices) };
  if (FOLLOW_UP.sources.test(asked)) return previous ? sources(previous, asked, notices) : { answer: abstain(ctx, asked, 'no-context', notices) };
  if (FOLLOW_UP.more.test(asked)) return previous ? more(ctx, previous, asked, notices) : { answer: abstain(ctx, asked, 'no-context', notices) };
  const analysed = analyzeQuestion(resolvePronouns(asked, previous?.focus));
  if (analysed.terms.length === 0) return { answer: abstain(ctx, asked, 'empty', notices) };
  const prepared = prepare(ctx, analysed);
  const { question } = prepared;
  const selection = prepared.kind === 'ranked' ? selectEvidence(ctx.kb, question, prepared.retrieval, ctx.verifier ?? defaultVerifier(), ctx.abstainBelow) : undefined;
  const evidence = prepared.kind === 'definition' ? prepared.definition : selection?.evidence;
  if (!evidence) return { answer: abstain(ctx, asked, 'not-in-story', notices, Math.round((selection?.best?.probability ?? 0) * 1000) / 1000) };
  const answer = { ...composeAnswer(ctx.kb, question, evidence, notices), question: asked };
  const focus = focusOf(ctx, question, answer);
  const ranked = prepared.kind === 'ranked' ? prepared.retrieval.ranked : [];
  return { answer, turn: { question, answer, ranked, shown: [evidence.ranked.sentence.passage], ...(focus ? { focus } : {}) } };
}

/**
 * What an answer is chosen from: a known definition, or the ranked sentences for the verifier to
 * weigh; neither when the question names something no story mentions.
 */
export type Prepared =
  | { kind: 'definition'; question: Question; definition: Evidence }
  | { kind: 'ranked'; question: Question; retrieval: Retrieval }
  | { kind: 'unknown-names'; question: Question; unknownNames: string[] };

export function prepare(ctx: AnswerContext, analysed: Question): Prepared {
  const definition = definitionEvidence(ctx, analysed);
  // "Who is X going to meet?" looks like a definition until X turns out not to be a known name.
  const question: Question = definition || analysed.type !== 'definition' ? analysed : { ...analysed, type: /^who/i.test(analysed.text) ? 'person' : 'thing' };
  if (definition) return { kind: 'definition', question, definition };
  const retrieval = rankSentences(ctx.kb, question);
  // A name no story mentions ("Tesla", "Roman Empire") means the stories cannot be about it.
  if (retrieval.unknownNames.length > 0) return { kind: 'unknown-names', question, unknownNames: retrieval.unknownNames };
  return { kind: 'ranked', question, retrieval };
}
