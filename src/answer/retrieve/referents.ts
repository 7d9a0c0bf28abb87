import { passageSentences, type Sentence } from '../../corpus/corpus.js';
import { entityBySurname } from '../../corpus/entities.js';
import { sentenceDerived, sentenceTerms } from '../../corpus/term-cache.js';
import type { KnowledgeBase } from '../../knowledge-base/knowledge-base.js';
import { termsOf } from '../../text/terms.js';
import { alternation, FEMALE_PRONOUNS, isPersonNoun, MALE_PRONOUNS } from '../../text/lexicon.js';
import { genderIn, mainPersonOf, personNamesIn, pronounGender, withoutQuotations } from '../understand/main-actor.js';
import { WEEKDAY_SOURCE } from '../../text/values.js';
import { isPronoun, speakerIn } from '../../corpus/claims.js';
import { speakerOfSentence } from '../read/attribution.js';

/** A sentence that opens on a person's pronoun continues about someone the sentence before named. */
const OPENING_PRONOUN = new RegExp(`^(?:[“"‘']\\s*)?(${alternation([...MALE_PRONOUNS, ...FEMALE_PRONOUNS])})\\b`, 'i');

/**
 * A sentence's index terms with those of the name its opening pronoun stands for: "She died from
 * an infection." after "… their daughter, Jane." is about Jane, and answers "what did Jane die
 * from?" as well as a sentence naming her; so does "“…,” she told reporters" for "what did Jane
 * say?". Retrieval and the verifier read a sentence through this.
 */
export function termsWithReferent(kb: KnowledgeBase, id: number): ReadonlySet<string> {
  return sentenceDerived(kb.corpus, `referent:${id}`, () => {
    const own = sentenceTerms(kb.corpus, id);
    const name = referentOf(kb, id) ?? pronounSpeakerOf(kb, id) ?? namedNext(kb, id) ?? mainPersonMeant(kb, id) ?? describedEarlier(kb, id) ?? thingBefore(kb, id);
    const named = [...(name === undefined ? [] : [name]), ...fullNamesOf(kb, id)];
    return named.length === 0 ? own : new Set([...own, ...named.flatMap((found) => termsOf(found))]);
  });
}

/**
 * "The museum will stay closed. It was robbed once before": a sentence opening on "It" and a verb,
 * after a sentence of its paragraph that opens on "The" and a noun that is no person, is about that thing.
 */
function thingBefore(kb: KnowledgeBase, id: number): string | undefined {
  const sentence = kb.corpus.sentences[id];
  const before = kb.corpus.sentences[id - 1];
  if (!sentence || !before || before.passage !== sentence.passage || !IT_THEN_VERB.test(sentence.text)) return undefined;
  const noun = THE_NOUN_OPENING.exec(before.text)?.[1];
  return noun !== undefined && !isPersonNoun(noun.toLowerCase()) ? noun : undefined;
}

/** "It was robbed …", "It has …", not "It is hard to …" (an "it" that stands for nothing). */
const IT_THEN_VERB = /^It\s+(?:was|has|had|is|will|would|did|does)\s+(?!(?:\p{Ll}+\s+)?to\b)(?:\p{Ll}+)\b(?!\s+(?:to|that)\b)/u;
/** "The museum will …", "The old museum has …": the noun a sentence opens on. */
const THE_NOUN_OPENING = /^The\s+(?:\p{Ll}+\s+)??(\p{Ll}+)\s+(?:will|was|is|has|had|would|said|stays?|remains?)\b/u;

/** How many sentences back the name of "The company" is looked for: a report names it near, and a book-length story must not be read whole per sentence. */
const DESCRIBED_REACH = 40;

/** "The company said …": a sentence opening on "the" and one noun, naming nobody. */
const DESCRIBED_THE = /^The\s+(\p{Ll}[\p{Ll}-]+)\s+(?!of\b)\p{Ll}/u;

/**
 * Whom "The company said it disagreed …" stands for: the name the story last gave that noun before
 * it, "the technology company Acme" or "Acme, a technology company". None when the story
 * never pairs the noun with a name, however likely a guess would be.
 */
function describedEarlier(kb: KnowledgeBase, id: number): string | undefined {
  const sentence = kb.corpus.sentences[id];
  const noun = sentence === undefined ? undefined : DESCRIBED_THE.exec(sentence.text)?.[1];
  if (sentence === undefined || noun === undefined) return undefined;
  const pairs = [
    new RegExp(String.raw`\b(?:the|a|an)\s+(?:[\p{Ll}-]+\s+){0,2}${noun}\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3})`, 'u'),
    new RegExp(String.raw`(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3}),\s+(?:the|a|an)\s+(?:[\p{Ll}-]+\s+){0,2}${noun}\b`, 'u'),
  ];
  const story = kb.corpus.passages[sentence.passage]!.storyId;
  for (let at = id - 1; at >= 0 && id - at <= DESCRIBED_REACH; at--) {
    const earlier = kb.corpus.sentences[at]!;
    if (kb.corpus.passages[earlier.passage]!.storyId !== story) return undefined;
    for (const pair of pairs) {
      const name = pair.exec(earlier.text)?.[1];
      if (name !== undefined) return name;
    }
  }
  return undefined;
}

/** "Roe died on Monday" after "Jane Roe, …": the full names of the people a sentence calls by surname alone. */
function fullNamesOf(kb: KnowledgeBase, id: number): string[] {
  const text = kb.corpus.sentences[id]?.text ?? '';
  return [...text.matchAll(SURNAME_ALONE)].flatMap((match) => {
    const entity = entityBySurname(kb.entities, match[1]!);
    return entity && entity.name.includes(' ') && !text.includes(entity.name) ? [entity.name] : [];
  });
}

/** A capitalised word that no other capitalised word precedes (a name of one word, as a surname is written). */
const SURNAME_ALONE = /(?<![\p{Lu}][\p{L}'’-]*\s)\b(\p{Lu}[\p{Ll}'’-]+)\b(?!\s\p{Lu})/gu;

const ANY_PERSON_PRONOUN = new RegExp(`\\b(?:${alternation([...MALE_PRONOUNS, ...FEMALE_PRONOUNS])})\\b`, 'i');

/** Whom the "she" of "“…,” she said" stands for, as attribution resolves it (read/attribution.ts). */
function pronounSpeakerOf(kb: KnowledgeBase, id: number): string | undefined {
  const sentence = kb.corpus.sentences[id];
  // Retrieval reads every candidate sentence through this: most have no quotation or no pronoun.
  if (!sentence || !/[“”"]/.test(sentence.text) || !ANY_PERSON_PRONOUN.test(sentence.text)) return undefined;
  const written = speakerIn(sentence.text);
  if (written === undefined || !isPronoun(written)) return undefined;
  const speaker = speakerOfSentence(kb, sentence);
  return speaker === undefined || isPronoun(speaker) ? undefined : speaker;
}

/**
 * Whom a sentence's opening "he" or "she" stands for: the last name of the sentence before (in the
 * same paragraph) that the story calls by that pronoun; none when no name there fits.
 */
export function referentOf(kb: KnowledgeBase, id: number): string | undefined {
  const sentence = kb.corpus.sentences[id];
  const before = kb.corpus.sentences[id - 1];
  // Across a paragraph break "he" is as often someone new: only the same paragraph is read.
  if (!sentence || !before || before.passage !== sentence.passage) return undefined;
  const pronoun = OPENING_PRONOUN.exec(sentence.text)?.[1];
  if (!pronoun) return undefined;
  const story = kb.corpus.passages[sentence.passage]!.storyId;
  const gender = pronounGender(pronoun);
  if (!gender) return undefined;
  return personNamesIn(before.text)
    .reverse()
    .find((name) => genderIn(kb, story, name) === gender);
}

/**
 * "A helicopter crew spotted him.", "Doctors said he was stable.": a "he" in a sentence that names
 * nobody, in a story that calls one person "he" above all, is that person (main-actor.ts).
 */
function mainPersonMeant(kb: KnowledgeBase, id: number): string | undefined {
  const sentence = kb.corpus.sentences[id];
  if (!sentence) return undefined;
  const gender = pronounGender(withoutQuotations(sentence.text));
  if (!gender || personNamesIn(sentence.text).length > 0) return undefined;
  return mainPersonOf(kb, kb.corpus.passages[sentence.passage]!.storyId, gender);
}

/** "A former director of Acme was jailed …": a sentence opening on a person described, not named. */
const DESCRIBED_OPENING = /^(?:An?)\s+((?:[\p{Ll}\d-]+\s+){0,3}[\p{Ll}-]+)/u;
/** "Tom Berg, 58, pleaded guilty …": a sentence opening on a person's name. */
const NAME_OPENING = /^(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3})(?=,|\s+\p{Ll})/u;

/**
 * Whom a report's opening description stands for when the next sentence names them: "A former
 * director of Acme was jailed on Tuesday. Tom Berg, 58, pleaded guilty …" is about Tom Berg, as
 * news writes a lead that names its person one sentence late.
 */
function namedNext(kb: KnowledgeBase, id: number): string | undefined {
  return leadOf(kb, id)?.name;
}

/** The description a lead opens on ("a former director of Acme") and the name the next sentence gives it. */
export function leadOf(kb: KnowledgeBase, id: number): { name: string; description: string } | undefined {
  const sentence = kb.corpus.sentences[id];
  const next = kb.corpus.sentences[id + 1];
  if (!sentence || !next || (next.passage !== sentence.passage && !leadParagraphs(kb, sentence, next))) return undefined;
  const described = DESCRIBED_OPENING.exec(sentence.text)?.[1];
  if (!described || !described.split(/\s+/).some((word) => isPersonNoun(word))) return undefined;
  const name = NAME_OPENING.exec(next.text)?.[1];
  if (name === undefined || !personNamesIn(name).includes(name)) return undefined;
  const phrase = DESCRIPTION_BEFORE_VERB.exec(sentence.text)?.[1];
  return { name, description: phrase ? phrase.charAt(0).toLowerCase() + phrase.slice(1) : '' };
}

/**
 * Whether a one-sentence opening paragraph is followed by the paragraph that names its person: news
 * sites often print each sentence of a lead as its own paragraph.
 */
function leadParagraphs(kb: KnowledgeBase, sentence: Sentence, next: Sentence): boolean {
  const { passages } = kb.corpus;
  const before = passages[sentence.passage - 1];
  const opening = passages[sentence.passage]?.kind === 'body' && (before === undefined || before.kind === 'headline' || before.storyId !== passages[sentence.passage]!.storyId || isDateline(before.text));
  return opening && next.passage === sentence.passage + 1 && next.index === 0 && passages[next.passage]?.storyId === passages[sentence.passage]!.storyId && kb.corpus.sentences[sentence.id + 1] === next && passageSentences(kb.corpus, sentence.passage).length === 1;
}

/** "Friday, June 5, 2026": a paragraph that only dates the report, before its lead. */
const DATELINE = new RegExp(String.raw`^(?:${WEEKDAY_SOURCE},?\s+)?(?:\p{Lu}\p{Ll}+\s+\d{1,2}|\d{1,2}\s+\p{Lu}\p{Ll}+),?\s+\d{4}\.?$`, 'u');
const isDateline = (text: string): boolean => DATELINE.test(text.trim());

/** The opening description up to its verb: "A former director of Acme" of "… was jailed". */
const DESCRIPTION_BEFORE_VERB = /^(An?\s+[^,;:]+?)\s+(?:was|is|were|are|has|had|have|will|would|who|died|pleaded)\b/u;
