import { describe, expect, it } from 'vitest';
import { bundledBot, storyBotWith, WORDING } from './stories.js';

const tunnel = storyBotWith(WORDING, 'harbour-tunnel.md');

describe('answers are made of the story’s words', () => {
  it('restates the question when the cited sentence backs every word of it', () => {
    expect(tunnel.ask('Who called for the project to be scrapped?').text).toMatch(/^Harlan Voss called for the project to be scrapped \[1\]\./);
  });

  it('leads with the answer alone when the question adds words the sentence does not say', () => {
    const answer = tunnel.ask('Who called for the project to be scrapped over corruption?');
    expect(answer.text).toMatch(/^Harlan Voss \[1\]\./);
    expect(answer.text).not.toContain('corruption');
  });

  it('a restatement may use a synonym the sentence backs (“sacked” for “fired”)', () => {
    expect(bundledBot(WORDING).ask('Who called for Witkoff to be fired?').text).toMatch(/^Don Bacon called for Witkoff to be fired \[1\]\./);
  });

  it('"Who called for Witkoff to be fired for treason and bribery?" never says treason or bribery', () => {
    // The bot abstains (the story has no treason or bribery); with the threshold set aside it leads
    // with a span alone, never a restatement of the question around it.
    expect(bundledBot().ask('Who called for Witkoff to be fired for treason and bribery?').abstained).toBe(true);
    const answer = bundledBot(WORDING).ask('Who called for Witkoff to be fired for treason and bribery?');
    expect(answer.text).toMatch(/^[^\n“]+ \[1\]\.\n/);
    expect(answer.text).not.toMatch(/treason|bribery/i);
  });

  it('"where" is not led by a name that is no place of anything in its sentence', () => {
    // "The White House has not disputed …, and Trump defended his envoy": the White House is no place Trump was.
    const answer = bundledBot(WORDING).ask('Where was Trump when he defended Witkoff?');
    expect(answer.text).not.toMatch(/^White House/);
    expect(answer.text).toContain('Air Force One');
  });

  it('a call for something is no report that it happened: "Who scrapped the project?"', () => {
    const answer = tunnel.ask('Who scrapped the project?');
    expect(answer.text).toMatch(/^The story doesn’t say who scrapped the project\./);
    expect(answer.text).not.toMatch(/^Harlan Voss/);
    expect(answer.shortAnswer).toBeNull();
  });

  it('"Who fired Witkoff?" names nobody: Bacon only called for it, and "He should be fired" is his quote', () => {
    const answer = bundledBot(WORDING).ask('Who fired Witkoff?');
    expect(answer.text).toMatch(/^The story doesn’t say who fired Witkoff\./);
    expect(answer.text).toContain('called for Witkoff to be sacked');
  });
});
