import type { Sentence } from '../../corpus/corpus.js';
import type { KnowledgeBase } from '../../knowledge-base/knowledge-base.js';
import { DOTTED_NAME_WORD, isSentenceOpener, nameRun } from '../../text/names.js';
import { isPersonNoun } from '../../text/lexicon.js';
import { synonymsOf } from '../../text/wordnet.js';

/** "what was the little girl's name?", "what's the name of the victim?": the described person's noun. */
const NAME_OF = /^what(?:['’]s|\s+is|\s+was)\s+(?:the\s+(?:(\p{Ll}+)\s+)?(\p{Ll}+)['’]s\s+name|the\s+name\s+of\s+the\s+(?:(\p{Ll}+)\s+)?(\p{Ll}+))\s*[?.!]*$/iu;

/** "their six-month-old child, Lina", "the victim, Jane Roe,": a noun, a comma, then a name. */
const NOUN_THEN_NAME = new RegExp(String.raw`\b(\p{Ll}[\p{Ll}-]*),\s+(${nameRun(DOTTED_NAME_WORD, 1, 3)})(?=\s*[,.;]|\s+\p{Ll}|$)`, 'gu');

/** The person noun a "what's the X's name?" question asks the name of, as asked ("girl"). */
export function askedNameOf(question: string): string | undefined {
  const match = NAME_OF.exec(question.trim());
  const noun = match?.[2] ?? match?.[4];
  return noun !== undefined && isPersonNoun(noun) ? noun : undefined;
}

/**
 * Whether the story's noun can name the asked one: the same, a WordNet synonym either way, or the
 * head of a synonym of several words ("girl" is a "female child", so a "child").
 */
function sameKind(asked: string, written: string): boolean {
  if (asked === written) return true;
  const near = synonymsOf(asked);
  return near.includes(written) || synonymsOf(written).includes(asked) || near.some((synonym) => synonym.split(' ').at(-1) === written);
}

/**
 * The one name the stories set in apposition after a noun of the asked kind ("their child,
 * Lina"), with the sentence that does; undefined when none or several different names.
 */
export function namedByDescription(kb: KnowledgeBase, noun: string): { name: string; sentence: Sentence } | undefined {
  const found = new Map<string, Sentence>();
  for (const sentence of kb.corpus.sentences) {
    // Cheap test first: most sentences have no lower-case word, a comma and a capital in a row.
    if (!/\p{Ll},\s+\p{Lu}/u.test(sentence.text)) continue;
    for (const match of sentence.text.matchAll(NOUN_THEN_NAME)) {
      const name = match[2]!.replace(/\.$/, '');
      if (sameKind(noun, match[1]!) && !isSentenceOpener(name.split(' ')[0]!) && !found.has(name)) found.set(name, sentence);
    }
  }
  const [only, ...others] = [...found];
  return only && others.length === 0 ? { name: only[0], sentence: only[1] } : undefined;
}
