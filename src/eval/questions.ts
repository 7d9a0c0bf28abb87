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
    })
    .refine((expect) => expect.abstain || expect.answer_any || expect.answer_all, 'expect needs abstain, answer_any or answer_all'),
});
export type EvalQuestion = z.infer<typeof EvalQuestionSchema>;

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
