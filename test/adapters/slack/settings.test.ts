import { describe, expect, it } from 'vitest';
import { ConfigError, readEnv } from '../../../src/config.js';
import { readSlackSettings } from '../../../adapters/slack/settings.js';

const settings = (vars: Record<string, string>) => readSlackSettings(readEnv(vars));
const failure = (vars: Record<string, string>): ConfigError => {
  try {
    settings(vars);
  } catch (err) {
    if (err instanceof ConfigError) return err;
    throw err;
  }
  throw new Error('expected a ConfigError');
};

const SECRET = '0123456789abcdef0123456789abcdef';

describe('readSlackSettings', () => {
  it('prefers Socket Mode when an app token is set', () => {
    expect(settings({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1', SLACK_SIGNING_SECRET: SECRET }).mode).toBe('socket');
  });

  it('uses HTTP mode on SLACK_PORT/SLACK_HOST with a signing secret', () => {
    expect(settings({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: SECRET, SLACK_PORT: '8080' })).toMatchObject({
      mode: 'http',
      port: 8080,
      host: '0.0.0.0',
    });
  });

  it('normalises SLACK_API_URL to end in a slash', () => {
    expect(settings({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1', SLACK_API_URL: 'http://127.0.0.1:9/api' }).apiUrl).toBe(
      'http://127.0.0.1:9/api/',
    );
  });

  it.each([
    [{}, 'SLACK_BOT_TOKEN', /is not set/],
    [{ SLACK_BOT_TOKEN: 'xapp-1', SLACK_APP_TOKEN: 'xapp-1' }, 'SLACK_BOT_TOKEN', /xoxb-.*looks like an app-level token/],
    [{ SLACK_BOT_TOKEN: 'xoxb-1' }, 'SLACK_APP_TOKEN', /SLACK_SIGNING_SECRET/],
    [{ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xoxb-2' }, 'SLACK_APP_TOKEN', /xapp-.*looks like a bot token/],
    [{ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 'not a secret' }, 'SLACK_SIGNING_SECRET', /Signing Secret/],
    [{ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1', SLACK_API_URL: 'nope' }, 'SLACK_API_URL', /should be an http\(s\) URL/],
  ])('names the variable and points at .env.example and the README (%j)', (vars, variable, problem) => {
    const error = failure(vars as Record<string, string>);
    expect(error.variable).toBe(variable);
    expect(error.message).toMatch(problem);
    expect(error.message).toContain('.env.example');
    expect(error.message).toContain("README's Slack section");
  });

  it('never echoes a secret in the error', () => {
    const error = failure({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 'xoxp-very-secret-value' });
    expect(error.message).not.toContain('very-secret');
  });
});
