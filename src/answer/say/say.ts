import { findEntity } from '../../corpus/entities.js';
import { describedEntity } from '../understand/main-actor.js';
import { sentenceTerms } from '../../corpus/term-cache.js';
import { citationOf } from './cite.js';
import { composeAnswer, composeVerdict, quotable, quoteLine, type Evidence } from './compose.js';
import { termOf } from '../../text/terms.js';
import { parseYesNo } from '../read/yesno.js';
import { isAuxiliary } from '../../text/lexicon.js';
import type { KnowledgeBase } from '../../knowledge-base/knowledge-base.js';
import { TIME_OF_DAY_MEASURE, type Question } from '../understand/question.js';
import { excerpt } from './quote.js';
import type { Ranked } from '../retrieve/rank.js';
import type { Decision } from '../decide/decide.js';
import { fill, listQuestions, listTitles, TEMPLATES } from './templates.js';
import type { Abstained, AbstainReason, Answer, Citation } from '../types.js';
import { isOutOfScopeIfUnanswered } from '../understand/intents/recognise.js';
import { outOfScope } from '../understand/intents/reply.js';
import type { AnswerContext, Reply } from '../context.js';
import { focusOf } from '../understand/focus.js';
import { spansOfType } from '../retrieve/spans.js';
import { measuredSpan } from '../retrieve/measure.js';

/** Stage 5, say: a decision in words, from the templates, with numbered citations; abstentions with the closest evidence. */

const TITLES = new WeakMap<KnowledgeBase, string>();

/** The stories' titles as an abstention lists them, once per knowledge base (it walked every story on each). */
function titles(kb: KnowledgeBase): string {
  let listed = TITLES.get(kb);
  if (listed === undefined) TITLES.set(kb, (listed = listTitles(kb.corpus.stories.map((story) => story.title))));
  return listed;
}

export function abstain(ctx: AnswerContext, question: string, reason: AbstainReason, notices: string[], confidence = 0, why?: string): Abstained {
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


/** Say: the decision in words, from the templates. */
export function say(ctx: AnswerContext, question: Question, decision: Decision, asked: string, notices: string[], ranked: Ranked[]): Reply {
  if (!decision.say) return { answer: { ...abstention(ctx, question, partOf(ctx, question, decision, ranked), asked, notices), question: asked } };
  const { claim, confidence } = decision;
  if (claim.kind === 'reading-on') throw new Error('reading on is said by more()');
  const evidence = { ...claim.evidence, confidence };
  const composed =
    claim.kind === 'verdict'
      ? composeVerdict(ctx.kb, question, claim.verdict, { statement: '' }, evidence, notices)
      : composeAnswer(ctx.kb, question, evidence, notices);
  const answer = { ...composed, question: asked };
  const focus = focusOf(ctx, question, answer);
  // A runner-up quoted too is shown: "tell me more" reads on past it.
  const second = evidence.second?.sentence.passage;
  const quotedSecond = second !== undefined && answer.citations.some((citation) => citation.passageId === ctx.kb.corpus.passages[second]?.id);
  const shown = [evidence.ranked.sentence.passage, ...(quotedSecond && second !== evidence.ranked.sentence.passage ? [second] : [])];
  return { answer, turn: { question, answer, ranked, shown, ...(focus ? { focus } : {}) } };
}

/** An abstention in words: why the stories do not answer, and the closest they come when that helps. */
export function abstention(ctx: AnswerContext, question: Question, decision: Extract<Decision, { say: false }>, asked: string, notices: string[]): Answer {
  const { why, closest, confidence } = decision;
  const storiesSay = (word: string): boolean => ctx.kb.index.documentFrequency.has(termOf(word) ?? word);
  if ((why === 'no-evidence' || why === 'uncertain') && isOutOfScopeIfUnanswered(asked, storiesSay)) return outOfScope(ctx, asked, notices);
  if (why === 'unsupported') {
    const name = decision.about ?? '';
    return abstain(ctx, asked, 'not-in-story', notices, confidence, fill(TEMPLATES.say.unsupported, { titles: titles(ctx.kb), name }));
  }
  if (!closest || why === 'no-evidence' || why === 'about-the-file') return abstain(ctx, asked, 'not-in-story', notices, confidence);
  return closestEvidence(ctx, question, why, closest, asked, notices, confidence);
}

/** "The story doesn't say whether …" with what it does say nearest the question, cited. */
function closestEvidence(ctx: AnswerContext, question: Question, why: 'unsaid' | 'unasserted' | 'only-mentioned' | 'partial' | 'uncertain' | 'aimed' | 'which-story', evidence: Evidence, asked: string, notices: string[], confidence: number): Abstained {
  const closest = evidence.ranked;
  let text: string;
  let citations: Citation[];
  if (why === 'partial' || why === 'uncertain' || why === 'aimed' || why === 'which-story') {
    const quoted = quotable(ctx.kb, closest.sentence).text;
    const line = quoteLine(ctx.kb, closest.sentence, excerpt(quoted), 1, TEMPLATES.say.closest, TEMPLATES.say.closestBy);
    const lead = why === 'partial' ? fill(TEMPLATES.say.notHow, { measure: askedMeasure(question.measure ?? '') }) : why === 'aimed' ? TEMPLATES.say.onlyAimed : why === 'which-story' ? TEMPLATES.say.whichStory : TEMPLATES.say.uncertain;
    text = `${lead}\n${line}`;
    citations = [citationOf(ctx.kb, closest.sentence.passage, 1, quoted)];
  } else if (why === 'only-mentioned') {
    const named = question.subject ? findEntity(ctx.kb.entities, question.subject) ?? describedEntity(ctx.kb, question.subject) : undefined;
    const name = named?.name ?? question.subject ?? '';
    const quoted = quotable(ctx.kb, closest.sentence).text;
    const template = question.asksOccupation ? TEMPLATES.say.mentionedWork : /^who/i.test(question.text) ? TEMPLATES.say.mentionedWho : TEMPLATES.say.mentionedWhat;
    text = fill(template, { name, quote: excerpt(quoted, Math.max(0, closest.sentence.text.indexOf(name))), n: 1 });
    citations = [citationOf(ctx.kb, closest.sentence.passage, 1, quoted)];
  } else {
    const proposition = parseYesNo(question.text, (phrase) => findEntity(ctx.kb.entities, phrase) !== undefined);
    // "who did Roe praise" does not read after "doesn't say": only "who praised Roe" is restated.
    const statement = why === 'unasserted' ? (isAuxiliary(question.predicate?.split(' ')[0] ?? '') ? '' : (question.predicate ?? '')) : (proposition?.statement ?? '');
    const template = why === 'unasserted' ? TEMPLATES.say.unsaidWho : TEMPLATES.say.unsaid;
    const composed = composeVerdict(ctx.kb, question, { kind: 'unsaid', closest, weighed: true }, { statement }, { ...evidence, confidence }, notices, template);
    text = composed.text;
    citations = composed.citations;
  }
  return { kind: 'abstained', question: asked, text, abstained: true, reason: 'not-in-story', confidence, shortAnswer: null, citations, suggestions: [], notices };
}

function givesMeasure(text: string, question: Question): boolean {
  return spansOfType(text, question.type).some((span) => measuredSpan(text, span, question.measure ?? ''));
}

/** The measure as the question asked it: "how tall", "how long", "what time of day". */
function askedMeasure(measure: string): string {
  return measure === TIME_OF_DAY_MEASURE ? `what ${measure}` : `how ${measure.replace(/-(?:time|size)$/, '')}`;
}

/**
 * A partial answer: "How fast were the winds?" over a story that speaks of the winds but gives no
 * speed is refused with what it does say of them, the best-ranked sentence holding every other
 * content word of the question. Other abstentions pass through unchanged.
 */
/** How many of the best-ranked sentences are read for a figure of the measure before saying the story gives none. */
const MEASURE_LOOKS = 10;

function partOf(ctx: AnswerContext, question: Question, decision: Extract<Decision, { say: false }>, ranked: Ranked[]): Extract<Decision, { say: false }> {
  if ((decision.why !== 'no-evidence' && decision.why !== 'uncertain') || !question.measure) return decision;
  const measure = termOf(question.measure.replace(/-time$/, ''));
  const thing = question.terms.filter((term) => term !== measure);
  const near = thing.length === 0 ? undefined : ranked.find((candidate) => thing.every((term) => sentenceTerms(ctx.kb.corpus, candidate.sentence.id).has(term)));
  // A sentence that gives a figure of the measure is no proof the story lacks one: the verifier
  // doubted it, so say nothing of the measure. Nor when another sentence of that story gives one
  // ("the service … travelling at 95 km/h" beside the headline's "train").
  // It is shown as the closest the stories come.
  const story = near ? ctx.kb.corpus.passages[near.sentence.passage]?.storyId : undefined;
  const measured = ranked.slice(0, MEASURE_LOOKS).find((candidate) => ctx.kb.corpus.passages[candidate.sentence.passage]?.storyId === story && givesMeasure(candidate.sentence.text, question));
  if (near && measured) return { ...decision, why: 'uncertain', closest: { ranked: measured, confidence: 0 } };
  return near ? { ...decision, why: 'partial', closest: { ranked: near, confidence: 0 } } : decision;
}
