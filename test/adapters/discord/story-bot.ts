import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Answer } from '../../../src/answer/types.js';
import type { StoryBot } from '../../../src/bot.js';

/** A fixed copy of the bundled story, so these tests do not move when `knowledge/` changes. */
export const KNOWLEDGE_DIR = fileURLToPath(new URL('../../fixtures/discord/knowledge/', import.meta.url));

// TEMPORARY stand-in until the core's openBot lands on main: picks the paragraph sharing the
// most words with the question. Replaced by the real core after the merge.
export async function loadStoryBot(): Promise<StoryBot> {
  const text = readFileSync(`${KNOWLEDGE_DIR}/witkoff-call.txt`, 'utf8');
  const paragraphs = text.split(/\n\s*\n/).slice(1);
  const words = (s: string) => new Set(s.toLowerCase().match(/[a-z]{4,}/g) ?? []);
  return {
    ask(question): Answer {
      const q = words(question);
      let best = -1;
      let score = 0;
      paragraphs.forEach((p, i) => {
        const s = [...words(p)].filter((w) => q.has(w)).length;
        if (s > score) { score = s; best = i; }
      });
      const paragraph = paragraphs[best];
      if (!paragraph || score < 2) {
        return { question, abstained: true, reason: 'not-in-story', text: "The story doesn't say.", confidence: 0.1, notices: [], shortAnswer: null, citations: [], suggestions: ['Who released the transcript?'] };
      }
      const sentence = paragraph.split(/(?<=\.)\s/)[0] ?? paragraph;
      return {
        question, abstained: false, text: `${sentence} [1]`, confidence: 0.8, notices: [], shortAnswer: null,
        citations: [{ marker: 1, documentId: 'witkoff-call', documentTitle: "Leaked call: how Witkoff advised Putin's aide on pitching a Ukraine peace deal", passageId: `witkoff-call#${best + 2}`, paragraph: best + 2, kind: 'body', text: paragraph, source: 'The Independent' }],
      };
    },
    stories: () => [{ id: 'witkoff-call', title: "Leaked call: how Witkoff advised Putin's aide on pitching a Ukraine peace deal", source: 'The Independent', published: '2025-11-26', passageCount: paragraphs.length }],
    suggest: (typed, limit = 5) => ['Who released the transcript?', 'When did the call take place?', 'Who is Steve Witkoff?'].filter((s) => s.toLowerCase().includes(typed.toLowerCase())).slice(0, limit),
    exampleQuestion: () => 'Who released the transcript?',
  };
}
