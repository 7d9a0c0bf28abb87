import { symbolIntent } from './intents/recognise.js';

/** Questions longer than this are cut (and the user told): retrieval needs no more, and it bounds work. */
export const MAX_QUESTION_CHARS = 500;

const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2066-\u2069]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export interface CleanQuestion {
  text: string;
  truncated: boolean;
}

/** Control characters, bidi overrides and broken surrogates out; whitespace folded; length bounded. */
export function sanitizeQuestion(raw: string): CleanQuestion {
  // Cut before the regexes run so their cost is bounded whatever arrives.
  const head = raw.length > MAX_QUESTION_CHARS * 4 ? raw.slice(0, MAX_QUESTION_CHARS * 4) : raw;
  const text = head.replace(LONE_SURROGATE, '').replace(CONTROL, ' ').replace(/\s+/g, ' ').trim();
  if (text.length <= MAX_QUESTION_CHARS) return { text, truncated: raw.length > head.length };
  const cut = text.slice(0, MAX_QUESTION_CHARS);
  const atWord = cut.lastIndexOf(' ') > MAX_QUESTION_CHARS / 2 ? cut.slice(0, cut.lastIndexOf(' ')) : cut;
  return { text: atWord.replace(LONE_SURROGATE, ''), truncated: true };
}

/** True when a message holds something to read: a letter or digit, or emoji alone ("👍"), which is small talk. */
export function hasWords(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text) || symbolIntent(text) !== undefined;
}
