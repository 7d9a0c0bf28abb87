import { AHEAD_OF_VERB, ARTICLES, DEMONSTRATIVES, DO_FORMS, POSSESSIVE_DETERMINERS, SUBJECT_PRONOUNS, THIRD_PERSON, isAuxiliary, wordOf } from '../../text/lexicon.js';
import { STOP_WORDS } from '../../text/stopwords.js';
import { synonymsOf } from '../../text/synonyms.js';
import { termOf } from '../../text/terms.js';
import { baseForm } from '../../text/wordnet.js';
import type { Question } from './question.js';
import { isCapitalised } from '../../text/names.js';

const PREPOSITIONS = /^(?:to|with|for|about|from|at|on|in|by|of|up|out|off|during|after|before|into|over)$/i;

/** Words a subject opens with: an article, a pronoun, a third-person possessive or a demonstrative ("did the …", "did he …"). */
const SUBJECT_START = wordOf([...ARTICLES, ...SUBJECT_PRONOUNS, ...POSSESSIVE_DETERMINERS.filter((word) => THIRD_PERSON.has(word)), ...DEMONSTRATIVES]);

/** The question's main verb and whether the answer is its subject ("who beat X") or object ("who did X beat"). */
export function verbOf(question: Question): { terms: ReadonlySet<string>; object: boolean } | undefined {
  const found = mainVerb(question);
  return found ? { terms: new Set(found.terms.flatMap((term) => [term, ...synonymsOf(term)])), object: found.object } : undefined;
}

function mainVerb(question: Question): { terms: string[]; object: boolean } | undefined {
  // "is Roe going to meet": the verb is "meet"; "going to" only puts it ahead.
  const parts = question.predicate?.replace(AHEAD_OF_VERB, '').split(/\s+/) ?? [];
  const first = parts[0];
  if (!first) return undefined;
  const second = parts[1] ?? '';
  // "who will hold talks", "who was named", "who has won": the answer is the subject; but in
  // "who did he call", "who will the secretary meet" a subject follows, so the answer is the object.
  const subjectFollows = SUBJECT_START.test(second) || isCapitalised(second);
  if (isAuxiliary(first) && (subjectFollows || DO_FORMS.includes(first.toLowerCase()))) {
    // "who did Roe speak to on Monday" → speak; without a tagger, every lower-case content word
    // between the subject and the first preposition may be the verb ("the army secretary meet").
    const rest = subjectSkipped(parts.slice(1));
    const end = rest.findIndex((word, at) => at > 0 && PREPOSITIONS.test(word));
    const terms = (end > 0 ? rest.slice(0, end) : rest)
      .filter((word) => /^\p{Ll}/u.test(word) && !STOP_WORDS.has(word.toLowerCase()))
      .map((word) => termOf(word))
      .filter((term): term is string => term !== null);
    return terms.length > 0 ? { terms, object: true } : undefined;
  }
  const verb = isAuxiliary(first) ? second : first;
  const term = verb ? termOf(verb) : null;
  return term ? { terms: [term], object: false } : undefined;
}

const DETERMINER_START = wordOf([...ARTICLES, ...DEMONSTRATIVES, ...POSSESSIVE_DETERMINERS]);

/**
 * The words after a subject that opens with a determiner, from the first that can be a bare verb:
 * in "who will the army secretary meet" the verb is "meet", and "army secretary" is who meets.
 */
function subjectSkipped(words: readonly string[]): readonly string[] {
  if (!DETERMINER_START.test(words[0] ?? '')) return words;
  const verb = words.findIndex((word, at) => at > 1 && baseForm(word.toLowerCase(), 'verb') === word.toLowerCase());
  return verb > 0 ? [words[0]!, ...words.slice(verb)] : words;
}
