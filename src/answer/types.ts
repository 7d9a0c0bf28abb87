import { z } from 'zod';

/** One numbered source of an answer: the full text of the cited passage and where it comes from. */
export const CitationSchema = z.object({
  marker: z.number().int().positive(),
  documentId: z.string().min(1),
  documentTitle: z.string().min(1),
  passageId: z.string().min(1),
  /** 1-based paragraph number within the story file, stable across re-indexing; 0 for the headline. */
  paragraph: z.number().int().nonnegative(),
  /** Photo captions and the headline are cited too, but the reader should know which the text is. */
  kind: z.enum(['headline', 'body', 'caption']),
  text: z.string().min(1),
  /**
   * The story's own url with a text fragment (`#:~:text=`) that opens the cited sentence; only
   * when the story's front matter has a url, and never built from anything else.
   */
  url: z.string().optional(),
  source: z.string().optional(),
});
export type Citation = z.infer<typeof CitationSchema>;

/**
 * Why an answer carries no facts: it tells an adapter which help to offer. `not-in-file`: a story
 * fact (author, date…) its front matter lacks; `out-of-scope`: a request that is not a question
 * about the stories ("write a poem").
 */
export const AbstainReasonSchema = z.enum(['empty', 'not-in-story', 'no-context', 'not-in-file', 'out-of-scope']);
export type AbstainReason = z.infer<typeof AbstainReasonSchema>;

const common = {
  question: z.string(),
  /** The text a chat user sees, with its `[n]` markers. */
  text: z.string().min(1),
  confidence: z.number().min(0).max(1),
  /** Things the user should know about how the question was read (e.g. it was cut). */
  notices: z.array(z.string()),
};

/** A reply to a question, answered from passages of a story. */
export const AnsweredSchema = z.object({
  ...common,
  kind: z.literal('answer'),
  abstained: z.literal(false),
  /** The extracted answer span ("the city council", "14 October"), or null when none was found. */
  shortAnswer: z.string().nullable(),
  citations: z.array(CitationSchema).min(1).max(3),
});

/**
 * The bot says it cannot answer, and why. It may cite the closest the stories come ("The story
 * doesn't say whether … The closest it comes: “…” [1]"), never as an answer.
 */
export const AbstainedSchema = z.object({
  ...common,
  kind: z.literal('abstained'),
  abstained: z.literal(true),
  reason: AbstainReasonSchema,
  shortAnswer: z.null(),
  citations: z.array(CitationSchema).max(3),
  /** Questions the stories can answer, offered as "did you mean". */
  suggestions: z.array(z.string()).max(3),
});

/** A fact from a story's front matter, as the file states it (`published` as YYYY-MM-DD). */
export const StoryFactSchema = z.object({
  field: z.enum(['published', 'source', 'url', 'author']),
  storyId: z.string().min(1),
  value: z.string().min(1),
});
export type StoryFact = z.infer<typeof StoryFactSchema>;

/**
 * A reply about the stories themselves rather than what they report: `summary` (title and lead,
 * cited), `facts` (front-matter fields, which no passage states, so uncited) or `stories` (the
 * list of stories the bot knows).
 */
export const AboutSchema = z.object({
  ...common,
  kind: z.literal('about'),
  abstained: z.literal(false),
  topic: z.enum(['summary', 'facts', 'stories']),
  /** The stories the reply is about, in the order it mentions them. */
  storyIds: z.array(z.string().min(1)),
  facts: z.array(StoryFactSchema),
  shortAnswer: z.string().nullable(),
  citations: z.array(CitationSchema).max(3),
});

/** Small talk: greetings, thanks, reactions ("lol"), complaints ("bad bot"), "who are you", help. Never a quotation, never a citation. */
export const ChatSchema = z.object({
  ...common,
  kind: z.literal('chat'),
  abstained: z.literal(false),
  intent: z.enum(['greeting', 'thanks', 'reaction', 'complaint', 'identity', 'help']),
  shortAnswer: z.null(),
  citations: z.array(CitationSchema).length(0),
  /** Example questions the stories can answer, also worked into `text`. */
  suggestions: z.array(z.string()).max(3),
});

export const AnswerSchema = z.discriminatedUnion('kind', [AnsweredSchema, AbstainedSchema, AboutSchema, ChatSchema]);
export type Answered = z.infer<typeof AnsweredSchema>;
export type Abstained = z.infer<typeof AbstainedSchema>;
export type About = z.infer<typeof AboutSchema>;
export type Chat = z.infer<typeof ChatSchema>;
export type Answer = z.infer<typeof AnswerSchema>;
export type AnswerKind = Answer['kind'];
export type ChatIntent = Chat['intent'];
