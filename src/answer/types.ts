import { z } from 'zod';

/** One numbered source of an answer: the full text of the cited passage and where it comes from. */
export const CitationSchema = z.object({
  marker: z.number().int().positive(),
  documentId: z.string().min(1),
  documentTitle: z.string().min(1),
  passageId: z.string().min(1),
  /** 1-based paragraph number within the story file, stable across re-indexing. */
  paragraph: z.number().int().positive(),
  /** Photo captions are cited too, but the reader should know the text is a caption. */
  kind: z.enum(['body', 'caption']),
  text: z.string().min(1),
  url: z.string().optional(),
  source: z.string().optional(),
});
export type Citation = z.infer<typeof CitationSchema>;

/** Why an answer carries no facts: it tells an adapter which help to offer. */
export const AbstainReasonSchema = z.enum(['empty', 'not-in-story', 'no-context']);
export type AbstainReason = z.infer<typeof AbstainReasonSchema>;

const common = {
  question: z.string(),
  /** The text a chat user sees, with its `[n]` markers. */
  text: z.string().min(1),
  confidence: z.number().min(0).max(1),
  /** Things the user should know about how the question was read (e.g. it was cut). */
  notices: z.array(z.string()),
};

export const AnsweredSchema = z.object({
  ...common,
  abstained: z.literal(false),
  /** The extracted answer span ("the city council", "14 October"), or null when none was found. */
  shortAnswer: z.string().nullable(),
  citations: z.array(CitationSchema).min(1).max(3),
});

export const AbstainedSchema = z.object({
  ...common,
  abstained: z.literal(true),
  reason: AbstainReasonSchema,
  shortAnswer: z.null(),
  citations: z.array(CitationSchema).length(0),
  /** Questions the stories can answer, offered as "did you mean". */
  suggestions: z.array(z.string()).max(3),
});

export const AnswerSchema = z.discriminatedUnion('abstained', [AnsweredSchema, AbstainedSchema]);
export type Answered = z.infer<typeof AnsweredSchema>;
export type Abstained = z.infer<typeof AbstainedSchema>;
export type Answer = z.infer<typeof AnswerSchema>;
