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

/** Reads simple `key: value` front matter; a file without it has empty metadata. */
export function splitFrontMatter(text: string): FrontMatterResult {
  if (!OPENING.test(text)) return { ok: true, meta: {}, body: text, bodyLine: 1 };
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
        ? `unknown field ${issue.keys.map((key) => `"${key}"`).join(', ')} (allowed: ${ALLOWED_FIELDS})`
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
