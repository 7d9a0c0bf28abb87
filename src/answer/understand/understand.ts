import { derived } from '../../corpus/term-cache.js';
import { ITEMS_PER_STEP, runToEnd, type Steps } from '../../steps.js';
import { keepInformativeTerms, spellingBudget, uncharged } from '../budget.js';
import { correctSpelling } from '../../text/spelling.js';
import { letterWords } from '../../text/tokenize.js';
import { BARE_PERSON_NOUNS } from '../../text/lexicon.js';
import { termOf } from '../../text/terms.js';
import { expandChatWords } from '../../text/chat-words.js';
import { focusUnnamed, FOLLOW_UP, PERSON_PRONOUN, pronounBeforeNames, resolvePronouns } from './followup.js';
import { resolveDescriptions, storyInFocus } from './main-actor.js';
import { resolveThing, storyOfIt, thingPronounIn, whatItIs } from './main-thing.js';
import type { KnowledgeBase } from '../../knowledge-base/knowledge-base.js';
import { analyzeQuestion, type Question } from './question.js';
import { hasWords, MAX_QUESTION_CHARS, readableQuestion, sanitizeQuestion } from './sanitize.js';
import { fill, TEMPLATES } from '../say/templates.js';
import { recogniseIntent } from './intents/recognise.js';
import type { Turn, AnswerContext, Reply } from '../context.js';
import { abstain } from '../say/say.js';
import { focusFor, namesSomeone } from './focus.js';
import { caseKnownNames } from './known-names.js';
import { more, sources, intentReply, shortFollowUpOf } from './follow-up-replies.js';

/**
 * Stage 1, understand: the message cleaned, routed (a follow-up, an intent, an empty message get their
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
  // "any injuries?" is chat for "were there any injuries?".
  // A name typed in lower case ("did mason win?") is read as the name, not as the English word.
  const spelled = caseKnownNames(ctx.kb, countShaped(existential(correctSpelling(framed ?? read, (word) => words().has(word.toLowerCase()), words, spellingBudget()).text)), words);
  // "he" means the last turn's person only when the question names nobody itself.
  const focus = focusFor(ctx, previous, spelled);
  const named = namesSomeone(ctx, spelled);
  // "What state was she in?" with nobody to be "she": ask who is meant rather than answer about anyone.
  // "When did he speak to Roe?" names Roe, but "he" is someone before any name: no one the question gives.
  const lone = pronounBeforeNames(spelled, (text) => namesSomeone(ctx, text));
  const nobody = focus === undefined ? lone : undefined;
  if (nobody) return reply({ answer: { ...abstain(ctx, asked, 'empty', notices), text: fill(TEMPLATES.whoIsMeant, { pronoun: nobody, example: ctx.exampleQuestion() }) } });
  // "What did he tell Roe?" after a turn on Doe: a pronoun before any name is the person in focus.
  const personal = named && !(lone && focus && focusUnnamed(spelled, focus)) ? spelled : resolvePronouns(resolveDescriptions(ctx.kb, spelled, focus), focus);
  // "it" is the thing the story in focus is about (its title's most repeated noun, else an actor that is no person), if it has one.
  const story = storyInFocus(ctx.kb, previous?.shown[0]);
  const itsStory = story ?? storyOfIt(ctx.kb, personal, (text) => analyzeQuestion(text).terms);
  const resolved = keepInformativeTerms(ctx.kb, analyzeQuestion(resolveThing(personal, itsStory === undefined ? undefined : whatItIs(ctx.kb, itsStory, personal))));
  const analysed = previous && story !== undefined ? { ...resolved, inStory: story } : resolved;
  if (analysed.terms.length === 0) {
    // "where's he from?" with nobody to be "he", "when did it happen?" over several stories: say
    // so, rather than that the message had no words.
    const pronoun = PERSON_PRONOUN.exec(analysed.text)?.[0];
    const thing = pronoun === undefined ? thingPronounIn(analysed.text) : undefined;
    const answer = abstain(ctx, asked, 'empty', notices);
    if (pronoun) return reply({ answer: { ...answer, text: fill(TEMPLATES.whoIsMeant, { pronoun: pronoun.toLowerCase(), example: ctx.exampleQuestion() }) } });
    return reply({ answer: thing ? { ...answer, text: fill(TEMPLATES.whatIsMeant, { pronoun: thing }) } : answer });
  }
  // "what's the man's name?" over stories where no one person is "the man": ask who is meant.
  const bare = bareDescription(analysed, focus);
  if (bare) return reply({ answer: { ...abstain(ctx, asked, 'empty', notices), text: fill(TEMPLATES.whoIsMeant, { pronoun: bare, example: ctx.exampleQuestion() }) } });
  // "why did he do it?": the act "it" stands for is nowhere in the question, and a reason found for
  // its person alone would be the reason for something else.
  if (ACT_IT.test(analysed.text) && analysed.terms.every((term) => analysed.names.includes(term))) {
    return reply({ answer: { ...abstain(ctx, asked, 'empty', notices), text: fill(TEMPLATES.whatIsMeant, { pronoun: 'it' }) } });
  }
  return { kind: 'question', question: analysed, asked, notices };
}

/** "the man" when the question names nothing but him and no one is in focus; undefined otherwise. */
function bareDescription(question: Question, focus: string | undefined): string | undefined {
  if (focus !== undefined || question.terms.some((term) => !BARE_PERSON_TERMS.has(term))) return undefined;
  const noun = /\bthe\s+(\p{L}+)/iu.exec(question.text)?.[1]?.toLowerCase();
  return noun !== undefined && BARE_PERSON_TERMS.has(termOf(noun) ?? '') ? `the ${noun}` : undefined;
}

const BARE_PERSON_TERMS: ReadonlySet<string> = new Set([...BARE_PERSON_NOUNS].map(termOf).filter((term): term is string => term !== null));

/** "do it", "did that": an act the question does not name. */
const ACT_IT = /\b(?:do|done|doing)\s+(?:it|that|this)\b|\b(?:did|does)\s+(?:it|that|this)\s*[?.!]*$/i;

/** "any injuries?", "any arrests?": a yes/no question with its "were there" left out. */
const ELLIPTIC_ANY = /^any\s+\p{L}+(?:\s+\p{L}+)?\s*\?*$/iu;

function existential(question: string): string {
  return ELLIPTIC_ANY.test(question.trim()) ? `were there ${question.trim()}` : question;
}

/** "the number of injured?", "what's the death toll?": a count asked as a noun phrase. */
const NUMBER_OF = /^(?:(?:what(?:'s|’s|\s+is|\s+was))\s+)?(?:the\s+)?(?:total\s+)?number\s+of\s+(.+?)\s*[?!.]*$/iu;
const DEATH_TOLL = /^(?:(?:what(?:'s|’s|\s+is|\s+was))\s+)?(?:the\s+)?death\s+toll\b\s*(.*?)\s*[?!.]*$/iu;

/** "number of injured?" is chat for "how many injured?", "death toll?" for "how many people died?". */
function countShaped(question: string): string {
  const counted = NUMBER_OF.exec(question.trim());
  if (counted) return `how many ${counted[1]}?`;
  const toll = DEATH_TOLL.exec(question.trim());
  return toll ? `how many people died${toll[1] ? ` ${toll[1]}` : ''}?` : question;
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
    for (const word of letterWords(sentences[at]!.text)) {
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
