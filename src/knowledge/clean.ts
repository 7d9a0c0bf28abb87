import {
  APPEAL_MIN_SIGNALS,
  APPEAL_SIGNALS,
  CAPTION_CREDIT,
  CAPTION_OPENERS,
  FURNITURE_LINES,
  LEADING_DATE,
} from './boilerplate.js';
import { removeInvisible } from '../text/invisible.js';
import { stripPlatformMarkup } from '../text/markup.js';

export type CleanParagraph =
  | { kind: 'body' | 'caption'; text: string }
  | { kind: 'dropped'; rule: 'furniture' | 'appeal' | 'empty' };

export interface CleanResult {
  paragraphs: CleanParagraph[];
  /** A date the page carried as metadata, if any. */
  published?: string;
}

const MARKDOWN_LINK = /\[([^\]\n]{1,300})\]\([^)\s]{1,500}\)/g;
const MARKDOWN_EMPHASIS = /(\*\*|__|`)/g;
const HEADING = /^#{1,6}\s+/;

/**
 * Plain text of a markdown paragraph: link text kept, addresses and emphasis marks dropped, chat
 * platform markup reduced to its label, invisible characters out (first, so none hides markup).
 */
export function plainText(text: string): string {
  return stripPlatformMarkup(removeInvisible(text))
    .replace(MARKDOWN_LINK, '$1')
    .replace(MARKDOWN_EMPHASIS, '')
    .replace(HEADING, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function isAppeal(text: string): boolean {
  let hits = 0;
  for (const signal of APPEAL_SIGNALS) if (signal.test(text) && ++hits >= APPEAL_MIN_SIGNALS) return true;
  return false;
}

export function cleanParagraph(raw: string): CleanParagraph {
  const text = plainText(raw);
  if (text.length === 0) return { kind: 'dropped', rule: 'empty' };
  if (FURNITURE_LINES.some((line) => line.test(text))) return { kind: 'dropped', rule: 'furniture' };
  if (isAppeal(text)) return { kind: 'dropped', rule: 'appeal' };
  for (const opener of CAPTION_OPENERS) {
    if (opener.test(text)) {
      const caption = text.replace(opener, '').replace(CAPTION_CREDIT, '').trim();
      return caption.length > 0 ? { kind: 'caption', text: caption } : { kind: 'dropped', rule: 'empty' };
    }
  }
  return { kind: 'body', text };
}

/** Raw paragraphs: blank-line separated; a file with no blank lines has one paragraph per line. */
export function rawParagraphs(body: string): string[] {
  const normal = body.replace(/\r\n?/g, '\n');
  const blocks = /\n[ \t]*\n/.test(normal) ? normal.split(/\n[ \t]*\n/) : normal.split('\n');
  return blocks.filter((block) => block.trim().length > 0);
}

export function cleanStory(body: string): CleanResult {
  const raw = rawParagraphs(body);
  let published: string | undefined;
  const first = raw[0];
  if (first !== undefined) {
    const date = LEADING_DATE.exec(first);
    if (date) {
      published = date[1];
      raw[0] = first.replace(LEADING_DATE, '');
    }
  }
  return { paragraphs: raw.map(cleanParagraph), ...(published ? { published } : {}) };
}
