import { describe, expect, it } from 'vitest';
import { questionFromSlack } from '../../../adapters/slack/question.js';

describe('questionFromSlack', () => {
  it('strips the bot mention wherever it is', () => {
    expect(questionFromSlack('<@UBOT> who called whom?', 'UBOT')).toBe('who called whom?');
    expect(questionFromSlack('who called whom, <@UBOT|storybot>?', 'UBOT')).toBe('who called whom, ?');
  });

  it('drops broadcast and group mentions instead of passing them on', () => {
    expect(questionFromSlack('<@UBOT> <!channel> <!here|here> <!subteam^S1|@devs> who said it?', 'UBOT')).toBe('who said it?');
  });

  it('reduces links, channels and other users to what the reader saw', () => {
    expect(questionFromSlack('is <https://a.example|this story> in <#C1|news>? ask <@U2|ann> or <mailto:x@y.example>')).toBe(
      'is this story in #news? ask ann or x@y.example',
    );
  });

  it('decodes Slack entities', () => {
    expect(questionFromSlack('Q&amp;A: is 3 &lt; 4 &gt; 2?')).toBe('Q&A: is 3 < 4 > 2?');
  });

  it('gives an empty question for a bare mention', () => {
    expect(questionFromSlack('<@UBOT>', 'UBOT')).toBe('');
    expect(questionFromSlack(undefined, 'UBOT')).toBe('');
  });
});
