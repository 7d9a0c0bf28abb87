import { stripQuestionMarkup } from '../../text/markup.js';
import { removeInvisible } from '../../text/invisible.js';
import { symbolIntent } from './intents/recognise.js';

/** Questions longer than this are cut (and the user told): retrieval needs no more, and it bounds work. */
export const MAX_QUESTION_CHARS = 500;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export interface CleanQuestion {
  text: string;
  truncated: boolean;
}

/**
 * The question as the user typed it, safe to show back: control characters, bidi overrides and
 * broken surrogates out, whitespace folded, length bounded. What the bot *reads* is this with chat
 * markup taken out as well (`readableQuestion`), so "@here who …?" is the same question as "who …?".
 */
export function sanitizeQuestion(raw: string): CleanQuestion {
  // Cut before the regexes run so their cost is bounded whatever arrives.
  const head = raw.length > MAX_QUESTION_CHARS * 4 ? raw.slice(0, MAX_QUESTION_CHARS * 4) : raw;
  const text = removeInvisible(head.replace(LONE_SURROGATE, '')).replace(/\s+/g, ' ').trim();
  if (text.length <= MAX_QUESTION_CHARS) return { text, truncated: raw.length > head.length };
  const cut = text.slice(0, MAX_QUESTION_CHARS);
  const atWord = cut.lastIndexOf(' ') > MAX_QUESTION_CHARS / 2 ? cut.slice(0, cut.lastIndexOf(' ')) : cut;
  return { text: atWord.replace(LONE_SURROGATE, ''), truncated: true };
}

/** True when a message holds something to read: a letter or digit, or emoji alone ("👍"), which is small talk. */
export function hasWords(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text) || symbolIntent(text) !== undefined;
}

/** What the bot reads of a question: mentions, channel and role markup and links out (a link's label kept). */
export function readableQuestion(text: string): string {
  return stripQuestionMarkup(text).replace(/\s+/g, ' ').replace(/\s+([?!.,;:])/g, '$1').trim();
}
