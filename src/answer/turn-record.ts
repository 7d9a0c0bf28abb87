import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { Passage } from '../knowledge/types.js';
import type { KnowledgeBase } from '../knowledge-base/knowledge-base.js';
import type { Turn } from './answerer.js';
import { citationOf } from './cite.js';
import type { Question } from './question.js';
import type { Ranked } from './rank.js';
import { AnsweredSchema, type Answered } from './types.js';

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
  answer: Omit<Answered, 'citations'>;
  cited: CitedRecord[];
  /** Candidates "tell me more" may quote next, best first. */
  ranked: RankedRecord[];
  /** Passages already quoted, so "tell me more" moves on. */
  shown: string[];
  focus?: string;
  /** Fingerprint of each passage the record names, to notice one that was edited. */
  passages: Record<string, string>;
}

export const TURN_FORMAT = 1;

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

/** Structural check of a record read back from a store: anything else is treated as no record. */
const TurnRecordSchema = z.object({
  format: z.literal(TURN_FORMAT),
  question: z.looseObject({ text: z.string(), type: z.string(), terms: z.array(z.string()) }),
  answer: AnsweredSchema.omit({ citations: true }).loose(),
  cited: z.array(z.object({ marker: z.number().int().positive(), passage: z.string() })).min(1),
  ranked: z.array(
    z.object({
      passage: z.string(),
      sentence: z.number().int().nonnegative(),
      score: z.number(),
      coverage: z.number(),
      contextCoverage: z.number(),
      rareTermFound: z.boolean(),
      span: z.object({ text: z.string(), start: z.number(), end: z.number(), phrase: z.boolean().optional() }).optional(),
    }),
  ),
  shown: z.array(z.string()),
  focus: z.string().optional(),
  passages: z.record(z.string(), z.string()),
});

/** Ids are hashed once per passage object: a version of the knowledge never edits its passages. */
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

const positionsById = new WeakMap<KnowledgeBase, Map<string, number>>();

function passagePosition(kb: KnowledgeBase, id: string): number | undefined {
  let positions = positionsById.get(kb);
  if (!positions) {
    positions = new Map(kb.corpus.passages.map((passage, position) => [passage.id, position]));
    positionsById.set(kb, positions);
  }
  return positions.get(id);
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
    passages,
  };
}

/**
 * The turn a record describes, over this version of the knowledge; undefined (start afresh) when
 * the record is malformed or a passage it cited or showed is gone or now says something else.
 * Candidates whose passages are gone are dropped: "tell me more" continues with the rest.
 */
export function turnFromRecord(kb: KnowledgeBase, value: unknown): Turn | undefined {
  const parsed = TurnRecordSchema.safeParse(value);
  if (!parsed.success) return undefined;
  const record = parsed.data as unknown as TurnRecord;
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
  };
}
