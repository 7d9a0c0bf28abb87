import type { KnowledgeBase } from '../../knowledge-base/knowledge-base.js';
import type { Evidence } from '../say/compose.js';
import { questionFacts, type Candidate } from './features.js';
import type { Question } from '../understand/question.js';
import type { Ranked, Retrieval } from '../retrieve/rank.js';
import { verify, type VerifierModel } from './verifier.js';
import { ageOwner, durationWithArticle, isAgeInApposition, measuredSpan, withUnit } from '../retrieve/measure.js';
import { spansOfType } from '../retrieve/spans.js';
import { ofAnotherEvent } from './dated-event.js';
import { phrasalLightVerbs, saysPhrasal, saysVerbOnlyAsPhrasal, usesOnlyOtherwise } from './phrasal.js';
import { inPastWhenClause, speaksOfClass, tellsPastEvent } from './another.js';
import { passageSentences, storyOfSentence } from '../../corpus/corpus.js';
import { sentenceTerms } from '../../corpus/term-cache.js';
import { termsWithReferent } from '../retrieve/referents.js';
import { asksPatient, doerOf, onlyAsAdjective, usesVerb, type Doer } from './doer.js';
import { accountsForVerb, asksWhereTo, saysMotion, verbTerms } from './verb-support.js';
import { namesSpeaker, speakerOfSentence } from './attribution.js';
import { narratesSpeech } from '../../corpus/claims.js';
import { isStrict, isTyped } from '../understand/answer-types.js';
import { PIPELINE_OPTIONS } from '../options.js';
import { tokens, words } from '../../text/tokenize.js';
import { termOf, termsOf } from '../../text/terms.js';
import { isPersonHead } from '../../text/lexicon.js';
import { synonymsOf } from '../../text/wordnet.js';
import { synonymsOf as closeSynonymsOf } from '../../text/synonyms.js';
import { possessivesOf, relatesPossessive } from './possessive.js';
import { aboutAnotherStorysThing } from './other-story.js';
import { storyHas } from '../../knowledge-base/story-terms.js';
import { boundsAskedTime } from './time-bound.js';
import { asksWhereNameIs } from '../retrieve/span-choice.js';
import { asksUndergoer, namesPerson, objectOf, onlyAsNoun, passiveSubjectOf, undergoerForms, usesAsVerb } from '../retrieve/patient.js';
import { describedEntity } from '../understand/main-actor.js';
import { headOf } from '../../corpus/noun-phrase.js';
import { findEntity } from '../../corpus/entities.js';
import { rivalNumbered } from '../../text/numbered-names.js';
import { datesAnotherYear } from './another-year.js';

/** How many of the reranked sentences the verifier weighs: the right one is rarely further down. */
export const CANDIDATES_PER_QUESTION = PIPELINE_OPTIONS.fitted.read.candidatesPerQuestion;
/** A runner-up sentence scoring at least this share of the chosen one's is quoted too (at most two quotes). */
const SECOND_QUOTE_RATIO = PIPELINE_OPTIONS.say.secondQuoteRatio;


/**
 * The top candidates of a retrieval, with what the features need. When the question asks for a
 * typed answer and some candidates hold one, only those compete: a sentence with no date cannot
 * answer "when", however many of the question's words it repeats.
 */
export function candidatesOf(kb: KnowledgeBase, question: Question, retrieval: Retrieval): Candidate[] {
  const reading = readingOf(question, retrieval);
  // "why?" after "what did he do?": a reason for a person alone is the reason for something else.
  if (reading.onlyNames && question.type === 'reason' && !question.asksPurpose) return [];
  // "How much did shares fall?" in a conversation about one story asks of that story, when it has
  // every word asked and an answer; else of every story.
  const talkedOf = storyTalkedOf(kb, question, retrieval);
  const inTalk = talkedOf === undefined ? [] : candidatesIn(kb, question, retrieval, reading, (ranked) => storyOfSentence(kb.corpus, ranked.sentence) === talkedOf);
  return inTalk.length > 0 ? inTalk : candidatesIn(kb, question, retrieval, reading, () => true);
}

/** What the rules of support read off the question once, whichever sentences they then weigh. */
interface Reading {
  possessives: ReturnType<typeof possessivesOf>;
  verb: ReturnType<typeof verbTerms>;
  phrasals: ReturnType<typeof phrasalLightVerbs>;
  whereTo: boolean;
  patientForms: ReturnType<typeof patientVerbForms>;
  onlyNames: boolean;
}

function readingOf(question: Question, retrieval: Retrieval): Reading {
  return {
    // "Acme's market share" is not answered by a sentence that never ties the share to Acme.
    possessives: possessivesOf(question.text),
    verb: verbTerms(question),
    // "Where did it come down?" is not answered where the story's "comes" means something else.
    phrasals: phrasalLightVerbs(question.text),
    whereTo: asksWhereTo(question),
    patientForms: patientVerbForms(question, retrieval),
    onlyNames: question.terms.every((term) => question.names.includes(term)),
  };
}

/** The candidates among the ranked sentences `within` accepts. */
function candidatesIn(kb: KnowledgeBase, question: Question, retrieval: Retrieval, reading: Reading, within: (ranked: Ranked) => boolean): Candidate[] {
  const { patientForms } = reading;
  const eligible = (ranked: Ranked): boolean =>
    within(ranked) &&
    // "Who was sentenced?" is not answered where the story says only "his sentence".
    // A short one ("who was arrested?") names nothing else to match: the sentence must say the verb itself.
    (!patientForms || (isShort(question) ? usesAsVerb(ranked.sentence.text, patientForms) : !onlyAsNoun(ranked.sentence.text, patientForms))) &&
    // "Who built the bridge?" over a folder of stories asks of the one with a bridge.
    !aboutAnotherStorysThing(kb, question, retrieval, ranked) &&
    // "Who scored for Riverton?" is not answered in a paragraph about the other team that never names Riverton.
    namesInParagraph(kb, question, ranked);
  const first = firstOf(retrieval.ranked, CANDIDATES_PER_QUESTION, eligible);
  let top = supportedOf(kb, question, retrieval, reading, first);
  // "When were the cracks found?" where the first sentences hold no date it can take (but the
  // dateline's) reads one window further, for sentences that hold one ("… spotted on Tuesday afternoon").
  if (isTyped(question.type) && !top.some((ranked) => ranked.span && !isDateline(ranked)) && first.length === CANDIDATES_PER_QUESTION) {
    const after = retrieval.ranked.indexOf(first.at(-1)!) + 1;
    const next = supportedOf(kb, question, retrieval, reading, firstOf(retrieval.ranked.slice(after), CANDIDATES_PER_QUESTION, (ranked) => eligible(ranked) && ranked.span !== undefined));
    if (next.some((ranked) => ranked.span)) top = [...top, ...next];
  }
  const facts = questionFacts(question, retrieval, top);
  return top.map((ranked, rank) => ({ kb, question, retrieval, facts, ranked, rank }));
}

/** Whether every name of a "for <Name>" phrase of the question is in the sentence's paragraph (or said by a pronoun the sentence resolves to it). */
function namesInParagraph(kb: KnowledgeBase, question: Question, ranked: Ranked): boolean {
  const asked = [...question.text.matchAll(FOR_NAME)].flatMap((match) => termsOf(match[1]!));
  if (asked.length === 0) return true;
  const terms = new Set(passageSentences(kb.corpus, ranked.sentence.passage).flatMap((sentence) => [...termsWithReferent(kb, sentence.id)]));
  // What the headline names ("… for Acme Cup 50" in a report on it) every paragraph is about,
  // unless the paragraph names another of the headline's names instead ("Oslo" for "Riverton").
  const headline = headlineOf(kb, ranked.sentence.passage);
  const titledNames = headline ? [...headline.text.matchAll(/\p{Lu}[\p{L}'’-]*/gu)].flatMap((match) => termsOf(match[0])) : [];
  const namesOther = titledNames.some((term) => !asked.includes(term) && terms.has(term));
  return asked.every((term) => terms.has(term) || (titledNames.includes(term) && !namesOther));
}

/** The headline of a passage's story: a story's passages stand together, its headline first, so it is read back to, not searched for. */
function headlineOf(kb: KnowledgeBase, passage: number): { text: string } | undefined {
  const { passages } = kb.corpus;
  const story = passages[passage]?.storyId;
  for (let at = passage; at >= 0 && passages[at]!.storyId === story; at--) if (passages[at]!.kind === 'headline') return passages[at];
  return undefined;
}

/** "for Riverton", "for the Rovers": a side or a body the question asks about. */
const FOR_NAME = /\bfor\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*)/gu;

/** A sentence that is only a date: the report's dateline, when it was printed, not when anything in it happened. */
function isDateline(ranked: Ranked): boolean {
  return ranked.span !== undefined && ranked.sentence.text.replace(ranked.span.text, '').replace(/[\s,.]/g, '').replace(/^\p{L}+day/u, '') === '';
}

/** The candidates among `window` that the rules of support keep, with the span each may give. */
function supportedOf(kb: KnowledgeBase, question: Question, retrieval: Retrieval, reading: Reading, window: readonly Ranked[]): Ranked[] {
  const { possessives, verb, phrasals, whereTo, patientForms, onlyNames } = reading;
  const leading = window
    // "What stamp was on the document?" is not answered by what "Grade B documents" are: a class, not the thing.
    .filter((ranked) => !speaksOfClass(question.text, ranked.sentence.text))
    // "Where was Acme Cup 50 held?" is not answered by where Acme Cup XIX was.
    .filter((ranked) => !rivalNumbered(question.text, ranked.sentence.text))
    // "Who led the Acme Trust in 1917?" is not answered by who led it in 1914.
    .filter((ranked) => !datesAnotherYear(question.text, ranked.sentence.text))
    .filter((ranked) => possessives.every((possessive) => relatesPossessive(ranked.sentence.text, possessive, sentenceBefore(kb, ranked))) && accountsForVerb(kb, ranked, verb))
    // "What was stolen?" is answered by what the verb acted on, or not by that sentence.
    .flatMap((ranked) => (patientForms && isShort(question) ? withUndergoer(ranked, patientForms, question.type === 'person') : [ranked]))
    .filter((ranked) => !phrasals.some((phrasal) => usesOnlyOtherwise(ranked.sentence.text, sentenceTerms(kb.corpus, ranked.sentence.id), phrasal)))
    // "What was found?" is not answered by "we found out by email".
    .filter((ranked) => !question.mainVerb || !saysVerbOnlyAsPhrasal(ranked.sentence.text, question.mainVerb.term, question.text))
    // "When can he get out?": when the phrase is all the question asks besides whom, a sentence must say it.
    .filter((ranked) => !onlyNames || phrasals.every((phrasal) => saysPhrasal(ranked.sentence.text, sentenceTerms(kb.corpus, ranked.sentence.id), phrasal)))
    // "How many were killed?" over a report of a quake is not answered by "… in 1987, when a quake killed 200".
    .filter((ranked) => question.asksEarlier || !tellsPastEvent(kb, ranked.sentence, question.numbers, question.text))
    .map((ranked) => (question.asksEarlier || !ranked.span || !inPastWhenClause(ranked.sentence.text, ranked.span.start, question.numbers) ? ranked : withoutSpan(ranked)))
    // "What was stolen?" quotes nothing of "… robbed in 2022, when thieves took jewellery": that year's theft.
    .filter((ranked) => question.asksEarlier || ranked.span !== undefined || !inPastWhenClause(ranked.sentence.text, ranked.sentence.text.length, question.numbers))
    // "Where did the guests go?" is not answered where nobody moves ("Fire at Oslo hotel forces guests out").
    // "Where did the jet land?" is answered by "made an emergency landing at …": the asked motion, as a noun.
    .filter((ranked) => !whereTo || saysMotion(kb, ranked) || (question.mainVerb !== undefined && sentenceTerms(kb.corpus, ranked.sentence.id).has(question.mainVerb.term)))
    .map((ranked) => (datesAsked(question, retrieval, ranked) ? ranked : withoutSpan(ranked)));
  return question.measure ? measuredOf(kb, leading, question.measure, question, retrieval) : question.type === 'quote' && question.subject ? saidOf(kb, leading, question.subject, question.mainVerb?.term) : typedOf(question, leading);
}

/** The first `count` of the ranked sentences that pass `keep`, reading no further: a large folder ranks hundreds. */
function firstOf(ranked: readonly Ranked[], count: number, keep: (ranked: Ranked) => boolean): Ranked[] {
  const out: Ranked[] = [];
  for (const candidate of ranked) {
    if (out.length >= count) break;
    if (keep(candidate)) out.push(candidate);
  }
  return out;
}

/** A passive question's verb as the story may write it ("who was elected?"), or undefined for any other question. */
function patientVerbForms(question: Question, retrieval: Retrieval): ReadonlySet<string> | undefined {
  const verb = question.mainVerb;
  if (!verb || (question.type !== 'person' && question.type !== 'thing') || !asksUndergoer(question.text, verb.word)) return undefined;
  const own = retrieval.terms.find((weighted) => weighted.term === verb.term)?.own;
  return own ? undergoerForms(own) : undefined;
}

/** "What was stolen (from the museum)?": a question that names little else than its verb, answered by what underwent it. */
const isShort = (question: Question): boolean => words(question.text).length <= PIPELINE_OPTIONS.fitted.read.undergoerQuestionWords;

/**
 * "What was stolen?" over "thieves stole a box of rings" or "the rings were stolen": what
 * the verb acted on. "Who was sentenced?" keeps a name it found, else takes a phrase naming a
 * person ("a former director of the Acme Trust was sentenced").
 */
function withUndergoer(ranked: Ranked, forms: ReadonlySet<string>, person: boolean): Ranked[] {
  if (person && ranked.span) return [ranked];
  const span = objectOf(ranked.sentence.text, forms) ?? passiveSubjectOf(ranked.sentence.text, forms);
  if (person) return span && namesPerson(span) ? [{ ...ranked, span }] : [ranked];
  return span ? [{ ...ranked, span }] : [];
}

/** The sentence before a candidate's in its paragraph, or nothing. */
function sentenceBefore(kb: KnowledgeBase, ranked: Ranked): string {
  const before = kb.corpus.sentences[ranked.sentence.id - 1];
  return before && before.passage === ranked.sentence.passage ? before.text : '';
}

/** "When did Roe fly to Oslo?" is not answered by the date of talks held "a day after Roe flew to Oslo". */
function datesAsked(question: Question, retrieval: Retrieval, ranked: Ranked): boolean {
  if (question.type !== 'date' || !ranked.span) return true;
  // "as of March 4 it has 277 flaws" dates a count, not an event: no "when did it come out?".
  if (STATE_DATE.test(ranked.sentence.text.slice(0, ranked.span.start))) return false;
  // "When does the closure end?" is answered by "closed until Friday", whose "until" dates the end.
  if (boundsAskedTime(question, ranked.sentence.text, ranked.span)) return true;
  if (ofAnotherEvent(ranked.sentence.text, ranked.span, (term) => retrieval.terms.some((weighted) => weighted.alternatives.has(term)))) return false;
  // "When was Roe arrested?" is not answered by "Roe quit in 2019, soon after his arrest": the asked verb is the other event.
  const verb = retrieval.terms.find((weighted) => weighted.term === question.mainVerb?.term);
  if (!verb) return true;
  return !ofAnotherEvent(ranked.sentence.text, ranked.span, (term) => verb.alternatives.has(term), true) && !datesMainClause(ranked.sentence.text, ranked.span, verb.alternatives);
}

/**
 * "When did the tunnel collapse?" is not answered by "Nine miners trapped after a tunnel collapsed
 * … were brought to the surface on Tuesday": the asked verb stands in a clause a connective opens,
 * and another verb of the sentence ("were brought") stands between it and the date.
 */
function datesMainClause(text: string, span: { start: number }, forms: ReadonlySet<string>): boolean {
  const asked = tokens(text).filter((token) => token.start < span.start && forms.has(termOf(token.raw.toLowerCase()) ?? ''));
  return asked.length > 0 && asked.every((token) => SUBORDINATE_BEFORE.test(text.slice(Math.max(0, token.start - 40), token.start)) && MAIN_VERB_BETWEEN.test(text.slice(token.start + token.raw.length, span.start)));
}

/** A connective that opens a clause of its own, a few words before the verb: "after a tunnel …". */
const SUBORDINATE_BEFORE = /\b(?:after|before|since|when|as|once)\s+(?:\S+\s+){0,4}$/i;
/** A finite verb of the main clause: "were brought", "was found", "has been". */
const MAIN_VERB_BETWEEN = /\b(?:was|were|is|are|has|have|had)\s+(?:\p{Ll}+ly\s+)?\p{Ll}+(?:ed|en|wn|ght|t)\b/u;

/** The words before a date that make it the date of a state or a count ("as of", "as at"). */
const STATE_DATE = /\bas\s+(?:of|at)\s+$/i;

/** "How tall …?" is answered by a figure with its unit or not at all: a sentence without one has no answer. */
function measuredOf(kb: KnowledgeBase, leading: readonly Ranked[], measure: string, question: Question, retrieval: Retrieval): Ranked[] {
  return leading
    .map((ranked) => (ranked.span || measure !== 'long-time' ? measuredInstead(ranked, measure, question) : withDuration(ranked)))
    .filter((ranked) => ranked.span && measuredSpan(ranked.sentence.text, ranked.span, measure) && (measure !== 'old' || ageOfAsked(kb, ranked, question, retrieval)))
    .map((ranked) => {
      const span = withUnit(ranked.sentence.text, ranked.span!, measure);
      return span === ranked.span ? ranked : { ...ranked, span };
    })
    .filter((ranked) => measure !== 'long-time' || (durationOfAsked(ranked, retrieval) && !offsetNotAsked(ranked, question) && !measuresOtherNoun(ranked, retrieval)));
}

/**
 * "How long will the strike last?" is not answered by "its 80-year history": a stretch hyphened
 * before a noun measures that noun ("a 48-hour strike" measures the strike), which must be asked.
 */
function measuresOtherNoun(ranked: Ranked, retrieval: Retrieval): boolean {
  const noun = HYPHENED_BEFORE_NOUN.exec(ranked.sentence.text.slice(ranked.span!.start))?.[1];
  const term = noun === undefined ? null : termOf(noun);
  return term !== null && !retrieval.terms.some((weighted) => weighted.alternatives.has(term));
}

/** A figure hyphened to its unit, then the noun it measures: "80-year history", "a 48-hour strike". */
const HYPHENED_BEFORE_NOUN = /^[\d\p{L}]+-\p{Ll}+\s+(\p{Ll}+)/u;

/**
 * "How long will the satellites last?" is not answered by "released both satellites about 19
 * minutes later": a stretch of time before "later" or "ago" dates one event from another, which
 * only "how long after …?" asks.
 */
function offsetNotAsked(ranked: Ranked, question: Question): boolean {
  return TIME_OFFSET_AFTER.test(ranked.sentence.text.slice(ranked.span!.end)) && !TIME_OFFSET_ASKED.test(question.text);
}

const TIME_OFFSET_AFTER = /^\s+(?:later|earlier|ago|afterwards?|beforehand)\b/i;
const TIME_OFFSET_ASKED = /\b(?:after|before|later|earlier|ago|take|takes|took)\b/i;

/**
 * "How long will the strike last?" over "91 percent … voted to strike for 48 hours": when the
 * chosen figure is no measure of the asked kind, the sentence's first figure that is.
 */
function measuredInstead(ranked: Ranked, measure: string, question: Question): Ranked {
  const text = ranked.sentence.text;
  if (!ranked.span || measuredSpan(text, ranked.span, measure)) return ranked;
  const span = spansOfType(text, question.type).find((other) => measuredSpan(text, other, measure));
  return span ? { ...ranked, span } : ranked;
}

/** "How long will it stay closed?" over "closed for at least a week": the duration no figure span holds. */
function withDuration(ranked: Ranked): Ranked {
  const span = durationWithArticle(ranked.sentence.text);
  return span ? { ...ranked, span } : ranked;
}

/**
 * "How long will the strike last?" over "… called the strike damaging and said the company had
 * offered a rise over two years": a duration is the asked thing's only a few words from a word of
 * the question ("voted to strike for 48 hours", "will remain shut for at least six weeks").
 */
function durationOfAsked(ranked: Ranked, retrieval: Retrieval): boolean {
  // The verbs that frame a duration anchor it too: "a process expected to take at least four days".
  const asked = new Set([...retrieval.terms.flatMap((weighted) => [...weighted.alternatives]), ...DURATION_ANCHORS]);
  const { text } = ranked.sentence;
  const near = [...words(text.slice(0, ranked.span!.start)).slice(-DURATION_REACH), ...words(text.slice(ranked.span!.end)).slice(0, DURATION_REACH)];
  return retrieval.terms.length === 0 || near.some((word) => asked.has(termOf(word.toLowerCase()) ?? ''));
}

const DURATION_ANCHORS = ['last', 'take', 'took', 'lasted'].map((word) => termOf(word) ?? word);

/** How many words before or after a duration a word of the question must stand: "to strike for 48 hours", "ten days before the beginning of the Hajj". */
const DURATION_REACH = 6;

/**
 * "How old is the uncle?" is not answered by "a ten-year-old boy": an age the sentence ties to a
 * noun is that noun's, and a question about another kind of person ("uncle") asks someone else's.
 * The same person in other words ("the baby" / "a nine-month-old child", WordNet synonyms in any
 * sense, or an apposition: "the pilot, a 47-year-old woman") is no other kind.
 */
function ageOfAsked(kb: KnowledgeBase, ranked: Ranked, question: Question, retrieval: Retrieval): boolean {
  // "How old was Tom Berg?" is no age of a sentence that never names him, nor calls him "he".
  const terms = termsWithReferent(kb, ranked.sentence.id);
  if (!question.names.every((name) => terms.has(name))) return false;
  const owner = ranked.span ? ageOwner(ranked.sentence.text, ranked.span) : undefined;
  const term = owner === undefined ? null : termOf(owner);
  // "How old is Jane?" is not "… fossils that experts say are 90 million years old": a named
  // person's age stands in a clause that names them or calls them "he" or "she".
  if (term === null && ranked.span && question.names.length > 0 && !isAgeInApposition(ranked.sentence.text, ranked.span)) return clauseNamesAsked(kb, ranked, question.names);
  if (term === null || retrieval.terms.some((weighted) => weighted.alternatives.has(term))) return true;
  const people = words(question.text).filter((word) => /^\p{Ll}/u.test(word) && isPersonHead(word));
  // "The pilot, a 47-year-old woman, …": the age's noun in apposition to the asked one is the same person.
  const apposed = (word: string): boolean => new RegExp(`\\b${word}s?\\s*,\\s+an?\\s+[^,]*\\b${owner}\\b`, 'i').test(ranked.sentence.text);
  // "How old are the fossils?" is not the "ten-year-old boy"'s age: an owner nobody asked about, unless the question names its person.
  if (people.length === 0) return question.names.length > 0;
  return people.some((word) => synonymsOf(word).includes(owner!.toLowerCase()) || apposed(word));
}

/** Whether the span's clause (between commas or relative pronouns) names the asked person or calls someone "he" or "she". */
function clauseNamesAsked(kb: KnowledgeBase, ranked: Ranked, names: readonly string[]): boolean {
  const before = ranked.sentence.text.slice(0, ranked.span!.start);
  // The clause runs on past the age: "The 19-year-old Jane Roe scored".
  const after = ranked.sentence.text.slice(ranked.span!.end).split(/[,;]|\b(?:that|which)\b/)[0] ?? '';
  const clause = `${before.split(/[,;]|\b(?:that|which)\b/).at(-1) ?? ''} ${after}`;
  const terms = new Set(words(clause).map((word) => termOf(word)));
  return names.some((name) => terms.has(name)) || PERSON_PRONOUN.test(clause) || (clause === before && termsWithReferent(kb, ranked.sentence.id) !== sentenceTerms(kb.corpus, ranked.sentence.id));
}

const PERSON_PRONOUN = /\b(?:he|she|his|her)\b/i;

/** "What does Ukraine think?" is answered by Ukraine's words, never by a quotation of someone else. */
function saidOf(kb: KnowledgeBase, leading: readonly Ranked[], asked: string, verb: string | undefined): Ranked[] {
  const askedAs = speakerNames(kb, asked);
  const said = leading.filter((ranked) => saidBy(kb, ranked, askedAs));
  // "‘Here’s what I think would be amazing,’ he continued" announces words; it does not say any.
  const saying = said.filter((ranked) => !announcesWords(ranked.sentence.text));
  const words = saying.length > 0 ? saying : said;
  // "What did Roe promise?" is what she promised ("… and promised emergency payments"), before
  // words of hers that promise nothing; "what did Roe say?" takes any of them.
  const promised = verb === undefined || GENERIC_SAYING.has(verb) ? [] : words.filter((ranked) => usesVerb(ranked.sentence.text, verb));
  return promised.length > 0 ? promised : words;
}

/** Verbs that ask for anyone's words at all: "what did Roe say / tell / add?". */
const GENERIC_SAYING: ReadonlySet<string> = new Set(['say', 'tell', 'add', 'speak', 'talk', 'comment', 'write'].map((word) => termOf(word) ?? word));

/**
 * The candidates holding an answer of the asked type, when any do. "Who found it?" over "found …
 * by a passer-by": the doer is that unnamed someone, not a name standing elsewhere in the
 * sentence, so the sentence competes as a quotation, without its name span; "what's the name of
 * the person who found it?" is not answered by it at all. A sentence that names no doer at all
 * ("the leaked call") competes so too, as the closest the story comes (`leavesDoerUnstated`).
 */
function typedOf(question: Question, leading: readonly Ranked[]): Ranked[] {
  const doers = new Map(leading.map((ranked) => [ranked, doerFor(ranked.sentence.text, question)] as const));
  const named = leading.filter((ranked) => doers.get(ranked) === undefined);
  // "… after the transcript was released" names no one; once "released by Acme News" (or "after
  // engineers found cracks", "discovered by a guard") says who did it, it is no closest evidence of
  // "the story doesn't say who".
  const verb = question.mainVerb?.term;
  const doerNamed = verb !== undefined && leading.some((ranked) => doers.get(ranked) !== 'unstated' && usesVerb(ranked.sentence.text, verb));
  const unnamed = new Set(leading.filter((ranked) => doers.get(ranked) === 'unnamed' || (doers.get(ranked) === 'unstated' && !doerNamed)));
  const typed = isTyped(question.type) || question.asksKind ? named.filter((ranked) => ranked.span) : [];
  if (question.asksName || question.asksKind) return typed;
  const answering = leading.filter((ranked) => typed.includes(ranked) || unnamed.has(ranked)).map((ranked) => (unnamed.has(ranked) ? withoutSpan(ranked) : ranked));
  if (answering.length > 0) return answering;
  // A typed question no candidate holds an answer of its type for ("why …?" and no reason) has none;
  // nor has "where is Riverton?" when no sentence puts Riverton in a place (span-choice.ts).
  return isStrict(question.type) || asksWhereNameIs(question) ? [] : named;
}

function withoutSpan({ span: _span, spanScore: _score, ...rest }: Ranked): Ranked {
  return rest;
}

/** Whether the sentence says nobody did what "who …?" asks: the verb passive with no agent ("the call was leaked"). */
export function leavesDoerUnstated(question: Question, ranked: Ranked): boolean {
  return doerFor(ranked.sentence.text, question) === 'unstated';
}

/** Questions about an act that a sentence answers only if it narrates the act. */
const ACT_TYPES: ReadonlySet<Question['type']> = new Set(['reason', 'manner', 'date', 'place']);

/**
 * Whether the sentence names the asked act only as an adjective ("why was the report leaked?"
 * over "… in order to win, according to a leaked report"): its reason is another verb's.
 */
export function narratesOtherAct(question: Question, ranked: Ranked): boolean {
  const verb = question.mainVerb;
  return verb !== undefined && ACT_TYPES.has(question.type) && onlyAsAdjective(ranked.sentence.text, verb.term, question.terms.filter((term) => term !== verb.term));
}

/** Who a sentence says did what "who …?" asks (doer.ts); other questions, and "who was chosen?", ask no doer. */
function doerFor(text: string, question: Question): Doer {
  const verb = question.mainVerb;
  if (question.type !== 'person' || !verb || asksPatient(question.text, verb.word)) return undefined;
  // "Who found the cracks?" over "the cracks were spotted": the sentence's own word for the verb is read.
  const said = usesVerb(text, verb.term) ? verb.term : ([...closeSynonymsOf(verb.term)].find((other) => usesVerb(text, other)) ?? verb.term);
  return doerOf(text, said);
}

/** The sentences that hold the asked speaker's words and say something: what a second quotation is taken from. */
export function speakerQuotes(kb: KnowledgeBase, ranked: readonly Ranked[], asked: string): Ranked[] {
  // Two are enough (the one quoted first and the runner-up): each test reads the whole paragraph.
  const found: Ranked[] = [];
  const askedAs = speakerNames(kb, asked);
  for (const candidate of ranked) {
    if (saidBy(kb, candidate, askedAs) && !announcesWords(candidate.sentence.text)) found.push(candidate);
    if (found.length === 2) break;
  }
  return found;
}

/**
 * A quotation that only announces what comes next ("‘Here’s what I think would be amazing,’ he
 * continued", "‘This is what we will do:’"): it points at words, it does not say them.
 */
const ANNOUNCES = /\b(?:here['’]?s what|here is what|this is what|that is what|the following|as follows)\b|:\s*[’'”"]\s*$/i;

function announcesWords(text: string): boolean {
  // Each mark closes its own kind; an apostrophe ("Here’s") closes nothing.
  const quoted = [...text.matchAll(/“([^”]*)”|"([^"]*)"|‘((?:[^’]|’(?=\p{L}))*)’/gu)].map((match) => match[1] ?? match[2] ?? match[3] ?? '').join(' ');
  return ANNOUNCES.test(quoted || text);
}

/**
 * The names the asked speaker goes by: as asked, and the one person the stories give that role
 * ("what did the mayor say?" asks for the words of whoever is the mayor, named or "…,” the mayor said").
 * Read once per question, not once per candidate.
 */
function speakerNames(kb: KnowledgeBase, asked: string): string[] {
  const named = describedEntity(kb, asked)?.name;
  return named === undefined ? [asked] : [asked, named];
}

/** "the airline": a speaker asked for by a description, not a name. */
const DESCRIBED_SPEAKER = /^the\s+\p{Ll}[\p{Ll}\s-]*$/u;

/**
 * "the airline" is "The airline", never "the Airline Pilots Guild"; "the analysts" are "Analysts at
 * Zorbco": a description is its head noun (before any preposition).
 */
function sameHead(speaker: string, described: string): boolean {
  return headTerm(speaker) === headTerm(described);
}

function headTerm(text: string): string | null {
  return termOf(headOf(text.trim()) ?? text.trim().split(/\s+/).at(-1)!.toLowerCase());
}

/** "Zorbco analyst Jane Roe" for "the analysts": a named speaker whose role is the described head. */
function hasRoleOf(kb: KnowledgeBase, speaker: string, described: string): boolean {
  const head = headTerm(described);
  return head !== null && (findEntity(kb.entities, speaker)?.roles.has(head) ?? false);
}

/**
 * Whether a sentence holds the asked speaker's words: its attributed speaker, or (narration of
 * what they said) a sentence naming them. Pronouns ("he said") count: the attribution resolves them.
 */
function saidBy(kb: KnowledgeBase, ranked: Ranked, askedAs: readonly string[]): boolean {
  const written = speakerOfSentence(kb, ranked.sentence);
  // "the president said": the one person the stories call the president, for "what did Roe say?".
  const speaker = written !== undefined && DESCRIBED_SPEAKER.test(written) ? (describedEntity(kb, written)?.name ?? written) : written;
  if (speaker) return askedAs.some((who) => (DESCRIBED_SPEAKER.test(who) ? sameHead(written!, who) || sameHead(speaker, who) || hasRoleOf(kb, speaker, who) : namesSpeaker(speaker, who) || namesSpeaker(who, speaker)));
  // Narration of what they said needs a verb of saying: "with Roe scoring the winner" says nothing of Roe's words.
  return narratesSpeech(ranked.sentence.text) && askedAs.some((who) => namesSpeaker(ranked.sentence.text, who));
}

/**
 * The evidence an answer built on `chosen` quotes: it, and a runner-up of its story nearly as good from
 * `rivals` (the candidates that answer the question too: a second quotation must answer it as well).
 * `ratio`: how close its score must come; rivals already chosen for answering (the asked
 * speaker's own words) need not come close.
 */
export function evidenceFor(kb: KnowledgeBase, rivals: readonly Ranked[], chosen: Ranked, confidence: number, ratio = SECOND_QUOTE_RATIO): Evidence {
  // A second quotation from another story answers another story's question ("a second strike is planned" for when a merger closes).
  const story = storyOfSentence(kb.corpus, chosen.sentence);
  const others = rivals.filter((candidate) => candidate.sentence.id !== chosen.sentence.id && storyOfSentence(kb.corpus, candidate.sentence) === story);
  // A top sentence that states the same answer corroborates it ("107" in the headline and in the report).
  const corroborating = chosen.span ? others.slice(0, CANDIDATES_PER_QUESTION).find((candidate) => statesSpan(candidate, chosen.span!.text)) : undefined;
  const runnerUp = others[0];
  // A runner-up without an answer of the asked type ("when" and no date in it) answers nothing.
  const answers = runnerUp !== undefined && runnerUp.score >= ratio * chosen.score && (!chosen.span || runnerUp.span !== undefined);
  const second = corroborating ?? (answers ? runnerUp : undefined);
  return { ranked: chosen, confidence, ...(second ? { second } : {}) };
}

/** The conversation's story, when it holds every word of the question (else the question may be about another). */
function storyTalkedOf(kb: KnowledgeBase, question: Question, retrieval: Retrieval): string | undefined {
  const story = question.inStory;
  if (story === undefined || kb.corpus.stories.length < 2) return undefined;
  return retrieval.terms.every((term) => [...term.alternatives].some((alternative) => storyHas(kb, story, alternative))) ? story : undefined;
}

/** Whether a sentence holds an answer's words as words ("107", not "1070"). */
function statesSpan(candidate: Ranked, span: string): boolean {
  const at = candidate.sentence.text.toLowerCase().indexOf(span.toLowerCase());
  if (at < 0) return false;
  const before = candidate.sentence.text[at - 1] ?? ' ';
  const after = candidate.sentence.text[at + span.length] ?? ' ';
  return !/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after);
}

export interface Selection {
  /** The most probable candidate and its fitted probability, whether or not it clears any threshold. */
  best?: { candidate: Candidate; probability: number };
  /** Every candidate weighed, in retrieval order: the rivals a second quotation is taken from. */
  candidates: Candidate[];
}

/** Weighs the question's candidates with the verifier; the most probable is the one to claim. */
export function selectEvidence(kb: KnowledgeBase, question: Question, retrieval: Retrieval, model: VerifierModel): Selection {
  const candidates = candidatesOf(kb, question, retrieval);
  let best: Selection['best'];
  for (const candidate of candidates) {
    const probability = verify(model, candidate);
    // Ties keep the retrieval order: deterministic, and the reranker's choice when the model cannot tell.
    if (!best || probability > best.probability) best = { candidate, probability };
  }
  return best ? { best, candidates } : { candidates };
}

/**
 * The yes/no judge's sentence as a candidate of the question (`judged`), weighed among the
 * question's top sentences as any other is: what the verifier scores, at serving and in training.
 */
export function candidateFor(kb: KnowledgeBase, question: Question, retrieval: Retrieval, ranked: Ranked): Candidate {
  const leading = retrieval.ranked.slice(0, CANDIDATES_PER_QUESTION);
  const rivals = leading.some((candidate) => candidate.sentence.id === ranked.sentence.id) ? leading : [ranked, ...leading.slice(0, -1)];
  const facts = questionFacts(question, retrieval, rivals);
  return { kb, question, retrieval, facts, ranked, rank: Math.max(0, rivals.indexOf(ranked)), judged: true };
}

/** The verifier's probability that a given sentence answers the question (see `candidateFor`). */
export function probabilityOf(kb: KnowledgeBase, question: Question, retrieval: Retrieval, model: VerifierModel, ranked: Ranked): number {
  return verify(model, candidateFor(kb, question, retrieval, ranked));
}
