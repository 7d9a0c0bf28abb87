import type { KnowledgeBase } from '../../knowledge-base/knowledge-base.js';
import { NAME_WORD, nameRun } from '../../text/names.js';
import { roleNoun, type Entity } from '../../corpus/entities.js';
import { isPersonNoun, isPlaceOrPeopleName } from '../../text/lexicon.js';
import { baseForm } from '../../text/wordnet.js';
import { isStopWord, queryTerms, termsOf } from '../../text/terms.js';
import { alphanumericWords } from '../../text/tokenize.js';

const CATALOGUE_SIZE = 40;
/** ”, Roe said: the name of up to three words after a closing quotation mark. */
const SPEAKER = new RegExp(String.raw`[”"]\s*,?\s*(?:the\s+)?(${nameRun(NAME_WORD, 1, 3)})\s+(?:said|says|told|added|continued|wrote)\b`, 'gu');

/**
 * Questions the stories can answer, mined from their text: "Who is X?" ("What is X?" for a thing) for everyone the text
 * describes, "What did X say?" for everyone it quotes. `isAnswerable` filters out the ones the
 * answerer would not answer, so a suggestion never leads to "the story doesn't say".
 */
export function buildCatalogue(kb: KnowledgeBase, isAnswerable: (question: string) => boolean): string[] {
  const candidates: string[] = [];
  for (const entity of kb.entities.all) if (entity.descriptions.length > 0) candidates.push(`${isThing(entity) ? 'What' : 'Who'} is ${entity.name}?`);
  const speakers = new Map<string, number>();
  for (const sentence of kb.corpus.sentences) {
    for (const match of sentence.text.matchAll(SPEAKER)) {
      const speaker = match[1] ?? '';
      // "“…” I'm told" or "“…” He said" names nobody: only a name is a speaker to ask about.
      if (isStopWord(speaker.split(/\s+/)[0] ?? '')) continue;
      speakers.set(speaker, (speakers.get(speaker) ?? 0) + 1);
    }
  }
  for (const [speaker] of [...speakers].sort((a, b) => b[1] - a[1])) candidates.push(`What did ${speaker} say?`);
  const unique = [...new Set(candidates)].slice(0, CATALOGUE_SIZE * 2);
  return unique.filter(isAnswerable).slice(0, CATALOGUE_SIZE);
}

/**
 * "Acme House, a hall by the quay" is asked about with "What is …?": a name whose descriptions'
 * role nouns are none a person's, or a place or group WordNet knows by name.
 */
function isThing(entity: Entity): boolean {
  const roles = entity.descriptions.map((description) => roleNoun(description.text)).filter((role): role is string => role !== undefined);
  // "Florence Nice, the museum's director" is a person, though Florence and Nice are cities.
  if (roles.some((role) => isPersonNoun(role))) return false;
  return isPlaceOrPeopleName(entity.name) || endsOnPluralNoun(entity.name) || roles.length > 0;
}

/** "Westline Ferries", "Acme Holdings": a name ending on a common noun's plural names a firm, not a person. */
function endsOnPluralNoun(name: string): boolean {
  const words = name.split(/\s+/);
  const last = words.at(-1)!.toLowerCase();
  const singular = baseForm(last, 'noun');
  return words.length > 1 && singular !== undefined && singular !== last;
}

/** Catalogue questions ranked by how many of the typed words (the last one as a prefix) they share. */
export function matchCatalogue(catalogue: readonly string[], typed: string, limit: number): string[] {
  const words = alphanumericWords(typed.toLowerCase());
  if (words.length === 0) return catalogue.slice(0, limit);
  const last = words.at(-1) ?? '';
  const terms = new Set(termsOf(words.slice(0, -1).join(' ')));
  const scored = catalogue.map((question, order) => {
    const lower = question.toLowerCase();
    const own = new Set(termsOf(lower));
    let score = [...terms].filter((term) => own.has(term)).length;
    if (alphanumericWords(lower).some((word) => word.startsWith(last))) score += 1;
    return { question, score, order };
  });
  return scored
    .filter((entry) => entry.score > 0)
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, limit)
    .map((entry) => entry.question);
}

/**
 * "Did you mean": catalogue questions sharing a content word or a name with what was asked, most
 * shared first; none when nothing is shared (an unrelated suggestion only misleads).
 */
export function relatedQuestions(catalogue: readonly string[], asked: string, limit: number): string[] {
  const terms = new Set(queryTerms(asked));
  if (terms.size === 0) return [];
  return catalogue
    .map((question, order) => ({ question, order, shared: queryTerms(question).filter((term) => terms.has(term)).length }))
    .filter((entry) => entry.shared > 0)
    .sort((a, b) => b.shared - a.shared || a.order - b.order)
    .slice(0, limit)
    .map((entry) => entry.question);
}

/**
 * A few catalogue questions of different shapes ("Who is …?", "What did … say?"), so examples in a
 * greeting or help show the range of what can be asked rather than three of one kind.
 */
export function pickExamples(catalogue: readonly string[], limit: number): string[] {
  const shapeOf = (question: string): string => question.split(' ').slice(0, 2).join(' ');
  const picked: string[] = [];
  const shapes = new Set<string>();
  for (const question of catalogue) {
    if (picked.length >= limit) break;
    if (!shapes.has(shapeOf(question))) {
      picked.push(question);
      shapes.add(shapeOf(question));
    }
  }
  for (const question of catalogue) if (picked.length < limit && !picked.includes(question)) picked.push(question);
  return picked;
}
