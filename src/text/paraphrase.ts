import { LEMMA } from './lemmas.js';
import { BE_FORMS, DETERMINERS, isPastForm, LIGHT_VERBS, OBJECT_PRONOUNS, wordOf } from './lexicon.js';
import { synonymsOf as closeSynonyms } from './synonyms.js';
import { isStopWord, termOf } from './terms.js';
import { words } from './tokenize.js';
import { baseForm, derivedFormsOf, kindsOf, synonymsOf, type PartOfSpeech } from './wordnet.js';

/**
 * The other words a story may use for a question's word: "injured" is there as "wounding",
 * "bought" as "purchased", "died" as "death". WordNet gives the synonyms of the word's commonest
 * senses and the forms derived from them; the hand-kept groups (synonyms.ts) add the looser
 * equivalences WordNet splits across senses ("speak" / "call"). How many senses lend them is the
 * caller's (PIPELINE_OPTIONS.fitted.retrieve.paraphraseSenses): rare senses make nearly any word match.
 */


/** Kinds are taken from a noun's commonest sense only, and only where it has few ("plane", not "person"). */
const KIND_SENSES = 1;
const MOST_KINDS = 40;

/** A verb's "-able" adjective says it could be done, not that it was: "elected" is not "eligible". */
const MODAL_ADJECTIVE = /(?:able|ible)$/;

const PARTS_OF_SPEECH: readonly PartOfSpeech[] = ['verb', 'noun', 'adjective'];
const MEMO = new Map<string, ReadonlySet<string>>();
/** Questions bring new words without end: the memo is bounded like the term memo. */
const MEMO_LIMIT = 20_000;

/**
 * The index terms a story may use for `word` (its own term left out); empty for stop words and
 * light verbs. A word known to be used as a verb takes only its verb senses: "did the bridge
 * close?" is not asking about "the close" (the end, "last"); one after an article or a possessive
 * only its noun and adjective senses ("the pictures" are no "see").
 */
export function paraphraseTerms(word: string, senses: number, as: 'verb' | 'noun' | undefined = undefined): ReadonlySet<string> {
  const parts = as === 'verb' ? ['verb' as const] : as === 'noun' ? NOMINAL : PARTS_OF_SPEECH;
  return memo(`${senses}:${as ?? ''}:${word.toLowerCase()}`, () => computeParaphrases(word.toLowerCase(), senses, parts));
}

/** A word after an article or a possessive ("the pictures") is a noun (or its adjective): "picture" there is no "see". */
const NOMINAL: readonly PartOfSpeech[] = ['noun', 'adjective'];
const NOUN_BEFORE = wordOf(DETERMINERS);
/** A past form after "be" or "get" is a passive verb: "was elected" is no adjective "elect" (eligible). */
const PASSIVE_BEFORE = wordOf([...BE_FORMS, 'been', 'being', 'got', 'get', 'gets']);

/** The index terms a story may use for a phrasal verb's verb ("came" of "came down"); empty when WordNet has no such verb. */
export function phrasalTerms(word: string, next: string, senses: number): ReadonlySet<string> {
  return memo(`${senses}:${word.toLowerCase()} ${next.toLowerCase()}`, () => computePhrasal(word.toLowerCase(), next.toLowerCase(), senses));
}

function memo(key: string, compute: () => ReadonlySet<string>): ReadonlySet<string> {
  let found = MEMO.get(key);
  if (found) return found;
  found = compute();
  if (MEMO.size >= MEMO_LIMIT) MEMO.clear();
  MEMO.set(key, found);
  return found;
}

function computeParaphrases(word: string, senses: number, partsOfSpeech: readonly PartOfSpeech[]): ReadonlySet<string> {
  const own = termOf(word);
  if (own === null || isStopWord(word) || /\d/.test(word) || LIGHT_VERBS.has(baseForm(word, 'verb') ?? own)) return EMPTY;
  // WordNet's own rules miss irregular forms ("bought", "hurt"): they are looked up by their lemma.
  const lemma = LEMMA.get(word) ?? word;
  const related = partsOfSpeech.flatMap((pos) => {
    const form = pos === 'verb' ? lemma : word;
    const derived = derivedFormsOf(form, pos, senses).filter((other) => pos !== 'verb' || !MODAL_ADJECTIVE.test(other));
    // A kind of a made thing is the thing: "the plane" is the story's "passenger jet". Kinds of an act,
    // a group or an event ("strike", "department") are too loose to stand for it.
    const kinds = pos === 'noun' ? kindsOf(form, KIND_SENSES, MOST_KINDS, 'noun.artifact') : [];
    return [...synonymsOf(form, pos, senses), ...derived, ...kinds];
  });
  return singleTerms([...related, ...gradedSynonyms(word, senses)], new Set(closeSynonyms(own)), own);
}

/**
 * "biggest" → "largest", "greatest": a superlative or comparative stands for its base's
 * synonyms graded alike, since the index keeps "largest" whole.
 */
function gradedSynonyms(word: string, senses: number): string[] {
  const grade = /(?:est|er)$/.exec(word)?.[0];
  if (grade === undefined) return [];
  // WordNet's rules miss the doubled consonant of "biggest" ("bigg"): it is undone here.
  const stem = word.slice(0, -grade.length);
  const base = baseForm(word, 'adjective') ?? (/([^aeiou])\1$/.test(stem) ? baseForm(stem.slice(0, -1), 'adjective') : undefined);
  if (base === undefined || base === word) return [];
  return synonymsOf(base, 'adjective', senses)
    .filter((other) => /^\p{Ll}+$/u.test(other))
    .map((other) => graded(other, grade));
}

/** "large" → "largest", "happy" → "happiest", "big" → "biggest". */
function graded(adjective: string, grade: string): string {
  if (adjective.endsWith('e')) return `${adjective}${grade.slice(1)}`;
  if (/[^aeiou]y$/.test(adjective)) return `${adjective.slice(0, -1)}i${grade}`;
  if (/^[^aeiou]*[aeiou][^aeiouwxy]$/.test(adjective)) return `${adjective}${adjective.at(-1)}${grade}`;
  return `${adjective}${grade}`;
}

/**
 * What a phrasal verb ("came down", "hand over", "took place") may be written as: WordNet lists
 * such verbs whole ("come down" → "descend", "fall"), and their meaning is not their verb's.
 */
function computePhrasal(word: string, next: string, senses: number): ReadonlySet<string> {
  const own = termOf(word);
  if (own === null || /\d/.test(word + next)) return EMPTY;
  const phrase = `${LEMMA.get(word) ?? baseForm(word, 'verb') ?? word} ${next}`;
  if (baseForm(phrase, 'verb') !== phrase) return EMPTY;
  return singleTerms([...synonymsOf(phrase, 'verb', senses), ...derivedFormsOf(phrase, 'verb', senses)], new Set(), own);
}

/** A phrase ("take place") is not one index term: only single words stand in for the word. */
function singleTerms(related: readonly string[], terms: Set<string>, own: string): ReadonlySet<string> {
  for (const other of related) {
    if (other.includes(' ') || isStopWord(other)) continue;
    const term = termOf(other);
    if (term !== null && term !== own && !LIGHT_VERBS.has(other)) terms.add(term);
  }
  return terms.size > 0 ? terms : EMPTY;
}

const EMPTY: ReadonlySet<string> = new Set();

/** The word that may complete a verb into a phrasal verb: the next, or the one after its object pronoun ("hand it over"). */
export function particleAfter(list: readonly string[], at: number): string | undefined {
  const next = list[at + 1];
  return next !== undefined && OBJECT_PRONOUNS.includes(next.toLowerCase()) ? (list[at + 2] ?? next) : next;
}

/**
 * For each term of a text, the terms a story may use for it instead (terms without any are left
 * out). `verb`: the text's word that is its verb (a question's main verb), paraphrased as a verb only.
 */
export function paraphrasesByTerm(text: string, senses: number, verb?: string): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const list = words(text);
  list.forEach((word, at) => {
    const term = termOf(word);
    const next = particleAfter(list, at);
    const before = list[at - 1] ?? '';
    const as = word === verb || (PASSIVE_BEFORE.test(before) && isPastForm(word)) ? 'verb' : NOUN_BEFORE.test(before) ? 'noun' : undefined;
    const others = [...paraphraseTerms(word, senses, as), ...(next ? phrasalTerms(word, next, senses) : [])];
    if (term === null || others.length === 0) return;
    const into = out.get(term) ?? new Set<string>();
    for (const other of others) into.add(other);
    out.set(term, into);
  });
  return out;
}
