import type { AnswerKind } from '../../src/answer/types.js';

/**
 * One or more phrasings of every intent issue 12 names, with the kind of reply each gets over the
 * adapters' copy of the bundled story (it has a url and no author). The platform tests send each
 * through their front end and check it shows the core's own reply, word for word.
 */
export const INTENT_QUESTIONS: ReadonlyArray<{ intent: string; question: string; kind: AnswerKind }> = [
  { intent: 'summary', question: 'What is the story about?', kind: 'about' },
  { intent: 'summary', question: 'Summarise the story', kind: 'about' },
  { intent: 'summary', question: 'tl;dr', kind: 'about' },
  { intent: 'summary', question: 'What happened?', kind: 'about' },
  { intent: 'published', question: 'When was the story published?', kind: 'about' },
  { intent: 'source', question: 'Who is the source?', kind: 'about' },
  { intent: 'url', question: 'What is the link to the article?', kind: 'about' },
  // The story file has no author: the reply says the file doesn't say, as an abstention.
  { intent: 'author', question: 'Who wrote the story?', kind: 'abstained' },
  { intent: 'stories', question: 'Which stories do you know?', kind: 'about' },
  { intent: 'stories', question: "What's new?", kind: 'about' },
  { intent: 'greeting', question: 'hello', kind: 'chat' },
  { intent: 'greeting', question: 'Hi there!', kind: 'chat' },
  { intent: 'thanks', question: 'thanks!', kind: 'chat' },
  { intent: 'identity', question: 'Who are you?', kind: 'chat' },
  { intent: 'help', question: 'help', kind: 'chat' },
  { intent: 'help', question: 'What can I ask?', kind: 'chat' },
  { intent: 'out-of-scope', question: 'Write me a poem about cats', kind: 'abstained' },
  { intent: 'out-of-scope', question: 'Tell me a joke', kind: 'abstained' },
  { intent: 'out-of-scope', question: "What's the weather like?", kind: 'abstained' },
];
