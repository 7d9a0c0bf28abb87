import { describe, expect, it } from 'vitest';
import { stripPlatformMarkup } from '../../src/text/markup.js';

describe('stripPlatformMarkup', () => {
  it.each([
    ['Slack user mention', 'Thanks <@U123ABC> for this.', 'Thanks  for this.'],
    ['Slack user mention with a name', 'Thanks <@U123ABC|lena> for this.', 'Thanks lena for this.'],
    ['Slack user group', 'Ask <!subteam^S123|@editors> today.', 'Ask editors today.'],
    ['Slack user group without a label', 'Ask <!subteam^S123> today.', 'Ask  today.'],
    ['Slack channel', 'See <#C123|general> and <#C456>.', 'See general and .'],
    ['Slack broadcasts', '<!here> <!channel> <!everyone|@everyone> news', '   news'],
    ['Slack date', 'Posted <!date^1392734382^{date}|Feb 18, 2014>.', 'Posted Feb 18, 2014.'],
    ['Slack link with a label', 'Read <https://x.example/a?b=1|the report>.', 'Read the report.'],
    ['a bare link: its address', 'Read <https://x.example/a>.', 'Read https://x.example/a.'],
    ['Discord user, nickname and role mentions', '<@123456> <@!123456> <@&987654> said', '   said'],
    ['Discord channel', 'in <#123456>', 'in '],
    ['Discord emoji, animated emoji, timestamp, command', 'ok <:party:123> <a:wave:456> <t:1700000000:R> </ask:789>', 'ok    '],
    ['text with none', 'a < b and c > d, <b>bold</b>', 'a < b and c > d, <b>bold</b>'],
  ])('%s', (_name, text, plain) => expect(stripPlatformMarkup(text)).toBe(plain));
});
