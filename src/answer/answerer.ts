import { findEntity } from '../corpus/entities.js';
import { derived, sentenceTerms, trimSentenceCaches } from '../corpus/term-cache.js';
import { ITEMS_PER_STEP, runToEnd, type Steps } from '../steps.js';
import { beginQuestion, endQuestion, keepInformativeTerms, spellingBudget, uncharged } from './budget.js';
import { correctSpelling } from '../text/spelling.js';
import { expandChatWords } from '../text/chat-words.js';
import { citationOf } from './cite.js';
import { composeAnswer, composeVerdict, quotable, quoteLine, type Evidence } from './compose.js';
import { termOf } from '../text/terms.js';
import { describe } from './describe.js';
import { judgeYesNo, parseYesNo } from './yesno.js';
import { verbFooting } from './support.js';
import { isAuxiliary } from '../text/lexicon.js';
import { FOLLOW_UP, resolvePronouns } from './followup.js';
import { mentionsInStory } from './mentions.js';
import { describedEntity, fitsGender, genderIn, mainActor, resolveDescriptions, storyInFocus } from './main-actor.js';
import { reframe, shortFollowUp } from './frame.js';
import { whoSaidIt } from './who-said.js';
import type { KnowledgeBase } from '../knowledge-base/knowledge-base.js';
import { analyzeQuestion, type Question } from './question.js';
import { excerpt } from './quote.js';
import { overlapConfidence } from './confidence.js';
import { rankSentences, type Ranked, type Retrieval } from './rank.js';
import { evidenceFor, probabilityOf, selectEvidence, speakerQuotes } from './select.js';
import { CLAIM_PRIORS, decide, type Claim, type Decision } from './decide.js';
import { defaultVerifier, type VerifierModel } from './verifier.js';
import { hasWords, MAX_QUESTION_CHARS, readableQuestion, sanitizeQuestion } from './sanitize.js';
import { fill, listQuestions, listTitles, TEMPLATES } from './templates.js';
import type { Abstained, AbstainReason, About, Answer, Answered, Citation } from './types.js';
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
  /**
   * The question the last reply refused, when the conversation's last reply was an abstention: it
   * quoted nothing, so "source?" must not show this turn's older sources. The turn itself is kept
   * for "he" and "tell me more".
   */
  refused?: string;
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
  if (question.subject) return (findEntity(ctx.kb.entities, question.subject) ?? describedEntity(ctx.kb, question.subject))?.name ?? question.subject;
  const named = namedIn(ctx, question.text) ?? describedEntity(ctx.kb, question.text);
  if (named) return named.name;
  return question.type === 'person' ? (answer.shortAnswer ?? undefined) : undefined;
}

/**
 * Who "he", "she" or "the woman" is: the last turn's person, else the story's main actor, if any;
 * either only when the story's pronouns for them fit the question's ("she" is never a "he").
 */
function focusFor(ctx: AnswerContext, previous: Turn | undefined, question: string): string | undefined {
  const story = storyInFocus(ctx.kb, previous?.shown[0]);
  const fits = (name: string): boolean => story === undefined || fitsGender(question, genderIn(ctx.kb, story, name));
  if (previous?.focus) return fits(previous.focus) ? previous.focus : undefined;
  const actor = story === undefined ? undefined : mainActor(ctx.kb, story)?.name;
  return actor && fits(actor) ? actor : undefined;
}

function more(ctx: AnswerContext, previous: Turn, asked: string, notices: string[]): Reply {
  const next = nextMention(ctx, previous) ?? previous.ranked.find((ranked) => !previous.shown.includes(ranked.sentence.passage) && ranked.coverage > 0);
  // Reading on states what the passage says about the last answer's subject: a claim like any other.
  const decision = next ? decide({ kind: 'reading-on', ranked: next, probability: readingOnProbability(previous, next) }, ctx.abstainBelow) : undefined;
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

/**
 * After a question about someone, reading on is their next mention in story order (a paragraph
 * not shown yet): what the story says about them, not only sentences like the last question.
 */
function nextMention(ctx: AnswerContext, previous: Turn): Ranked | undefined {
  const from = previous.shown[0];
  if (!previous.focus || from === undefined || previous.answer.kind === 'about') return undefined;
  const mention = mentionsInStory(ctx.kb, from, previous.focus).find((sentence) => !previous.shown.includes(sentence.passage));
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

function sources(previous: Turn, asked: string, notices: string[]): Reply {
  if (previous.refused !== undefined) return { answer: { ...noSourcesAnswer(asked, notices), text: TEMPLATES.noSourcesAfterRefusal }, turn: previous };
  const text = TEMPLATES.sources;
  const markers = previous.answer.citations.map((citation) => `[${citation.marker}]`).join(' ');
  return { answer: { ...previous.answer, question: asked, text: `${text} ${markers}`, notices }, turn: previous };
}

function noSourcesAnswer(asked: string, notices: string[]): Abstained {
  return { kind: 'abstained', question: asked, text: TEMPLATES.noSources, abstained: true, reason: 'no-context', confidence: 1, shortAnswer: null, citations: [], suggestions: [], notices };
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

/**
 * Understand: the message cleaned, routed (a follow-up, an intent, an empty message get their
 * reply here), spelled right, its pronouns resolved and analysed. Training reads questions
 * through this same function, so the verifier is fitted on questions as the bot sees them.
 */
export type Understood = { kind: 'reply'; reply: Reply } | { kind: 'question'; question: Question; asked: string; notices: string[] };

export function understand(ctx: AnswerContext, raw: string, previous?: Turn): Understood {
  const cleaned = sanitizeQuestion(raw);
  const notices = cleaned.truncated ? [fill(TEMPLATES.truncated, { limit: MAX_QUESTION_CHARS })] : [];
  const asked = cleaned.text;
  const reply = (answer: Reply): Understood => ({ kind: 'reply', reply: answer });
  // What is read is the question without chat markup and with shorthand written out; what is
  // shown back is what was asked.
  const read = expandChatWords(readableQuestion(asked));
  if (!hasWords(asked)) return reply({ answer: abstain(ctx, asked, 'empty', notices) });
  if (FOLLOW_UP.sources.test(read)) return reply(previous ? sources(previous, asked, notices) : { answer: abstain(ctx, asked, 'no-context', notices) });
  if (FOLLOW_UP.more.test(read)) return reply(previous ? more(ctx, previous, asked, notices) : { answer: abstain(ctx, asked, 'no-context', notices) });
  const followUp = shortFollowUpOf(ctx, read, previous, asked, notices);
  if (followUp?.kind === 'reply') return followUp;
  const framed = followUp?.question;
  // A custom emoji ("<:thumbsup:123>") is small talk though it is markup: the message as sent is tried too.
  const recognised = framed === undefined ? (recogniseIntent(read) ?? recogniseIntent(asked)) : undefined;
  if (recognised) return reply(intentReply(ctx, recognised, asked, notices));
  // Typos are corrected before anything reads the question, so no answer repeats one.
  const words = (): ReadonlyMap<string, number> => uncharged(() => vocabulary(ctx.kb));
  const spelled = correctSpelling(framed ?? read, (word) => words().has(word.toLowerCase()), words, spellingBudget()).text;
  // "he" means the last turn's person only when the question names nobody itself.
  const focus = focusFor(ctx, previous, spelled);
  const analysed = keepInformativeTerms(ctx.kb, analyzeQuestion(namesSomeone(ctx, spelled) ? spelled : resolvePronouns(resolveDescriptions(ctx.kb, spelled, focus), focus)));
  if (analysed.terms.length === 0) {
    // "where's he from?" with nobody to be "he": say so, rather than that the message had no words.
    const pronoun = UNRESOLVED_PRONOUN.exec(analysed.text)?.[0];
    const answer = abstain(ctx, asked, 'empty', notices);
    return reply({ answer: pronoun ? { ...answer, text: fill(TEMPLATES.whoIsMeant, { pronoun: pronoun.toLowerCase(), example: ctx.exampleQuestion() }) } : answer });
  }
  return { kind: 'question', question: analysed, asked, notices };
}

/**
 * "when?", "why?", "how many?": the last question asked again with the new question word (a
 * question for the pipeline); "who said that?" and a follow-up with nothing before are replies.
 */
function shortFollowUpOf(ctx: AnswerContext, read: string, previous: Turn | undefined, asked: string, notices: string[]): { kind: 'reply'; reply: Reply } | { kind: 'frame'; question: string } | undefined {
  const wh = shortFollowUp(read);
  if (wh === undefined) return undefined;
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

/**
 * Answers one question, given what the conversation said before (if anything), within its budget
 * (budget.ts): understand → retrieve (`prepare`) → read (`readClaim`) → decide (decide.ts) → say.
 */
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
  const understood = understand(ctx, raw, previous);
  if (understood.kind === 'reply') return understood.reply;
  const { question: analysed, asked, notices } = understood;
  const prepared = prepare(ctx, analysed);
  const claim = readClaim(ctx, prepared);
  const decision = decide(claim, ctx.abstainBelow);
  return say(ctx, prepared.question, decision, asked, notices, ranked(prepared));
}

/** The retrieval's ranked sentences, for "tell me more" to read on through. */
function ranked(prepared: Prepared): Ranked[] {
  return prepared.kind === 'ranked' ? prepared.retrieval.ranked : [];
}

/**
 * Read: what the evidence lets the bot claim, with the probability that the claim is right. The
 * claim is not yet a reply: `decide` weighs it, whatever kind it is.
 */
function readClaim(ctx: AnswerContext, prepared: Prepared): Claim {
  const { question } = prepared;
  // "Who wrote the story?" asks about the story, not its text: no person named in it is the answer.
  if (ABOUT_THE_STORY.test(question.text)) return { kind: 'nothing', why: 'about-the-file', probability: 0 };
  if (prepared.kind === 'mentioned') return { kind: 'nothing', why: 'only-mentioned', closest: { ranked: asRanked(mentionOf(ctx, question, prepared.name, prepared.sentences)), confidence: 0 }, probability: 0 };
  if (prepared.kind === 'definition') return { kind: 'definition', evidence: prepared.definition, probability: CLAIM_PRIORS.definition };
  if (prepared.kind === 'unknown-names') return { kind: 'nothing', why: 'no-evidence', probability: 0 };
  const model = ctx.verifier ?? defaultVerifier();
  const { retrieval } = prepared;
  const selection = selectEvidence(ctx.kb, question, retrieval, model);
  const best = selection.best;
  if (!best) return { kind: 'nothing', why: 'no-evidence', probability: 0 };
  if (unsupportedAbout(ctx, question)) return { kind: 'nothing', why: 'unsupported', probability: best.probability };
  const proposition = question.type === 'yesno' ? parseYesNo(question.text, (phrase) => findEntity(ctx.kb.entities, phrase) !== undefined) : undefined;
  const verdict = proposition ? judgeYesNo(ctx.kb, proposition, retrieval.ranked) : undefined;
  if (verdict) {
    const sentence = verdict.kind === 'unsaid' ? verdict.closest : verdict.ranked;
    const probability = verdict.kind === 'unsaid' ? best.probability : probabilityOf(ctx.kb, question, retrieval, model, sentence);
    return { kind: 'verdict', verdict, evidence: evidenceFor(retrieval.ranked, sentence, probability), probability };
  }
  // A second quotation must answer too: for "what did X say" it is X's words, else a sentence ranked nearly as high.
  const spoken = question.type === 'quote' && question.subject ? speakerQuotes(ctx.kb, retrieval.ranked, question.subject) : undefined;
  const evidence = spoken ? evidenceFor(spoken, best.candidate.ranked, best.probability, 0) : evidenceFor(retrieval.ranked, best.candidate.ranked, best.probability);
  // "Who fired Roe?" when the story only has someone calling for it: nobody is named as the doer.
  if (question.type === 'person' && question.predicate && verbFooting(question.predicate, quotable(ctx.kb, evidence.ranked.sentence).text) === 'unasserted') {
    return { kind: 'nothing', why: 'unasserted', closest: evidence, probability: best.probability };
  }
  return { kind: 'span', evidence, probability: best.probability };
}

/** Say: the decision in words, from the templates. */
function say(ctx: AnswerContext, question: Question, decision: Decision, asked: string, notices: string[], ranked: Ranked[]): Reply {
  if (!decision.say) return { answer: { ...abstention(ctx, question, partOf(ctx, question, decision, ranked), asked, notices), question: asked } };
  const { claim, confidence } = decision;
  if (claim.kind === 'reading-on') throw new Error('reading on is said by more()');
  const evidence = { ...claim.evidence, confidence };
  const composed =
    claim.kind === 'verdict' && claim.verdict.kind !== 'unsaid'
      ? composeVerdict(ctx.kb, question, claim.verdict, { statement: '' }, evidence, notices)
      : composeAnswer(ctx.kb, question, evidence, notices);
  const answer = { ...composed, question: asked };
  const focus = focusOf(ctx, question, answer);
  return { answer, turn: { question, answer, ranked, shown: [evidence.ranked.sentence.passage], ...(focus ? { focus } : {}) } };
}

/** An abstention in words: why the stories do not answer, and the closest they come when that helps. */
function abstention(ctx: AnswerContext, question: Question, decision: Extract<Decision, { say: false }>, asked: string, notices: string[]): Answer {
  const { why, closest, confidence } = decision;
  if (why === 'no-evidence' && isOutOfScopeIfUnanswered(asked)) return outOfScope(ctx, asked, notices);
  if (why === 'unsupported') {
    const name = unsupportedAbout(ctx, question) ?? '';
    return abstain(ctx, asked, 'not-in-story', notices, confidence, fill(TEMPLATES.say.unsupported, { titles: titles(ctx.kb), name }));
  }
  if (!closest || (why !== 'unsaid' && why !== 'unasserted' && why !== 'only-mentioned' && why !== 'partial')) return abstain(ctx, asked, 'not-in-story', notices, confidence);
  return closestEvidence(ctx, question, why, closest, asked, notices, confidence);
}

/** "The story doesn't say whether …" with what it does say nearest the question, cited. */
function closestEvidence(ctx: AnswerContext, question: Question, why: 'unsaid' | 'unasserted' | 'only-mentioned' | 'partial', evidence: Evidence, asked: string, notices: string[], confidence: number): Abstained {
  const closest = evidence.ranked;
  let text: string;
  let citations: Citation[];
  if (why === 'partial') {
    const quoted = quotable(ctx.kb, closest.sentence).text;
    const line = quoteLine(ctx.kb, closest.sentence, excerpt(quoted), 1, TEMPLATES.say.closest, TEMPLATES.say.closestBy);
    text = `${fill(TEMPLATES.say.notHow, { measure: (question.measure ?? '').replace(/-time$/, '') })}\n${line}`;
    citations = [citationOf(ctx.kb, closest.sentence.passage, 1, quoted)];
  } else if (why === 'only-mentioned') {
    const name = (question.subject && findEntity(ctx.kb.entities, question.subject)?.name) ?? question.subject ?? '';
    const quoted = quotable(ctx.kb, closest.sentence).text;
    const template = /^who/i.test(question.text) ? TEMPLATES.say.mentionedWho : TEMPLATES.say.mentionedWhat;
    text = fill(template, { name, quote: excerpt(quoted, Math.max(0, closest.sentence.text.indexOf(name))), n: 1 });
    citations = [citationOf(ctx.kb, closest.sentence.passage, 1, quoted)];
  } else {
    const proposition = parseYesNo(question.text, (phrase) => findEntity(ctx.kb.entities, phrase) !== undefined);
    // "who did Roe praise" does not read after "doesn't say": only "who praised Roe" is restated.
    const statement = why === 'unasserted' ? (isAuxiliary(question.predicate?.split(' ')[0] ?? '') ? '' : (question.predicate ?? '')) : (proposition?.statement ?? '');
    const template = why === 'unasserted' ? TEMPLATES.say.unsaidWho : TEMPLATES.say.unsaid;
    const composed = composeVerdict(ctx.kb, question, { kind: 'unsaid', closest }, { statement }, { ...evidence, confidence }, notices, template);
    text = composed.text;
    citations = composed.citations;
  }
  return { kind: 'abstained', question: asked, text, abstained: true, reason: 'not-in-story', confidence, shortAnswer: null, citations, suggestions: [], notices };
}

/**
 * A partial answer: "How fast were the winds?" over a story that speaks of the winds but gives no
 * speed is refused with what it does say of them, the best-ranked sentence holding every other
 * content word of the question. Other abstentions pass through unchanged.
 */
function partOf(ctx: AnswerContext, question: Question, decision: Extract<Decision, { say: false }>, ranked: Ranked[]): Extract<Decision, { say: false }> {
  if (decision.why !== 'no-evidence' || !question.measure) return decision;
  const measure = termOf(question.measure.replace(/-time$/, ''));
  const thing = question.terms.filter((term) => term !== measure);
  const near = thing.length === 0 ? undefined : ranked.find((candidate) => thing.every((term) => sentenceTerms(ctx.kb.corpus, candidate.sentence.id).has(term)));
  return near ? { ...decision, why: 'partial', closest: { ranked: near, confidence: 0 } } : decision;
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

const UNRESOLVED_PRONOUN = /\b(?:he|she|him|her|his|they|them|their)\b/i;

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

/** Where the story names X (asked "who is X?" and never saying): the mention the question's other words rank highest. */
function mentionOf(ctx: AnswerContext, question: Question, name: string, mentions: Sentence[]): Sentence {
  const ids = new Set(mentions.map((mention) => mention.id));
  return rankSentences(ctx.kb, { ...question, type: 'thing' }).ranked.find((ranked) => ids.has(ranked.sentence.id))?.sentence ?? mentions.find((mention) => mention.text.includes(name)) ?? mentions[0]!;
}

function asRanked(sentence: Sentence): Ranked {
  return { sentence, score: 1, coverage: 1, contextCoverage: 1, rareTermFound: true };
}

/**
 * Who wrote or published the story itself: answered from its metadata (the intents issue, #12),
 * never from the people its text names. Until that lands, the bot abstains.
 */
const ABOUT_THE_STORY = /^who\b.*\b(?:wrote|writes|written|authored|reported|penned|byline)\b.*\b(?:story|article|piece|report|this)\b|\b(?:author|writer|reporter)\s+of\s+(?:the|this)\s+(?:story|article|piece|report)\b/i;
