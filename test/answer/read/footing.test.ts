import { describe, expect, it } from 'vitest';
import { futureForPast, ordinalUnsaid } from '../../../src/answer/read/footing.js';
import { analyzeQuestion } from '../../../src/answer/understand/question.js';
import type { Ranked } from '../../../src/answer/retrieve/rank.js';

const ranked = (text: string): Ranked => ({ sentence: { id: 0, passage: 0, index: 0, text }, score: 1, coverage: 1, contextCoverage: 1, rareTermFound: true }) as unknown as Ranked;

describe('a sentence on another footing than the question', () => {
  it('"who scored first?" needs "first" in the sentence; "the first drive" is a noun\'s ordinal a story may word otherwise', () => {
    expect(ordinalUnsaid(analyzeQuestion('who scored first?'), ranked('Rovers equalised when Tom Ashby scored.'))).toBe(true);
    expect(ordinalUnsaid(analyzeQuestion('who scored first?'), ranked('Diaz scored first, after 12 minutes.'))).toBe(false);
    expect(ordinalUnsaid(analyzeQuestion('who kicked the field goal on the first drive?'), ranked('McManus kicked a field goal on the opening drive.'))).toBe(false);
    expect(ordinalUnsaid(analyzeQuestion('how long will the strike last?'), ranked('Nurses will strike for three days.'))).toBe(false);
  });

  it('"where was the final played?" is not what "will play" says of next season, nor is a past form after "will"', () => {
    expect(futureForPast(analyzeQuestion('where was the final played?'), ranked('Rovers will play in the Acme Trophy next season.'))).toBe(true);
    expect(futureForPast(analyzeQuestion('where was the final played?'), ranked('The final was played at the National Stadium.'))).toBe(false);
    expect(futureForPast(analyzeQuestion('where will the final be played?'), ranked('Rovers will play in the Acme Trophy next season.'))).toBe(false);
    expect(futureForPast(analyzeQuestion('in what game did Roe play?'), ranked('This will be the first game in which both coaches played.'))).toBe(false);
  });
});
