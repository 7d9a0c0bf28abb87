import type { Answer } from '../../../src/answer/types.js';
import type { StoryBot } from '../../../src/bot.js';

/** A stand-in for the core until it lands on main: one cited answer for every question. */
export function stubBot(): StoryBot {
  return {
    ask(question): Answer {
      if (/capital of france/i.test(question)) {
        return {
          question,
          abstained: true,
          reason: 'not-in-story',
          text: "The story doesn't say.",
          confidence: 0.1,
          notices: [],
          shortAnswer: null,
          citations: [],
          suggestions: ['Who released the transcript?'],
        };
      }
      return {
        question,
        abstained: false,
        text: 'Bloomberg News released the transcript [1].',
        confidence: 0.9,
        notices: [],
        shortAnswer: 'Bloomberg News',
        citations: [
          {
            marker: 1,
            documentId: 'story',
            documentTitle: 'A story',
            passageId: 'story#p5',
            paragraph: 5,
            kind: 'body',
            text: 'The transcript was released by Bloomberg News.',
          },
        ],
      };
    },
    stories: () => [],
    suggest: () => [],
    exampleQuestion: () => 'Who released the transcript?',
  };
}
