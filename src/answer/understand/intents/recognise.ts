import { isStopWord, termsOf } from '../../../text/terms.js';
import { words } from '../../../text/tokenize.js';
import { INTENT_PATTERNS, normaliseMessage, OUT_OF_SCOPE_IF_UNANSWERED, STORY_INTENT_WORDS, SYMBOL_INTENTS, type Intent } from './patterns.js';

/** A message the bot recognised as other than a question about what a story reports. */
export interface Recognised {
  intent: Intent;
  /** Terms left once the intent's own words are removed: what names a story ("bridge"). */
  naming: string[];
}

const INTENT_TERMS = new Set(termsOf(STORY_INTENT_WORDS.join(' ')));

/** The words of a message that could name a story: not the intent's phrasing, not stop words. */
export function namingTerms(message: string): string[] {
  const content = words(message).filter((word) => !isStopWord(word));
  return [...new Set(termsOf(content.join(' ')).filter((term) => !INTENT_TERMS.has(term)))];
}

/** The intent of a message, or undefined when it is (or may be) a question about the stories. */
export function recogniseIntent(message: string): Recognised | undefined {
  const symbols = symbolIntent(message);
  if (symbols) return { intent: symbols, naming: [] };
  const normal = normaliseMessage(message);
  if (normal.length === 0) return undefined;
  for (const { intent, patterns } of INTENT_PATTERNS) {
    if (patterns.some((pattern) => pattern.test(normal))) return { intent, naming: namingTerms(normal) };
  }
  return undefined;
}

/**
 * True when a question the stories could not answer was a request outside the job anyway: "what's
 * the weather like?", though not where a story uses the word ("what is the weather service saying?").
 */
export function isOutOfScopeIfUnanswered(message: string, storiesSay: (word: string) => boolean = () => false): boolean {
  const normal = normaliseMessage(message);
  return OUT_OF_SCOPE_IF_UNANSWERED.some((pattern) => {
    const word = pattern.exec(normal)?.[0];
    return word !== undefined && !storiesSay(word);
  });
}

/** The intent of a message of emoji or emoticons alone ("👍", "😂", ":)"), which has no words to match. */
export function symbolIntent(message: string): Intent | undefined {
  const trimmed = message.trim();
  return trimmed ? SYMBOL_INTENTS.find(({ pattern }) => pattern.test(trimmed))?.intent : undefined;
}
