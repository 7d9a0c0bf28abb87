import { passageSentences, type Sentence } from '../../corpus/corpus.js';
import type { KnowledgeBase } from '../../knowledge-base/knowledge-base.js';
import type { Turn } from '../context.js';
import { speakerOfSentence } from '../read/attribution.js';
import { describedEntity } from './main-actor.js';
import { citationOf } from '../say/cite.js';
import { fill, TEMPLATES } from '../say/templates.js';
import type { Answered } from '../types.js';

/** How much of a sentence must appear in the last answer for it to be the one quoted. */
const QUOTED_PREFIX_CHARS = 40;

/**
 * "Who said that?" after an answer: whose words the quoted sentence is, by its attribution
 * ("…,” Roe said), or that the story says it in its own words. Read from the text, cited.
 */
export function whoSaidIt(kb: KnowledgeBase, previous: Turn, asked: string, notices: string[]): Answered | undefined {
  const passage = previous.shown.at(-1);
  if (passage === undefined) return undefined;
  const sentence = quotedSentence(kb, passage, previous.answer.text);
  if (!sentence) return undefined;
  // "the president said": named as the one the story gives that role, when it is one.
  const said = speakerOfSentence(kb, sentence);
  const speaker = said && (describedEntity(kb, said)?.name ?? said);
  const text = speaker ? fill(TEMPLATES.saidBy, { speaker: speaker.charAt(0).toUpperCase() + speaker.slice(1), n: 1 }) : fill(TEMPLATES.saidByStory, { n: 1 });
  return { kind: 'answer', question: asked, text, abstained: false, confidence: 1, shortAnswer: speaker ?? null, citations: [citationOf(kb, passage, 1, sentence.text)], notices };
}

/** The sentence of a passage the answer quoted (its opening words appear in the answer), else the first. */
function quotedSentence(kb: KnowledgeBase, passage: number, answer: string): Sentence | undefined {
  const sentences = passageSentences(kb.corpus, passage);
  const plain = (text: string): string => text.replace(/[“”"‘’']/g, '');
  const said = plain(answer);
  return sentences.find((sentence) => said.includes(plain(sentence.text).slice(0, QUOTED_PREFIX_CHARS))) ?? sentences[0];
}
