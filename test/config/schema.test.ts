import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { malformedDotenvLines, unknownVariables } from '../../src/check/config.js';
import { inspectConfig, VARIABLE_NAMES } from '../../src/config.js';

const root = new URL('../..', import.meta.url).pathname;

describe('the configuration schema', () => {
  it('reports every problem at once, each with its scope, so one bad platform does not stop the other', () => {
    const { problems, wanted } = inspectConfig({
      DISCORD_TOKEN: 'abc',
      DISCORD_APPLICATION_ID: '123456789012345678',
      SLACK_BOT_TOKEN: 'xoxb-1-2-3',
      SLACK_APP_TOKEN: 'xapp-1-2-3',
      LOG_FORMAT: 'fancy',
    });
    expect(problems.map(({ variable, scope }) => `${scope}:${variable}`)).toEqual(['general:LOG_FORMAT', 'discord:DISCORD_TOKEN']);
    expect(wanted).toEqual({ discord: true, slack: true });
  });

  it('treats empty values as unset and fills in the documented defaults', () => {
    const { env, problems } = inspectConfig({ LOG_LEVEL: '', SLACK_PORT: ' ', KNOWLEDGE_DIR: '' });
    expect(problems).toEqual([]);
    expect(env).toMatchObject({ LOG_LEVEL: 'info', SLACK_PORT: 3000, SLACK_HOST: '0.0.0.0', RATE_LIMIT_PER_MINUTE: 6, STORYBOT_CONNECT_ATTEMPTS: 5 });
    expect(env.KNOWLEDGE_DIR).toBeUndefined();
  });

  it('names the credential that was pasted into the wrong variable, without echoing it', () => {
    const { problems } = inspectConfig({ SLACK_BOT_TOKEN: 'xapp-1-secretvalue', SLACK_APP_TOKEN: 'xoxb-2-othersecret' });
    const text = problems.map((problem) => problem.message).join('\n');
    expect(text).toMatch(/xoxb-.*looks like an app-level token/);
    expect(text).toMatch(/xapp-.*looks like a bot token/);
    expect(text).not.toMatch(/secretvalue|othersecret/);
  });

  // Made-up values of each credential's shape; none is a real secret.
  const SLACK_BOT = 'xoxb-1111-2222-mixedupvalue';
  const SLACK_APP = 'xapp-1-A111-2222-mixedupvalue';
  const SIGNING_SECRET = '0123456789abcdef0123456789abcdef';
  const DISCORD_BOT = 'MTEwMDAwMDAwMDAwMDAwMDAwMQ.GabcDE.mixedupvaluemixedupvalue012';
  it.each([
    ['DISCORD_TOKEN', SLACK_BOT, '(this looks like a Slack bot token)'],
    ['DISCORD_TOKEN', SLACK_APP, '(this looks like a Slack app-level token)'],
    ['DISCORD_TOKEN', SIGNING_SECRET, '(this looks like a Slack signing secret)'],
    ['DISCORD_TOKEN', '1100000000000000001', '(this looks like an application or server id)'],
    ['DISCORD_APPLICATION_ID', DISCORD_BOT, '(this looks like a bot token)'],
    ['DISCORD_APPLICATION_ID', SLACK_BOT, '(this looks like a Slack bot token)'],
    ['SLACK_BOT_TOKEN', DISCORD_BOT, '(this looks like a Discord bot token)'],
    ['SLACK_BOT_TOKEN', SIGNING_SECRET, '(this looks like a signing secret)'],
    ['SLACK_APP_TOKEN', DISCORD_BOT, '(this looks like a Discord bot token)'],
    ['SLACK_SIGNING_SECRET', DISCORD_BOT, '(this looks like a Discord bot token)'],
    ['SLACK_SIGNING_SECRET', SLACK_APP, '(this looks like an app-level token)'],
  ])('%s holding another credential says which, naming the other platform', (variable, value, hint) => {
    const others = variable.startsWith('SLACK_') ? { SLACK_BOT_TOKEN: SLACK_BOT, SLACK_APP_TOKEN: SLACK_APP } : { DISCORD_TOKEN: DISCORD_BOT, DISCORD_APPLICATION_ID: '1100000000000000001' };
    const problem = inspectConfig({ ...others, [variable]: value }).problems.find((found) => found.variable === variable);
    expect(problem?.message).toContain(hint);
    expect(problem?.message).not.toContain('mixedupvalue');
  });

  it('accepts an optional REDIS_URL only as a redis:// URL', () => {
    expect(inspectConfig({ REDIS_URL: 'redis://127.0.0.1:6379' }).problems).toEqual([]);
    expect(inspectConfig({ REDIS_URL: 'localhost:6379' }).problems[0]).toMatchObject({ variable: 'REDIS_URL', message: expect.stringMatching(/redis:\/\//) });
  });

  it('every variable is in .env.example and in the README Configuration table', () => {
    const example = readFileSync(`${root}.env.example`, 'utf8');
    const readme = readFileSync(`${root}README.md`, 'utf8');
    const section = readme.slice(readme.indexOf('\n## Configuration'), readme.indexOf('\n## ', readme.indexOf('\n## Configuration') + 5));
    for (const name of VARIABLE_NAMES) {
      expect(example, name).toMatch(new RegExp(`^${name}=`, 'm'));
      expect(section, name).toContain(`| \`${name}\``);
    }
  });
});

describe('names that look meant for storybot', () => {
  it('suggests the closest setting for a misspelling', () => {
    const found = unknownVariables({ dotenv: ['DISCORD_TOKNE', 'KNOWLEGE_DIR'], environment: [] });
    expect(found.map((unknown) => unknown.message)).toEqual([
      'DISCORD_TOKNE is not a storybot setting and is ignored; did you mean DISCORD_TOKEN?',
      'KNOWLEGE_DIR is not a storybot setting and is ignored; did you mean KNOWLEDGE_DIR?',
    ]);
  });

  it('lists the settings of the prefix when nothing is close', () => {
    const [found] = unknownVariables({ dotenv: [], environment: ['SLACK_WEBHOOK'] });
    expect(found?.message).toMatch(/^SLACK_WEBHOOK is not a storybot setting.*the SLACK_ settings are SLACK_BOT_TOKEN, /);
  });

  it('ignores other programs’ variables in the environment, but not in .env', () => {
    expect(unknownVariables({ dotenv: [], environment: ['HOME', 'LOG_DIR', 'PATH', 'DISCORD_TOKEN'] })).toEqual([]);
    expect(unknownVariables({ dotenv: ['LOG_LEVLE'], environment: [] })[0]?.suggestion).toBe('LOG_LEVEL');
  });
});

describe('.env lines dotenv would skip', () => {
  it('gives each malformed line its number and never prints the line', () => {
    const text = ['# a comment', 'LOG_LEVEL=info', 'DISCORD_TOKEN: secret-value', '', 'export SLACK_PORT=3000', 'just words', 'NAME_ONLY', 'KEY="multi', 'line value"', 'AFTER=1'].join('\n');
    const found = malformedDotenvLines(text);
    expect(found.map((line) => line.line)).toEqual([3, 6, 7]);
    expect(found[0]?.message).toBe('.env line 3 is not NAME=value (use "=", not ":") and is ignored; fix it or start it with # to make it a comment');
    expect(found[2]?.message).toMatch(/a name with no "=value"/);
    expect(found.map((line) => line.message).join('\n')).not.toContain('secret-value');
  });
});
