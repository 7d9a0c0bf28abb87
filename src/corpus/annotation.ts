import { isGroupNoun, isNoun, isPersonNoun, isPlaceNoun, isTitle, PLACE_PREPOSITIONS, wordOf } from '../text/lexicon.js';
import { isNameJoiner } from '../text/names.js';
import { POS_TAGS, tagAll, type PosTag, type Tagged, type ValueType } from '../text/nlp.js';
import { properClass } from '../text/wordnet.js';
import type { Corpus, Sentence } from './corpus.js';
import { findEntity, roleNoun, type EntityIndex } from './entities.js';

/**
 * Every sentence annotated once, when the knowledge base is built: tokens with lemma and part of
 * speech (wink-nlp), and typed entities: values (dates, numbers, money, percent, `values.ts`)
 * and the names wink tags as proper nouns, typed person / organisation / place from WordNet's
 * proper-noun senses, the descriptions the entity miner found, and the words around the name.
 * Columnar typed arrays, so 400,000 sentences persist and load as a few buffers.
 */

export type EntityType = ValueType | 'person' | 'organisation' | 'place' | 'name';
/** A type's index is its code in `Annotations.entityType`. */
export const ENTITY_TYPES: readonly EntityType[] = ['date', 'number', 'money', 'percent', 'person', 'organisation', 'place', 'name'];

export interface Annotations {
  /** Per sentence, the index of its first token; one more entry than sentences. */
  tokenFirst: Int32Array;
  /** Per token: offset in its sentence, length (at most 255), lemma (index into `lemmas`), tag. */
  tokenStart: Int32Array;
  tokenLength: Uint8Array;
  tokenLemma: Int32Array;
  tokenPos: Uint8Array;
  lemmas: string[];
  /** Per sentence, the index of its first entity; one more entry than sentences. */
  entityFirst: Int32Array;
  /** Per entity: first and last token (sentence-relative) and type code. */
  entityStartToken: Int32Array;
  entityEndToken: Int32Array;
  entityType: Uint8Array;
}

export interface AnnotatedToken {
  text: string;
  /** Character offsets in the sentence: [start, end). */
  start: number;
  end: number;
  lemma: string;
  pos: PosTag;
}

export interface AnnotatedEntity {
  type: EntityType;
  text: string;
  start: number;
  end: number;
  /** Tokens [first, last] of the sentence the entity covers. */
  firstToken: number;
  lastToken: number;
}

export interface SentenceAnnotation {
  tokens: AnnotatedToken[];
  entities: AnnotatedEntity[];
}

const LOCATIVE = wordOf(PLACE_PREPOSITIONS);
const MAX_LENGTH = 255;
/** How much text one call of the tagger takes. */
const BATCH_CHARACTERS = 4000;

/** Grows typed arrays as tokens arrive: one pass, no intermediate arrays of objects. */
class TypedColumn<T extends Int32Array | Uint8Array> {
  data: T;
  length = 0;
  constructor(private readonly make: (size: number) => T) {
    this.data = make(1024);
  }
  push(value: number): void {
    if (this.length === this.data.length) {
      const grown = this.make(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = value;
  }
  done(): T {
    return this.data.slice(0, this.length) as T;
  }
}

const int32 = (size: number): Int32Array => new Int32Array(size);
const uint8 = (size: number): Uint8Array => new Uint8Array(size);

/** The kind of a name, from what WordNet, the miner and the words around it say. */
export function nameType(name: string, before: string | undefined, entities: EntityIndex): EntityType {
  const words = name.split(/\s+/);
  const last = words.at(-1) ?? '';
  const proper = properClass(name) ?? (words.length > 1 ? properClass(last) : undefined);
  if (proper === 'noun.location') return 'place';
  if (proper === 'noun.person') return 'person';
  if (proper === 'noun.group') return 'organisation';
  const described = findEntity(entities, name)?.descriptions[0]?.text;
  const role = described ? roleNoun(described) : undefined;
  if (role && isPersonNoun(role)) return 'person';
  if (role && isGroupNoun(role)) return 'organisation';
  // "Harbour Arena", "Bank of Ruritania": a name ending in a common noun is a kind of that noun.
  if (words.length > 1 && isNoun(last)) {
    if (isPlaceNoun(last.toLowerCase())) return 'place';
    if (isGroupNoun(last.toLowerCase())) return 'organisation';
  }
  if (before && (isTitle(before) || isPersonNoun(before.toLowerCase()))) return 'person';
  if (findEntity(entities, name)?.roles.size) return 'person';
  if (before && LOCATIVE.test(before)) return 'place';
  return 'name';
}

/** Annotates every sentence of a corpus: the one pass of the NLP library over the text. */
export function annotateCorpus(corpus: Corpus, entities: EntityIndex): Annotations {
  const tokenFirst = new Int32Array(corpus.sentences.length + 1);
  const entityFirst = new Int32Array(corpus.sentences.length + 1);
  const starts = new TypedColumn(int32);
  const lengths = new TypedColumn(uint8);
  const lemmaIds = new TypedColumn(int32);
  const tags = new TypedColumn(uint8);
  const entityStart = new TypedColumn(int32);
  const entityEnd = new TypedColumn(int32);
  const entityTypes = new TypedColumn(uint8);
  const lemmas: string[] = [];
  const lemmaId = new Map<string, number>();
  const posCode = new Map<string, number>(POS_TAGS.map((name, code) => [name, code]));
  const typeCode = new Map<EntityType, number>(ENTITY_TYPES.map((name, code) => [name, code]));
  // Sentences are tagged in batches of a few thousand characters: wink's cost is mostly per
  // document, and the batch keeps memory flat whatever the corpus size.
  for (let from = 0; from < corpus.sentences.length; ) {
    let to = from;
    let characters = 0;
    while (to < corpus.sentences.length && (to === from || characters < BATCH_CHARACTERS)) characters += corpus.sentences[to++]!.text.length;
    const batch = corpus.sentences.slice(from, to);
    const tagged = tagAll(batch.map((sentence) => sentence.text));
    batch.forEach((sentence, at) => annotateSentence(sentence, tagged[at]!));
    from = to;
  }
  function annotateSentence(sentence: Sentence, { tokens, values }: Tagged): void {
    tokenFirst[sentence.id] = starts.length;
    entityFirst[sentence.id] = entityStart.length;
    for (const token of tokens) {
      let id = lemmaId.get(token.lemma);
      if (id === undefined) lemmaId.set(token.lemma, (id = lemmas.push(token.lemma) - 1));
      starts.push(token.start);
      lengths.push(Math.min(MAX_LENGTH, token.text.length));
      lemmaIds.push(id);
      tags.push(posCode.get(token.pos) ?? posCode.get('X')!);
    }
    const covered = new Uint8Array(tokens.length);
    for (const value of values) {
      entityStart.push(value.first);
      entityEnd.push(value.last);
      entityTypes.push(typeCode.get(value.type)!);
      covered.fill(1, value.first, value.last + 1);
    }
    // Names: runs of proper nouns wink's values did not claim, joined by "of", "the" ("Bank of Ruritania").
    for (let at = 0; at < tokens.length; at++) {
      if (tokens[at]!.pos !== 'PROPN' || covered[at]) continue;
      let end = at;
      while (end + 1 < tokens.length && !covered[end + 1] && (tokens[end + 1]!.pos === 'PROPN' || (isNameJoiner(tokens[end + 1]!.text) && tokens[end + 2]?.pos === 'PROPN'))) end++;
      // "Goalkeeper Jane Roe", "President Roe": a title or a role before a full name is not part of it.
      if (end > at && (isTitle(tokens[at]!.text) || (end - at >= 2 && isPersonNoun(tokens[at]!.text.toLowerCase())))) at++;
      const first = tokens[at]!;
      const lastToken = tokens[end]!;
      const name = sentence.text.slice(first.start, lastToken.start + lastToken.text.length);
      entityStart.push(at);
      entityEnd.push(end);
      entityTypes.push(typeCode.get(nameType(name, tokens[at - 1]?.text, entities))!);
      at = end;
    }
  }
  tokenFirst[corpus.sentences.length] = starts.length;
  entityFirst[corpus.sentences.length] = entityStart.length;
  return {
    tokenFirst, tokenStart: starts.done(), tokenLength: lengths.done(), tokenLemma: lemmaIds.done(), tokenPos: tags.done(), lemmas,
    entityFirst, entityStartToken: entityStart.done(), entityEndToken: entityEnd.done(), entityType: entityTypes.done(),
  };
}

/** One sentence's annotation as objects, read from the columns (cheap: a few dozen tokens). */
export function readAnnotation(annotations: Annotations, text: string, id: number): SentenceAnnotation {
  const from = annotations.tokenFirst[id] ?? 0;
  const to = annotations.tokenFirst[id + 1] ?? from;
  const tokens: AnnotatedToken[] = [];
  for (let at = from; at < to; at++) {
    const start = annotations.tokenStart[at]!;
    const end = start + annotations.tokenLength[at]!;
    tokens.push({ text: text.slice(start, end), start, end, lemma: annotations.lemmas[annotations.tokenLemma[at]!] ?? '', pos: POS_TAGS[annotations.tokenPos[at]!] ?? 'X' });
  }
  const entities: AnnotatedEntity[] = [];
  const first = annotations.entityFirst[id] ?? 0;
  const last = annotations.entityFirst[id + 1] ?? first;
  for (let at = first; at < last; at++) {
    const firstToken = annotations.entityStartToken[at]!;
    const lastToken = annotations.entityEndToken[at]!;
    const start = tokens[firstToken]?.start ?? 0;
    const end = tokens[lastToken]?.end ?? start;
    entities.push({ type: ENTITY_TYPES[annotations.entityType[at]!] ?? 'name', text: text.slice(start, end), start, end, firstToken, lastToken });
  }
  return { tokens, entities };
}
