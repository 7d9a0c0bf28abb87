import { findEntity } from '../../corpus/entities.js';
import { isLocative, spansOfType } from '../retrieve/spans.js';
import { asksDestination } from '../retrieve/span-choice.js';
import { termOf } from '../../text/terms.js';
import { quotable } from '../say/compose.js';
import { aboutSubject, holdsTheRest, judgeYesNo, parseYesNo } from './yesno.js';
import { verbFooting } from './support.js';
import { saysLittle } from './verb-support.js';
import { onlyAimed, onlyCounterfactual, onlyWanted } from './aimed.js';
import { futureForPast, ordinalUnsaid } from './footing.js';
import { saysAskedRole } from '../retrieve/owned-role.js';
import { LEMMA } from '../../text/lemmas.js';
import type { Question } from '../understand/question.js';
import { asRanked, rankSentences, type Retrieval } from '../retrieve/rank.js';
import { evidenceFor, leavesDoerUnstated, narratesOtherAct, probabilityOf, selectEvidence, speakerQuotes } from './select.js';
import { CLAIM_PRIORS, type Claim } from '../decide/decide.js';
import { defaultVerifier } from './verifier.js';
import type { Sentence } from '../../corpus/corpus.js';
import type { AnswerContext } from '../context.js';
import type { Prepared } from '../retrieve/retrieve.js';

/**
 * Stage 3, read: the evidence turned into one claim with the probability that it is right (the
 * verifier over the candidates the rules of support allow, or the yes/no judge); `decide.ts` weighs it.
 */

/**
 * Read: what the evidence lets the bot claim, with the probability that the claim is right. The
 * claim is not yet a reply: `decide` weighs it, whatever kind it is.
 */
export function readClaim(ctx: AnswerContext, prepared: Prepared): Claim {
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
  const about = unsupportedAbout(ctx, question, retrieval);
  if (about) return { kind: 'nothing', why: 'unsupported', about, probability: best.probability };
  const proposition = question.type === 'yesno' ? parseYesNo(question.text, (phrase) => findEntity(ctx.kb.entities, phrase) !== undefined) : undefined;
  const verdict = proposition ? judgeYesNo(ctx.kb, proposition, retrieval.ranked, question.inStory) : undefined;
  if (verdict && verdict.kind !== 'unsaid') {
    const probability = probabilityOf(ctx.kb, question, retrieval, model, verdict.ranked);
    return { kind: 'verdict', verdict, evidence: evidenceFor(ctx.kb, retrieval.ranked, verdict.ranked, probability), probability };
  }
  // A sentence says what was asked, but not as asked ("is set to meet" for "has he met"): it does not say whether.
  if (verdict?.weighed) return { kind: 'nothing', why: verdict.whichStory ? 'which-story' : 'unsaid', closest: evidenceFor(ctx.kb, retrieval.ranked, verdict.closest, best.probability), probability: best.probability };
  // No sentence uses the asked word, but the best may answer in its own words ("almost complete" for
  // "finished"): it is quoted, never turned into a verdict; refused, it is "doesn't say whether".
  // A quotation answers a yes/no question in its own words only when it is about the asked
  // subject ("is the Acme hall finished yet?" over "the Acme hall … almost complete"): "was anyone killed?" has none,
  // and "could it happen again?" asks only a verb that says little.
  if (verdict && proposition) {
    const main = proposition.mainWord.toLowerCase();
    const little = proposition.targets.length === 1 && saysLittle(LEMMA.get(main) ?? main);
    // "Did the walks reduce deaths?" is not answered by "… walks cut hospital visits": only the verb may be in other words.
    if (little || best.candidate.ranked.coverage === 0 || !aboutSubject(ctx.kb, best.candidate.ranked, proposition) || !holdsTheRest(ctx.kb, best.candidate.ranked, proposition)) {
      return { kind: 'nothing', why: 'unsaid', closest: evidenceFor(ctx.kb, retrieval.ranked, verdict.closest, best.probability), probability: best.probability };
    }
    return { kind: 'span', evidence: evidenceFor(ctx.kb, retrieval.ranked, best.candidate.ranked, best.probability), probability: best.probability, otherwise: 'unsaid' };
  }
  // A second quotation must answer too: for "what did X say" it is X's words, else another candidate
  // (one the reader let compete: "after the transcript was released" names no one who released it) ranked nearly as high.
  const spoken = question.type === 'quote' && question.subject ? speakerQuotes(ctx.kb, retrieval.ranked, question.subject) : undefined;
  const rivals = selection.candidates.map((candidate) => candidate.ranked);
  const evidence = spoken ? evidenceFor(ctx.kb, spoken, best.candidate.ranked, best.probability, 0) : evidenceFor(ctx.kb, rivals, best.candidate.ranked, best.probability);
  // "Who fired Roe?" when the story only has someone calling for it, or "who leaked it?" over "the
  // leaked call": nobody is named as the doer.
  const unasserted = question.type === 'person' && question.predicate && verbFooting(question.predicate, quotable(ctx.kb, evidence.ranked.sentence).text) === 'unasserted';
  if (unasserted || leavesDoerUnstated(question, evidence.ranked)) {
    return { kind: 'nothing', why: 'unasserted', closest: evidence, probability: best.probability };
  }
  // "Who is Roe's lawyer?" is not answered by a sentence that names no lawyer ("his wife Jane Roe").
  if (!saysAskedRole(question.text, evidence.ranked.sentence.text)) return { kind: 'nothing', why: 'uncertain', closest: evidence, probability: best.probability };
  if (narratesOtherAct(question, evidence.ranked)) return { kind: 'nothing', why: 'uncertain', closest: evidence, probability: best.probability };
  if (onlyAimed(question, evidence.ranked)) return { kind: 'nothing', why: 'aimed', closest: evidence, probability: best.probability };
  if (onlyCounterfactual(question, evidence.ranked)) return { kind: 'nothing', why: 'uncertain', closest: evidence, probability: best.probability };
  if (onlyWanted(question, evidence.ranked)) return { kind: 'nothing', why: 'uncertain', closest: evidence, probability: best.probability };
  if (ordinalUnsaid(question, evidence.ranked) || futureForPast(question, evidence.ranked)) return { kind: 'nothing', why: 'uncertain', closest: evidence, probability: best.probability };
  // "Where was it held?" over a sentence whose place-like name is no place of anything ("… stopped
  // him on the Acme 20-metre mark") has no place to say: quoting it would answer something else.
  if (ASKS_WHERE.test(question.text) && !asksDestination(question.text) && !placesAnything(evidence.ranked.sentence.text)) return { kind: 'nothing', why: 'uncertain', closest: evidence, probability: best.probability };
  // "Where was the bus going?" is answered by where to ("left Oslo for Riverton"), not where it crashed.
  if (asksDestination(question.text) && !NAMED_DESTINATION.test(evidence.ranked.sentence.text)) return { kind: 'nothing', why: 'uncertain', closest: evidence, probability: best.probability };
  return { kind: 'span', evidence, probability: best.probability };
}

/** "Where …?" asks for a place something is at; "which city …?" may be answered by a subject. */
const ASKS_WHERE = /^\s*where\b/i;

/** A named destination: "to Oslo", "towards the resort of Riverton", "bound for Wessex". */
const NAMED_DESTINATION = /\b(?:to|towards|into|for)\s+(?:the\s+)?(?:(?!(?:in|at|on|near|by)\b)\p{Ll}+\s+){0,3}\p{Lu}/u;

/** Whether a sentence puts anything at a place it names ("… said on Zorbair One"), which a quotation may then show. */
function placesAnything(sentence: string): boolean {
  return spansOfType(sentence, 'place').some((span) => isLocative(sentence, span));
}

/**
 * "Where does X live?" when no story has a word for living: every word the stories know is a name,
 * and some other word they never use. Returns the name, to say the story mentions it but not that.
 */
function unsupportedAbout(ctx: AnswerContext, question: Question, retrieval: Retrieval): string | undefined {
  // "How old is Roe?": "old" frames the question; an age in apposition ("Roe, 58,") never says it.
  const frame = question.measure === undefined ? null : termOf(question.measure);
  const asked = question.terms.filter((term) => term !== frame);
  // "was Roe injured?" over "troubled by a shoulder injury": a word the story says in another form is known.
  const spellings = new Map(retrieval.terms.map((weighted) => [weighted.term, weighted.alternatives]));
  const known = asked.filter((term) => [term, ...(spellings.get(term) ?? [])].some((spelling) => ctx.kb.index.documentFrequency.has(spelling)));
  if (known.length === 0 || known.length === asked.length) return undefined;
  const names = known.map((term) => findEntity(ctx.kb.entities, term));
  if (names.some((entity) => entity === undefined)) return undefined;
  return names[0]?.name;
}

/** Where the story names X (asked "who is X?" and never saying): the mention the question's other words rank highest. */
function mentionOf(ctx: AnswerContext, question: Question, name: string, mentions: Sentence[]): Sentence {
  const ids = new Set(mentions.map((mention) => mention.id));
  return rankSentences(ctx.kb, { ...question, type: 'thing' }).ranked.find((ranked) => ids.has(ranked.sentence.id))?.sentence ?? mentions.find((mention) => mention.text.includes(name)) ?? mentions[0]!;
}

/**
 * Who wrote or published the story itself: answered from its metadata (the intents issue, #12),
 * never from the people its text names. Until that lands, the bot abstains.
 */
const ABOUT_THE_STORY = /^who\b.*\b(?:wrote|writes|written|authored|reported|penned|byline)\b.*\b(?:story|article|piece|report|this)\b|\b(?:author|writer|reporter)\s+of\s+(?:the|this)\s+(?:story|article|piece|report)\b/i;
