import { findEntity } from '../corpus/entities.js';
import { derived, trimSentenceCaches } from '../corpus/term-cache.js';
import { ITEMS_PER_STEP, runToEnd, type Steps } from '../steps.js';
import { beginQuestion, endQuestion, keepInformativeTerms, spellingBudget, uncharged } from './budget.js';
import { correctSpelling } from '../text/spelling.js';
import { citationOf } from './cite.js';
import { composeAnswer, composeVerdict, quotable, type Evidence } from './compose.js';
import { describe } from './describe.js';
import { judgeYesNo, parseYesNo } from './yesno.js';
import { verbFooting } from './support.js';
import { isAuxiliary } from '../text/lexicon.js';
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
import type { Abstained, AbstainReason, About, Answer, Answered } from './types.js';
import type { Sentence } from '../corpus/corpus.js';
import { isOutOfScopeIfUnanswered, recogniseIntent, type Recognised } from './intents/recognise.js';
import { outOfScope, replyToIntent } from './intents/reply.js';

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

const TITLES = new WeakMap<KnowledgeBase, string>();

/** The stories' titles as an abstention lists them, once per knowledge base (it walked every story on each). */
function titles(kb: KnowledgeBase): string {
  let listed = TITLES.get(kb);
  if (listed === undefined) TITLES.set(kb, (listed = listTitles(kb.corpus.stories.map((story) => story.title))));
  return listed;
}

function abstain(ctx: AnswerContext, question: string, reason: AbstainReason, notices: string[], confidence = 0, why?: string): Abstained {
  const suggestions = reason === 'not-in-story' ? ctx.suggestionsFor(question, 3) : [];
  const lines =
    reason === 'not-in-story'
      ? [why ?? fill(TEMPLATES.abstain, { titles: titles(ctx.kb) })]
      : reason === 'no-context'
        ? [TEMPLATES.noSources]
        : [fill(question.length > 0 ? TEMPLATES.noWords : TEMPLATES.help, { titles: titles(ctx.kb), example: ctx.exampleQuestion() })];
  if (suggestions.length > 0) lines.push(fill(TEMPLATES.didYouMean, { suggestions: listQuestions(suggestions) }));
  return { kind: 'abstained', question, text: lines.join('\n'), abstained: true, reason, confidence, shortAnswer: null, citations: [], suggestions, notices };
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
    confidence: overlapConfidence(next),
    shortAnswer: null,
    citations: [citationOf(ctx.kb, next.sentence.passage, 1, quoted)],
    notices,
  };
  // The turn remembers what was shown last, so "source?" now cites this passage, not the first one.
  return { answer, turn: { ...previous, answer, shown: [...previous.shown, next.sentence.passage] } };
}

function sources(previous: Turn, asked: string, notices: string[]): Reply {
  const text = TEMPLATES.sources;
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

/** Answers one question, given what the conversation said before (if anything), within its budget (budget.ts). */
export function answerQuestion(ctx: AnswerContext, raw: string, previous?: Turn): Reply {
  beginQuestion();
  try {
    return answerBounded(ctx, raw, previous);
  } finally {
    endQuestion();
  }
}

function answerBounded(ctx: AnswerContext, raw: string, previous?: Turn): Reply {
  trimSentenceCaches(ctx.kb.corpus);
  const cleaned = sanitizeQuestion(raw);
  const notices = cleaned.truncated ? [fill(TEMPLATES.truncated, { limit: MAX_QUESTION_CHARS })] : [];
  const asked = cleaned.text;
  if (!hasWords(asked)) return { answer: abstain(ctx, asked, 'empty', notices) };
  if (FOLLOW_UP.sources.test(asked)) return previous ? sources(previous, asked, notices) : { answer: abstain(ctx, asked, 'no-context', notices) };
  if (FOLLOW_UP.more.test(asked)) return previous ? more(ctx, previous, asked, notices) : { answer: abstain(ctx, asked, 'no-context', notices) };
  const recognised = recogniseIntent(asked);
  if (recognised) return intentReply(ctx, recognised, asked, notices);
  // Typos are corrected before anything reads the question, so no answer repeats one.
  const words = (): ReadonlyMap<string, number> => uncharged(() => vocabulary(ctx.kb));
  const spelled = correctSpelling(asked, (word) => words().has(word.toLowerCase()), words, spellingBudget()).text;
  // "he" means the last turn's person only when the question names nobody itself.
  const analysed = keepInformativeTerms(ctx.kb, analyzeQuestion(namesSomeone(ctx, spelled) ? spelled : resolvePronouns(spelled, previous?.focus)));
  if (analysed.terms.length === 0) return { answer: abstain(ctx, asked, 'empty', notices) };
  const prepared = prepare(ctx, analysed);
  const { question } = prepared;
  if (prepared.kind === 'mentioned') return { answer: mentioned(ctx, asked, question, prepared.name, prepared.sentences, notices) };
  const definition = prepared.kind === 'definition' ? prepared.definition : undefined;
  const selection = prepared.kind === 'ranked' ? selectEvidence(ctx.kb, question, prepared.retrieval, ctx.verifier ?? defaultVerifier(), ctx.abstainBelow) : undefined;
  const ranked = prepared.kind === 'ranked' ? prepared.retrieval.ranked : [];
  const proposition = question.type === 'yesno' ? parseYesNo(question.text, (phrase) => findEntity(ctx.kb.entities, phrase) !== undefined) : undefined;
  const verdict = proposition ? judgeYesNo(ctx.kb, proposition, ranked) : undefined;
  // A yes/no question has a cautious outcome of its own ("the story doesn't say whether …"), so the
  // judge, not the verifier's threshold, decides it: the verifier is fitted on questions that want a span.
  const judged = verdict && !selection?.evidence && ranked[0] ? { ranked: ranked[0], confidence: Math.round((selection?.best?.probability ?? 0) * 1000) / 1000 } : undefined;
  const evidence = definition ?? selection?.evidence ?? judged;
  const unasked = definition ? undefined : unsupportedAbout(ctx, question);
  // "Who wrote the story?" asks about the story, not its text: no person named in it is the answer.
  if (ABOUT_THE_STORY.test(question.text)) return { answer: abstain(ctx, asked, 'not-in-story', notices) };
  if (!evidence || unasked) {
    if (!evidence && isOutOfScopeIfUnanswered(asked)) return { answer: outOfScope(ctx, asked, notices) };
    const why = unasked ? fill(TEMPLATES.say.unsupported, { titles: titles(ctx.kb), name: unasked }) : undefined;
    return { answer: abstain(ctx, asked, 'not-in-story', notices, Math.round((selection?.best?.probability ?? 0) * 1000) / 1000, why) };
  }
  // "Who fired Roe?" when the story only has someone calling for it: nobody is named as the doer.
  if (question.type === 'person' && !definition && question.predicate && verbFooting(question.predicate, quotable(ctx.kb, evidence.ranked.sentence).text) === 'unasserted') {
    // "who did Roe praise" does not read after "doesn't say": only "who praised Roe" is restated.
    const statement = isAuxiliary(question.predicate.split(' ')[0] ?? '') ? '' : question.predicate;
    const unsaid = composeVerdict(ctx.kb, question, { kind: 'unsaid', closest: evidence.ranked }, { statement }, evidence, notices, TEMPLATES.say.unsaidWho);
    return { answer: { ...unsaid, question: asked } };
  }
  const composed =
    proposition && verdict ? composeVerdict(ctx.kb, question, verdict, proposition, evidence, notices) : composeAnswer(ctx.kb, question, evidence, notices);
  const answer = { ...composed, question: asked };
  const focus = focusOf(ctx, question, answer);
  return { answer, turn: { question, answer, ranked, shown: [evidence.ranked.sentence.passage], ...(focus ? { focus } : {}) } };
}

/**
 * What an answer is chosen from: a known definition, or the ranked sentences for the verifier to
 * weigh; neither when the question names something no story mentions.
 */
export type Prepared =
  | { kind: 'definition'; question: Question; definition: Evidence }
  | { kind: 'mentioned'; question: Question; name: string; sentences: Sentence[] }
  | { kind: 'ranked'; question: Question; retrieval: Retrieval }
  | { kind: 'unknown-names'; question: Question; unknownNames: string[] };

export function prepare(ctx: AnswerContext, analysed: Question): Prepared {
  const described = describe(ctx.kb, analysed);
  if (described?.kind === 'mentioned') return { kind: 'mentioned', question: analysed, name: described.name, sentences: described.sentences };
  const definition = described?.evidence;
  // "Who is X going to meet?" looks like a definition until X turns out not to be a known name.
  const question: Question = definition || analysed.type !== 'definition' ? analysed : { ...analysed, type: /^who/i.test(analysed.text) ? 'person' : 'thing' };
  if (definition) return { kind: 'definition', question, definition };
  const retrieval = rankSentences(ctx.kb, question);
  // A name no story mentions ("Tesla", "Zorbian Guild") means the stories cannot be about it.
  if (retrieval.unknownNames.length > 0) return { kind: 'unknown-names', question, unknownNames: retrieval.unknownNames };
  return { kind: 'ranked', question, retrieval };
}

/** Every word the stories use (lower case), with how often: what a typo is corrected to. */
function vocabulary(kb: KnowledgeBase): ReadonlyMap<string, number> {
  return derived(kb.corpus, VOCABULARY, () => runToEnd(vocabularySteps(kb)));
}

const VOCABULARY = 'spelling-vocabulary';
/** Sentences scanned between two pauses: each is a regular-expression pass over its text. */
const SENTENCES_PER_STEP = ITEMS_PER_STEP / 4;

function* vocabularySteps(kb: KnowledgeBase): Steps<ReadonlyMap<string, number>> {
  const counts = new Map<string, number>();
  const shown = new Map<string, string>();
  const { sentences } = kb.corpus;
  for (let at = 0; at < sentences.length; at++) {
    if (at % SENTENCES_PER_STEP === 0) yield;
    for (const word of sentences[at]!.text.match(/\p{L}[\p{L}'’]*/gu) ?? []) {
      const lower = word.toLowerCase();
      counts.set(lower, (counts.get(lower) ?? 0) + 1);
      // Names keep their capital ("roee" → "Roe"); a word seen in lower case stays lower.
      if (!shown.has(lower) || word === lower) shown.set(lower, word);
    }
  }
  const vocabulary = new Map<string, number>();
  let n = 0;
  for (const [lower, count] of counts) {
    if (n++ % ITEMS_PER_STEP === 0) yield;
    vocabulary.set(shown.get(lower) ?? lower, count);
  }
  return vocabulary;
}

/**
 * Mines the spelling vocabulary ahead of the first question that needs it (a pass over every
 * sentence: seconds at 200,000 passages on a busy machine), pausing on the way, so a reload does
 * it between answers instead of the first question after the swap paying for it.
 */
export function* prepareSpelling(kb: KnowledgeBase): Steps<void> {
  const built = yield* vocabularySteps(kb);
  derived(kb.corpus, VOCABULARY, () => built);
}

/** Whether the question names someone the stories know, so "he" in it is not the last turn's person. */
function namesSomeone(ctx: AnswerContext, text: string): boolean {
  if (namedIn(ctx, text)) return true;
  return (text.match(/\p{L}[\p{L}'’-]*/gu) ?? []).some((word) => ctx.kb.entities.byKey.has(word.toLowerCase().replace(/['’]s$/, '')));
}

/**
 * "Where does X live?" when no story has a word for living: every word the stories know is a name,
 * and some other word they never use. Returns the name, to say the story mentions it but not that.
 */
function unsupportedAbout(ctx: AnswerContext, question: Question): string | undefined {
  const known = question.terms.filter((term) => ctx.kb.index.documentFrequency.has(term));
  if (known.length === 0 || known.length === question.terms.length) return undefined;
  const names = known.map((term) => findEntity(ctx.kb.entities, term));
  if (names.some((entity) => entity === undefined)) return undefined;
  return names[0]?.name;
}

/** "Who is X?" when the story names X without saying who they are: say so, and cite where. */
function mentioned(ctx: AnswerContext, asked: string, question: Question, name: string, mentions: Sentence[], notices: string[]): Answered {
  // Where it names them, the mention the question's other words rank highest first.
  const ids = new Set(mentions.map((mention) => mention.id));
  const sentence = rankSentences(ctx.kb, { ...question, type: 'thing' }).ranked.find((ranked) => ids.has(ranked.sentence.id))?.sentence ?? mentions[0]!;
  const template = /^who/i.test(question.text) ? TEMPLATES.say.mentionedWho : TEMPLATES.say.mentionedWhat;
  const quoted = quotable(ctx.kb, sentence).text;
  return {
    kind: 'answer',
    question: asked,
    text: fill(template, { name, quote: excerpt(quotable(ctx.kb, sentence).text, sentence.text.indexOf(name)), n: 1 }),
    abstained: false,
    confidence: MENTION_CONFIDENCE,
    shortAnswer: null,
    citations: [citationOf(ctx.kb, sentence.passage, 1, quoted)],
    notices,
  };
}

/** A mention answers "who is X?" only in part: the story names X, no more. */
const MENTION_CONFIDENCE = 0.5;

/**
 * Who wrote or published the story itself: answered from its metadata (the intents issue, #12),
 * never from the people its text names. Until that lands, the bot abstains.
 */
const ABOUT_THE_STORY = /^who\b.*\b(?:wrote|writes|written|authored|reported|penned|byline)\b.*\b(?:story|article|piece|report|this)\b|\b(?:author|writer|reporter)\s+of\s+(?:the|this)\s+(?:story|article|piece|report)\b/i;
