import { passageSentences, type Sentence } from '../../corpus/corpus.js';
import { ATTRIBUTION_VERBS, claimAt, REPORTING, speakerIn, speakerOf, TRAILING_ATTRIBUTION, type Claim } from '../../corpus/claims.js';
import { findEntity } from '../../corpus/entities.js';
import type { KnowledgeBase } from '../../knowledge-base/knowledge-base.js';
import { ARTICLES, isTitle, wordOf } from '../../text/lexicon.js';

const AN_ARTICLE = wordOf(ARTICLES, '');

/** Sentences before a passage searched for who "he" is in "“…,” he said". */
const LOOK_BACK_SENTENCES = 3;

/**
 * The speaker as the reader knows them: a known name inside the phrase the text uses
 * ("US Rep Jane Roe" → "Jane Roe"), else the phrase itself ("the president"). A description after
 * a comma is the speaker's, not the speaker: "Tom Berg, editor at the Riverton Post" is Tom Berg.
 */
function knownName(kb: KnowledgeBase, phrase: string): string {
  const head = phrase.split(',')[0]!.trim();
  if (head !== phrase.trim() && /\p{Lu}/u.test(head)) return knownName(kb, head);
  const words = phrase.split(/\s+/);
  for (let from = 0; from < words.length; from++) {
    const found = findEntity(kb.entities, words.slice(from).join(' '));
    // "Quillon Courier" is one name, no title before an entity "Courier".
    if (found && from > 0 && words.length - from === 1 && /^\p{Lu}/u.test(words[from - 1]!) && !isTitle(words[from - 1]!)) return phrase;
    if (found) return from === 0 || words.length - from > 1 ? found.name : words.slice(from).join(' ');
  }
  return phrase;
}

/** Who the words of a sentence belong to, by its attribution verb, in the sentence or its paragraph. */
export function speakerOfSentence(kb: KnowledgeBase, sentence: Sentence): string | undefined {
  const paragraph = passageSentences(kb.corpus, sentence.passage).map((s) => s.text);
  const first = kb.corpus.firstSentence[sentence.passage] ?? 0;
  const before = kb.corpus.sentences.slice(Math.max(0, first - LOOK_BACK_SENTENCES), first).map((s) => s.text);
  const found = speakerOf(paragraph, sentence.index, before);
  return found ? knownName(kb, found) : undefined;
}

/** The claim at an offset of a sentence, and whose it is when it is not the story's own. */
export interface Attributed {
  claim: Claim;
  /** Set when the words are a quotation or reported speech and the speaker is known. */
  speaker?: string;
}

export function attributedClaim(kb: KnowledgeBase, sentence: Sentence, offset: number): Attributed {
  const own = claimAt(sentence.text, offset);
  // A sentence with no marks of its own may sit inside a quotation opened sentences before:
  // "“A. B. C,” Roe said.": B has no marks of its own, and is Roe's words all the same.
  const continued = !own.quoted && openBefore(kb, sentence) && !/[“”"]/.test(sentence.text.slice(0, offset));
  const claim = continued ? { ...own, quoted: true } : own;
  if (!claim.quoted && !claim.reported && !startsInsideQuotation(sentence.text)) return { claim };
  const speaker = speakerOfSentence(kb, sentence);
  return speaker ? { claim, speaker } : { claim };
}

/**
 * Whose word a value at an offset is ("the repairs, which he estimated at $10 million"), or
 * undefined when it is the story's own. A value right after the verb of saying tells when or where
 * the saying was ("Acme announced on Friday that …"): the story's word, not the speaker's.
 */
export function speakerOfValue(kb: KnowledgeBase, sentence: Sentence, offset: number): string | undefined {
  const { claim, speaker } = attributedClaim(kb, sentence, offset);
  if (!speaker || claim.quoted) return speaker;
  // Reported speech names its speaker in the sentence itself: one it does not parse
  // ("Acme.com has said that …") is no licence to name a speaker of the paragraph's other sentences.
  // An announcement's content is the story's report of it ("Acme announced that the 10-year-old
  // browser …"); an estimate or a claim is the speaker's ("said the crack was 30 centimetres long").
  const before = sentence.text.slice(0, offset);
  // "Winds of up to 70 kilometres per hour made it hard, said fire chief Jane Roe": the attribution may follow.
  const claimed = REPORTING.test(before) || ESTIMATING.test(before) || TRAILING_ATTRIBUTION.test(sentence.text.slice(offset));
  // "said on Tuesday" dates the saying; "said about 5,000 took part" is the speaker's figure.
  if (speakerIn(sentence.text) === undefined || !claimed || (SAYING_JUST_BEFORE.test(before) && !FIGURE_AT.test(sentence.text.slice(offset)))) return undefined;
  // "… according to a study published on Monday in the Acme Journal": a value inside the source's own
  // description is the story's word about the source, not the source's claim.
  if (/\baccording\s+to\s+[^,;:“”"]*$/i.test(before)) return undefined;
  return speaker;
}

const SAYING_JUST_BEFORE = new RegExp(`\\b(?:${ATTRIBUTION_VERBS}|announced|reported|confirmed)\\s+(?:[\\p{L}'’-]+\\s+){0,2}$`, 'iu');
/** A figure, maybe hedged: "about 5,000", "more than 200", "two". */
const FIGURE_AT = /^(?:(?:about|around|some|roughly|nearly|almost|more\s+than|fewer\s+than|less\s+than|at\s+least|up\s+to)\s+)?(?:[$£€]?\d|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|dozens|hundreds|thousands)\b)/i;

/** Beside the verbs of reported speech (claims.ts), those that put a figure on someone's word: "which he estimated at". */
const ESTIMATING = /\b(?:estimat|expect|predict|forecast)\w*\b/i;

/** "“A sentence,” Roe said" or a continuation of a quotation: the sentence is someone's words. */
export function startsInsideQuotation(text: string): boolean {
  return /^[“"]/.test(text) || (/^[^“"]*”/.test(text) && !/^[^“"]*“/.test(text));
}

/**
 * Whether a quotation opened earlier in the sentence's paragraph is still open where the sentence
 * starts: its middle sentences carry no quotation marks of their own. Curly marks open and close;
 * straight ones alternate.
 */
export function openBefore(kb: KnowledgeBase, sentence: Sentence): boolean {
  let open = false;
  for (const earlier of passageSentences(kb.corpus, sentence.passage)) {
    if (earlier.index >= sentence.index) break;
    for (const char of earlier.text) {
      if (char === '“') open = true;
      else if (char === '”') open = false;
      else if (char === '"') open = !open;
    }
  }
  return open;
}

/** Whether a sentence is someone's words from its start: it opens or continues a quotation. */
export function quotedFromStart(kb: KnowledgeBase, sentence: Sentence, text: string = sentence.text): boolean {
  return startsInsideQuotation(text) || openBefore(kb, sentence);
}

/** Whether a text already names the speaker, so a quotation needs no "Roe said:" before it. */
export function namesSpeaker(text: string, speaker: string): boolean {
  const lower = text.toLowerCase();
  return speaker
    .toLowerCase()
    .split(/\s+/)
    .filter((word) => word.length > 2 && !AN_ARTICLE.test(word))
    .some((word) => lower.includes(word));
}
