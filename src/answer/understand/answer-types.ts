import type { AnswerType } from './question.js';

/**
 * The answer-type registry: what each kind of question wants of a sentence, in one table. The
 * table is a `Record` over every `AnswerType`, so adding a type without its entry does not compile.
 * Spans themselves are found by `spansOfType` (spans.ts), whose switch is exhaustive too.
 */
export interface AnswerTypeEntry {
  /** Its answer is a span of its own type (a name, a date, a figure, a quotation…), not just a sentence. */
  typed: boolean;
  /** Only such a span can answer it: a sentence without one is no answer ("how many" and no figure). */
  strict: boolean;
  /** The family the verifier's prior is set by (the `type…` features). */
  family: 'name' | 'date' | 'number' | 'reason' | 'yesno' | 'thing' | 'other';
}

export const ANSWER_TYPES: Readonly<Record<AnswerType, AnswerTypeEntry>> = {
  definition: { typed: false, strict: false, family: 'other' },
  person: { typed: true, strict: false, family: 'name' },
  entity: { typed: true, strict: false, family: 'name' },
  place: { typed: true, strict: false, family: 'name' },
  date: { typed: true, strict: true, family: 'date' },
  number: { typed: true, strict: true, family: 'number' },
  money: { typed: true, strict: true, family: 'number' },
  percent: { typed: true, strict: true, family: 'number' },
  colour: { typed: true, strict: false, family: 'other' },
  role: { typed: true, strict: false, family: 'other' },
  // "Why did the union reject the offer?" is not answered by a sentence that gives no reason, however
  // many of its words it repeats ("… a 7 percent rise, which the union rejected"). Measured held out,
  // making it strict cost one SQuAD 2.0 question in 3,231 and nothing on news or the external set.
  reason: { typed: true, strict: true, family: 'reason' },
  quote: { typed: true, strict: false, family: 'other' },
  yesno: { typed: false, strict: false, family: 'yesno' },
  manner: { typed: false, strict: false, family: 'thing' },
  thing: { typed: false, strict: false, family: 'thing' },
};

export const isTyped = (type: AnswerType): boolean => ANSWER_TYPES[type].typed;
export const isStrict = (type: AnswerType): boolean => ANSWER_TYPES[type].strict;
export const familyOf = (type: AnswerType): AnswerTypeEntry['family'] => ANSWER_TYPES[type].family;
