import { baseForm, synonymsOf, type PartOfSpeech } from './wordnet.js';

/**
 * British and American spellings of one word ("defence" / "defense", "organised" / "organized",
 * "centres" / "centers"): news is written in both, and people ask in both. A rule proposes the
 * other spelling; WordNet decides, because it lists both spellings in one synset only when they are
 * the same word ("tire" and "tier" are not).
 */
const RULES: readonly (readonly [RegExp, string])[] = [
  // colour, favoured, behaviours, favourite
  [/^(\p{L}{3,})our(s|ed|ing|ite|ites|er|ers|able)?$/u, '$1or$2'],
  // defence, offences, licence
  [/^(\p{L}{2,})ence(s)?$/u, '$1ense$2'],
  // organise, organised, organising, organisation, criticises
  [/^(\p{L}{3,})is(e|es|ed|ing|ation|ations|er|ers)$/u, '$1iz$2'],
  // analyse, paralysed
  [/^(\p{L}{3,})ys(e|es|ed|ing|er|ers)$/u, '$1yz$2'],
  // centre, metres, theatre, fibre; centred
  [/^(\p{L}{2,}[bt])re(s)?$/u, '$1er$2'],
  [/^(\p{L}{2,}[bt])red$/u, '$1ered'],
  // travelled, cancelling, modeller
  [/^(\p{L}{3,}[aeiou]l)l(ed|ing|er|ers)$/u, '$1$2'],
  // catalogue, dialogues
  [/^(\p{L}{3,})ogue(s)?$/u, '$1og$2'],
  // programme
  [/^(\p{L}{3,})mme(s)?$/u, '$1m$2'],
];

const PARTS_OF_SPEECH: readonly PartOfSpeech[] = ['noun', 'verb', 'adjective'];

/**
 * Whether WordNet has the two forms as one word: one base, or the proposed spelling's first sense
 * lists the word ("timber" is a rare spelling of "timbre", but its first sense is wood).
 */
function sameWord(form: string, other: string): boolean {
  return PARTS_OF_SPEECH.some((pos) => {
    const base = baseForm(form, pos);
    const otherBase = baseForm(other, pos);
    return base !== undefined && otherBase !== undefined && (base === otherBase || synonymsOf(otherBase, pos, 1).includes(base));
  });
}

/**
 * The American spelling of a lowercased word when it is a British spelling of the same word, else
 * the word itself. Every term goes through it, so both spellings index and search alike.
 */
export function americanSpelling(word: string): string {
  for (const [pattern, replacement] of RULES) {
    if (!pattern.test(word)) continue;
    const other = word.replace(pattern, replacement);
    if (other !== word && sameWord(word, other)) return other;
  }
  return word;
}
