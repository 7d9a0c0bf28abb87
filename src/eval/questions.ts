import { z } from 'zod';

/** One line of a question set (see test/fixtures/eval). */
export const EvalQuestionSchema = z.object({
  id: z.string(),
  question: z.string(),
  expect: z
    .object({
      answer_any: z.array(z.string()).optional(),
      answer_all: z.array(z.string()).optional(),
      cite_any: z.array(z.string()).optional(),
      abstain: z.boolean().optional(),
      /** A false premise: passes when the bot abstains or its answer holds none of these ("Yes,"). */
      abstain_or_not: z.array(z.string()).optional(),
    })
    .refine((expect) => expect.abstain || expect.answer_any || expect.answer_all || expect.abstain_or_not, 'expect needs abstain, abstain_or_not, answer_any or answer_all'),
});
export type EvalQuestion = z.infer<typeof EvalQuestionSchema>;

/** What a question expects: an answer, an abstention, or a false premise not affirmed. */
export type Expectation = 'answer' | 'abstain' | 'false-premise';

export function expectationOf(question: EvalQuestion): Expectation {
  if (question.expect.abstain) return 'abstain';
  if (question.expect.abstain_or_not) return 'false-premise';
  return 'answer';
}

export function parseQuestionSet(text: string, name: string): EvalQuestion[] {
  return text
    .split('\n')
    .map((line, index) => ({ line: line.trim(), index }))
    .filter(({ line }) => line.length > 0)
    .map(({ line, index }) => {
      const parsed = EvalQuestionSchema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${name}:${index + 1}: ${parsed.error.issues[0]?.message ?? 'invalid question'}`);
      return parsed.data;
    });
}
