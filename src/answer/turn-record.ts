import { createHash } from 'node:crypto';
import type { Passage } from '../knowledge/types.js';
import type { KnowledgeBase } from '../knowledge-base/knowledge-base.js';
import type { Turn } from './context.js';
import { citationOf } from './say/cite.js';
import type { Question } from './understand/question.js';
import type { Ranked } from './retrieve/rank.js';
import { ITEMS_PER_STEP, runToEnd, type Steps } from '../steps.js';

/**
 * A conversation turn as plain data: what a shared store (Redis) holds and what survives a reload
 * of the knowledge. Passages are named by their stable ids (`story#paragraph`) with a fingerprint
 * of their text, never by position in one in-memory index, so a record is resolved against
 * whichever version of the knowledge is current — and only if the passages it quoted still say
 * the same thing.
 */
export interface TurnRecord {
  /** Bumped when the shape changes: a record written by other code starts a fresh conversation. */
  format: typeof TURN_FORMAT;
  question: Question;
  /** The answer without its citations' texts; those are rebuilt from the current knowledge. */
  answer: WithoutCitations<Turn['answer']>;
  cited: CitedRecord[];
  /** Candidates "tell me more" may quote next, best first. */
  ranked: RankedRecord[];
  /** Passages already quoted, so "tell me more" moves on. */
  shown: string[];
  focus?: string;
  /** The question the last reply refused, when it did: that reply quoted nothing. */
  refused?: string;
  /** Fingerprint of each passage the record names, to notice one that was edited. */
  passages: Record<string, string>;
}

export const TURN_FORMAT = 1;

/**
 * Every field of `Turn` this module converts. A field added to `Turn` fails the typecheck here
 * until it is carried in the record too; otherwise a follow-up would behave differently in a
 * replica (or after a reload) than in the process that answered first.
 */
/** Omit applied to each member of a union, so the kinds stay distinct. */
type WithoutCitations<T> = T extends unknown ? Omit<T, 'citations'> : never;

const CONVERTED: Record<keyof Turn, true> = { question: true, answer: true, ranked: true, shown: true, focus: true, refused: true };
void CONVERTED;

interface CitedRecord {
  marker: number;
  passage: string;
}

interface RankedRecord {
  passage: string;
  /** Position of the sentence within its passage. */
  sentence: number;
  score: number;
  coverage: number;
  contextCoverage: number;
  rareTermFound: boolean;
  span?: { text: string; start: number; end: number; phrase?: boolean };
}

/**
 * Structural check of a record read back from a store (written by another replica, maybe by other
 * code during a rolling deploy): anything else is treated as no record. Written out rather than
 * with zod, which `ask` and the REPL do not otherwise load.
 */
function isTurnRecord(value: unknown): value is TurnRecord {
  if (!isObject(value) || value.format !== TURN_FORMAT) return false;
  const { question, answer, cited, ranked, shown, focus, refused, passages } = value;
  return (
    isObject(question) &&
    typeof question.text === 'string' &&
    typeof question.type === 'string' &&
    isStrings(question.terms) &&
    isObject(answer) &&
    answer.abstained === false &&
    typeof answer.text === 'string' &&
    typeof answer.question === 'string' &&
    Array.isArray(cited) &&
    cited.every((c) => isObject(c) && Number.isInteger(c.marker) && (c.marker as number) > 0 && typeof c.passage === 'string') &&
    Array.isArray(ranked) &&
    ranked.every(isRankedRecord) &&
    isStrings(shown) &&
    (focus === undefined || typeof focus === 'string') &&
    (refused === undefined || typeof refused === 'string') &&
    isObject(passages) &&
    Object.values(passages).every((print) => typeof print === 'string')
  );
}

function isRankedRecord(value: unknown): value is RankedRecord {
  if (!isObject(value)) return false;
  const { passage, sentence, score, coverage, contextCoverage, rareTermFound, span } = value;
  return (
    typeof passage === 'string' &&
    Number.isInteger(sentence) &&
    (sentence as number) >= 0 &&
    [score, coverage, contextCoverage].every((n) => typeof n === 'number') &&
    typeof rareTermFound === 'boolean' &&
    (span === undefined || (isObject(span) && typeof span.text === 'string' && typeof span.start === 'number' && typeof span.end === 'number'))
  );
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isStrings = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');

/** Each passage text is hashed once: a version of the knowledge never edits its passages. */
const fingerprints = new WeakMap<Passage, string>();

function fingerprintOf(passage: Passage): string {
  let print = fingerprints.get(passage);
  if (print === undefined) {
    // Not a security boundary: a short digest only has to tell an edited paragraph from the same one.
    print = createHash('sha1').update(passage.text).digest('base64url').slice(0, 16);
    fingerprints.set(passage, print);
  }
  return print;
}

/** Passage id → position, built once per version on its first conversation (one Map entry per passage). */
const positionsById = new WeakMap<KnowledgeBase, Map<string, number>>();

function passagePosition(kb: KnowledgeBase, id: string): number | undefined {
  let positions = positionsById.get(kb);
  if (!positions) positionsById.set(kb, (positions = runToEnd(positionsSteps(kb))));
  return positions.get(id);
}

function* positionsSteps(kb: KnowledgeBase): Steps<Map<string, number>> {
  const positions = new Map<string, number>();
  const { passages } = kb.corpus;
  for (let position = 0; position < passages.length; position++) {
    if (position % ITEMS_PER_STEP === 0) yield;
    positions.set(passages[position]!.id, position);
  }
  return positions;
}

/**
 * Builds the passage positions ahead of the first answer that needs them (one Map entry per
 * passage: a few hundred milliseconds at 200,000 passages), pausing on the way, so a reload
 * prepares them between answers instead of the first question after the swap paying for them.
 */
export function* preparePassagePositions(kb: KnowledgeBase): Steps<void> {
  if (!positionsById.has(kb)) positionsById.set(kb, yield* positionsSteps(kb));
}

export function turnToRecord(kb: KnowledgeBase, turn: Turn): TurnRecord {
  const passages: Record<string, string> = {};
  const idOf = (position: number): string => {
    const passage = kb.corpus.passages[position];
    if (!passage) throw new Error(`no passage #${position}`);
    passages[passage.id] = fingerprintOf(passage);
    return passage.id;
  };
  const { citations, ...answer } = turn.answer;
  const cited = citations.map((citation) => {
    const position = passagePosition(kb, citation.passageId);
    return { marker: citation.marker, passage: position === undefined ? citation.passageId : idOf(position) };
  });
  // Only candidates "tell me more" could pick are kept (it skips those sharing no question term).
  const ranked = turn.ranked
    .filter((candidate) => candidate.coverage > 0)
    .map(({ sentence, span, ...scores }) => ({ passage: idOf(sentence.passage), sentence: sentence.index, ...scores, ...(span ? { span: { ...span } } : {}) }));
  return {
    format: TURN_FORMAT,
    question: turn.question,
    answer,
    cited,
    ranked,
    shown: turn.shown.map(idOf),
    ...(turn.focus !== undefined ? { focus: turn.focus } : {}),
    ...(turn.refused !== undefined ? { refused: turn.refused } : {}),
    passages,
  };
}

/**
 * The turn a record describes, over this version of the knowledge; undefined (start afresh) when
 * the record is malformed or a passage it cited or showed is gone or now says something else.
 * Candidates whose passages are gone are dropped: "tell me more" continues with the rest.
 */
export function turnFromRecord(kb: KnowledgeBase, value: unknown): Turn | undefined {
  if (!isTurnRecord(value)) return undefined;
  const record = value;
  const resolve = (id: string): number | undefined => {
    const position = passagePosition(kb, id);
    const passage = position === undefined ? undefined : kb.corpus.passages[position];
    return passage && record.passages[id] === fingerprintOf(passage) ? position : undefined;
  };
  const shown = record.shown.map(resolve);
  const cited = record.cited.map((citation) => ({ marker: citation.marker, position: resolve(citation.passage) }));
  if (shown.some((position) => position === undefined) || cited.some((citation) => citation.position === undefined)) return undefined;
  const ranked: Ranked[] = [];
  for (const { passage, sentence: index, span, ...scores } of record.ranked) {
    const position = resolve(passage);
    const sentence = position === undefined ? undefined : kb.corpus.sentences[(kb.corpus.firstSentence[position] ?? -1) + index];
    if (!sentence || sentence.passage !== position || sentence.index !== index) continue;
    ranked.push({ sentence, ...scores, ...(span ? { span } : {}) });
  }
  const citations = cited.map((citation) => citationOf(kb, citation.position as number, citation.marker));
  return {
    question: record.question,
    answer: { ...record.answer, citations },
    ranked,
    shown: shown as number[],
    ...(record.focus !== undefined ? { focus: record.focus } : {}),
    ...(record.refused !== undefined ? { refused: record.refused } : {}),
  };
}
