import { createHash } from 'node:crypto';
import { cleanStory, plainText } from './clean.js';
import { KnowledgeError } from './errors.js';
import { splitFrontMatter } from './frontmatter.js';
import { HEADLINE_PARAGRAPH, type Passage, type Story } from './types.js';
import { splitSentences } from '../text/sentences.js';

const UTF8 = new TextDecoder('utf-8', { fatal: true });
const MAX_TITLE_FROM_LINE = 160;

/**
 * The id of a story: its file name without extension, as a slug. Letters of any script are kept
 * (`москва`, `北京`), accents on Latin letters dropped (`café` → `cafe`); a name with no letter or
 * digit at all gets a stable hash of itself, so two such files never share an id.
 */
export function storyIdOf(file: string): string {
  const base = file.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
  const slug = base
    .normalize('NFKD')
    .replace(/([A-Za-z])\p{M}+/gu, '$1')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\p{M}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return slug || `story-${createHash('sha256').update(base).digest('hex').slice(0, 8)}`;
}

function titleFromFileName(file: string): string {
  const words = storyIdOf(file).replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function decode(file: string, bytes: Uint8Array): string {
  try {
    return UTF8.decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new KnowledgeError(file, 'is not UTF-8 text; save it as UTF-8 (plain text or markdown)');
  }
}

/**
 * The headline as a passage of its own, when the front matter gives one: questions are answered
 * from it like from any sentence. A title taken from the first line or the file name is not
 * added (the line is a passage already; a file name is no evidence), nor one the text repeats.
 */
function headlineOf(storyId: string, title: string | undefined, passages: readonly Passage[]): Passage | undefined {
  const text = title === undefined ? '' : plainText(title);
  if (passages.some((passage) => passage.text.toLowerCase() === text.toLowerCase())) return undefined;
  const sentences = splitSentences(text);
  if (sentences.length === 0) return undefined;
  return { id: `${storyId}#${HEADLINE_PARAGRAPH}`, storyId, paragraph: HEADLINE_PARAGRAPH, kind: 'headline', text, sentences };
}

/** Parses one story file's bytes; throws a KnowledgeError naming the file and the problem. */
export function parseStory(file: string, bytes: Uint8Array): Story {
  if (bytes.length === 0) throw new KnowledgeError(file, 'is empty; add the story text or remove the file');
  const text = decode(file, bytes);
  if (text.includes('\u0000')) throw new KnowledgeError(file, 'contains NUL bytes: it looks binary, not a text story');
  const front = splitFrontMatter(text);
  if (!front.ok) throw new KnowledgeError(file, front.problem);
  const cleaned = cleanStory(front.body);
  const id = storyIdOf(file);
  const passages: Passage[] = [];
  cleaned.paragraphs.forEach((paragraph, index) => {
    if (paragraph.kind === 'dropped') return;
    const sentences = splitSentences(paragraph.text);
    if (sentences.length === 0) return;
    passages.push({ id: `${id}#${index + 1}`, storyId: id, paragraph: index + 1, kind: paragraph.kind, text: paragraph.text, sentences });
  });
  if (!passages.some((passage) => passage.kind === 'body')) {
    throw new KnowledgeError(file, 'has no story text (only front matter, captions or page boilerplate)');
  }
  const firstLine = passages[0]?.text ?? '';
  const title =
    front.meta.title ??
    (firstLine.length <= MAX_TITLE_FROM_LINE && !/[.!?]["”]?$/.test(firstLine) ? firstLine : titleFromFileName(file));
  const published = front.meta.published ?? cleaned.published;
  const headline = headlineOf(id, front.meta.title, passages);
  return {
    id,
    file,
    title,
    ...(front.meta.source ? { source: front.meta.source } : {}),
    ...(front.meta.author ? { author: front.meta.author } : {}),
    ...(front.meta.url ? { url: front.meta.url } : {}),
    ...(published ? { published } : {}),
    passages: headline ? [headline, ...passages] : passages,
  };
}
