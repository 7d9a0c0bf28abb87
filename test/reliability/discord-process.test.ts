import { afterEach, describe, expect, it } from 'vitest';
import { FakeDiscord } from '../adapters/discord/fake-discord.js';
import { APPLICATION_ID, TOKEN } from '../adapters/discord/harness.js';
import { KNOWLEDGE_DIR } from '../adapters/discord/story-bot.js';
import { ask, inGuild, someone } from '../adapters/discord/view.js';
import { scratchFolder, StorybotProcess } from './process.js';

/** `storybot start` with Discord, as an operator runs it, against a fake Discord on loopback. */
const cwd = scratchFolder('storybot-discord-proc-');
let fake: FakeDiscord | undefined;
let proc: StorybotProcess | undefined;
afterEach(async () => {
  proc?.kill();
  await proc?.exited;
  proc = undefined;
  await fake?.stop();
  fake = undefined;
});

describe('storybot start with Discord (child process)', () => {
  it.each(['SIGTERM', 'SIGINT'] as const)('on %s finishes the answer in flight, disconnects, exits 0, and never logs the token', async (signal) => {
    fake = await FakeDiscord.start({ token: TOKEN, applicationId: APPLICATION_ID, heartbeatIntervalMs: 1_000 });
    const env = { DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: APPLICATION_ID, DISCORD_API_URL: fake.apiUrl, LOG_LEVEL: 'debug' };
    proc = new StorybotProcess(['start', '--knowledge', KNOWLEDGE_DIR], env, cwd());
    await proc.waitForLog((line) => line.msg === 'platform started', 'Discord to start');

    const first = await fake.interact(ask(`Who released the transcript? ${TOKEN}`, inGuild(), someone()));
    expect(first.message.allowed_mentions?.parse).toEqual([]);

    fake.callbackDelayMs = 500;
    const inFlight = ask('When did the call take place?', inGuild(), someone());
    fake.sendInteraction(inFlight);
    await fake.waitUntil(() => fake?.callsFor(inFlight)[0], 'the reply to be on its way');
    const stopping = performance.now();
    proc.child.kill(signal);
    const exit = await proc.exited;
    expect(exit).toEqual({ code: 0, signal: null });
    expect(performance.now() - stopping).toBeLessThan(5_000);
    // The in-flight reply completed (Discord's response came back after its delay) before exit.
    expect(fake.callsFor(inFlight).filter((call) => call.path.endsWith('/callback'))).toHaveLength(1);
    expect(proc.logs.some((line) => line.msg === 'answered' && line.interactionId === inFlight.id)).toBe(true);
    await fake.waitUntil(() => fake?.closes[0], 'the gateway connection to close');
    expect(fake.closes[0]).toBe(1000);
    expect(proc.stdout + proc.stderr).not.toContain(TOKEN);
    expect(proc.logs.some((line) => line.msg === 'answered' && line.interactionId)).toBe(true);
  }, 30_000);
});
