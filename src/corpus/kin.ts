import { DOTTED_NAME_WORD, nameRun } from '../text/names.js';
import { alternation } from '../text/lexicon.js';

export type Gender = 'male' | 'female';

/**
 * Kin a story states between named people, and what the other one is to them: "Tom Berg and his
 * wife Jane Berg" makes her his wife and him her husband. `gender` is the kin word's own.
 */
const KIN: Readonly<Record<string, { gender?: Gender; other: Record<Gender, string> }>> = {
  wife: { gender: 'female', other: { male: 'husband', female: 'wife' } },
  husband: { gender: 'male', other: { male: 'husband', female: 'wife' } },
  partner: { other: { male: 'partner', female: 'partner' } },
  son: { gender: 'male', other: { male: 'father', female: 'mother' } },
  daughter: { gender: 'female', other: { male: 'father', female: 'mother' } },
  brother: { gender: 'male', other: { male: 'brother', female: 'sister' } },
  sister: { gender: 'female', other: { male: 'brother', female: 'sister' } },
};

/** What a couple is to the child "their child" names: the parent of that gender, and a parent. */
const PARENT: Record<Gender, string> = { male: 'father', female: 'mother' };
const CHILD_WORDS = ['child', 'children', 'son', 'sons', 'daughter', 'daughters', 'baby', 'babies', 'kids?'];

const FULL_NAME = nameRun(DOTTED_NAME_WORD, 2, 4);
/** "Tom Berg, 44, and his wife, Jane Berg": the first name, the possessive, the kin word, the second name. */
const COUPLE = new RegExp(String.raw`(${FULL_NAME})(?:,\s*\d{1,3},)?\s+and\s+(his|her)\s+(${alternation(Object.keys(KIN))}),?\s+(${FULL_NAME})`, 'gu');
/** "… their nine-month-old child": the couple named before it are parents. */
const THEIR_CHILD = new RegExp(String.raw`\btheir\s+(?:[\p{L}-]+\s+){0,2}?(?:${CHILD_WORDS.join('|')})\b`, 'iu');

/** The gender a kin role says: "wife" and "mother" are women, "husband" and "father" men. */
export function genderOfKin(role: string): Gender | undefined {
  const known = KIN[role]?.gender;
  if (known) return known;
  return role === PARENT.male ? 'male' : role === PARENT.female ? 'female' : undefined;
}

/** One stated tie: whose role it is and the role ("Jane Berg", "wife"). */
export interface KinRole {
  name: string;
  role: string;
}

/**
 * The kin roles a sentence gives named people: "Tom Berg and his wife Jane Berg, … their child"
 * gives Jane Berg "wife" and "mother", Tom Berg "husband" and "father" (and both "parent"), so
 * that "the dad" or "the mother" of a question can be found. Only full names, only stated ties.
 */
export function kinRoles(sentence: string): KinRole[] {
  const found: KinRole[] = [];
  for (const match of sentence.matchAll(COUPLE)) {
    const [, first, possessive, word, second] = match as unknown as [string, string, string, string, string];
    const kin = KIN[word.toLowerCase()]!;
    const firstGender: Gender = possessive.toLowerCase() === 'his' ? 'male' : 'female';
    found.push({ name: second, role: word.toLowerCase() }, { name: first, role: kin.other[firstGender] });
    if (!THEIR_CHILD.test(sentence.slice((match.index ?? 0) + match[0].length))) continue;
    found.push({ name: first, role: PARENT[firstGender] }, { name: first, role: 'parent' }, { name: second, role: 'parent' });
    if (kin.gender && (word.toLowerCase() === 'wife' || word.toLowerCase() === 'husband')) found.push({ name: second, role: PARENT[kin.gender] });
  }
  return found;
}
