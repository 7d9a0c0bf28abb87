import { z } from 'zod';
import { removeInvisible } from '../text/invisible.js';

/** The optional block at the top of a story file, between two `---` lines. */
export const FrontMatterSchema = z
  .object({
    title: z.string().trim().min(1, 'title must not be empty').max(300).optional(),
    source: z.string().trim().min(1).max(200).optional(),
    /** Who wrote the story (a byline: one name or several). */
    author: z.string().trim().min(1, 'author must not be empty').max(200).optional(),
    url: z.url({ protocol: /^https?$/, message: 'url must be an http(s) address' }).optional(),
    published: z.iso.date({ message: 'published must be a date like 2025-11-26' }).optional(),
  })
  .strict();
export type FrontMatter = z.infer<typeof FrontMatterSchema>;
const ALLOWED_FIELDS = Object.keys(FrontMatterSchema.shape).join(', ');
/** What other publishing tools call our fields: an editor who writes "date:" is told to write "published:". */
const FIELD_ALIASES: Readonly<Record<string, keyof FrontMatter>> = { date: 'published', headline: 'title', byline: 'author', link: 'url', publisher: 'source' };

function unknownField(key: string): string {
  const meant = FIELD_ALIASES[key.toLowerCase()];
  return meant ? `unknown field "${key}" (write it as "${meant}:")` : `unknown field "${key}"`;
}

export type FrontMatterResult =
  | { ok: true; meta: FrontMatter; body: string; bodyLine: number }
  | { ok: false; problem: string };

const OPENING = /^---[ \t]*\r?\n/;
const CLOSING = /\r?\n---[ \t]*(?:\r?\n|$)/;
const LINE = /^([A-Za-z][\w-]*)\s*:\s*(.*)$/;

function unquote(value: string): string {
  const quoted = /^(["'])(.*)\1$/.exec(value);
  return quoted ? (quoted[2] ?? '') : value;
}

const FIELD_NAMES = new Set(Object.keys(FrontMatterSchema.shape));
/** Two field lines at the top with no `---` around them are front matter, not a story's opening. */
const MIN_BARE_FIELDS = 2;

/**
 * Front matter that lost its `---` lines: field lines (the first a known field) up to a `---` line,
 * or at least two known field lines then a blank line. Such a file is refused, as any other
 * front-matter mistake is, rather than guessed at: otherwise its fields would be quoted as story text.
 */
function unfencedFrontMatter(text: string): string | undefined {
  const keys: string[] = [];
  const bare = (): string | undefined => {
    const known = keys.filter((key) => FIELD_NAMES.has(key.toLowerCase()));
    return known.length >= MIN_BARE_FIELDS ? `starts with front matter (${known.join(', ')}) but no --- lines: put a line with only --- above and below it` : undefined;
  };
  for (const line of text.split(/\r?\n/)) {
    if (/^---[ \t]*$/.test(line)) return keys.length > 0 ? `front matter has no opening --- line: add a line with only --- above "${keys[0]}:"` : undefined;
    const key = LINE.exec(line)?.[1];
    if (key && (keys.length > 0 || FIELD_NAMES.has(key.toLowerCase()))) keys.push(key);
    else if (line.trim() === '' && keys.length === 0) continue;
    else return line.trim() === '' ? bare() : undefined;
  }
  return bare();
}

/** Reads simple `key: value` front matter; a file without it has empty metadata. */
export function splitFrontMatter(text: string): FrontMatterResult {
  if (!OPENING.test(text)) {
    const unfenced = unfencedFrontMatter(text);
    return unfenced ? { ok: false, problem: unfenced } : { ok: true, meta: {}, body: text, bodyLine: 1 };
  }
  const afterOpening = text.replace(OPENING, '');
  const closing = CLOSING.exec(afterOpening);
  if (!closing) return { ok: false, problem: 'front matter starts with --- but has no closing --- line' };
  const block = afterOpening.slice(0, closing.index);
  const fields: Record<string, string> = {};
  const lines = block.split(/\r?\n/);
  for (const [index, line] of lines.entries()) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    const match = LINE.exec(line);
    if (!match) return { ok: false, problem: `front matter line ${index + 2} is not "key: value": ${JSON.stringify(line.slice(0, 80))}` };
    // A title or byline is shown wherever a citation is: it is cleaned as the story text is.
    fields[match[1] ?? ''] = removeInvisible(unquote((match[2] ?? '').trim())).replace(/\s+/g, ' ');
  }
  const parsed = FrontMatterSchema.safeParse(fields);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) =>
      issue.code === 'unrecognized_keys'
        ? `${issue.keys.map(unknownField).join(', ')} (allowed: ${ALLOWED_FIELDS})`
        : `${issue.path.join('.')}: ${issue.message}`,
    );
    return { ok: false, problem: `bad front matter: ${problems.join('; ')}` };
  }
  return {
    ok: true,
    meta: parsed.data,
    body: afterOpening.slice(closing.index + closing[0].length),
    bodyLine: lines.length + 3,
  };
}
