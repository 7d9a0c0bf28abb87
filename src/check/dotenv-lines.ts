/**
 * The lines of a `.env` file that are not `NAME=value`. They are reported as ignored, so they must
 * be: dotenv itself would also read `NAME: value`. No zod here: `ask` and the REPL read `.env`
 * through this on every start.
 */

export interface MalformedLine {
  line: number;
  message: string;
}

const ASSIGNMENT = /^\s*(?:export\s+)?[A-Za-z_][A-Za-z0-9_.-]*\s*=/;

/**
 * Lines of a `.env` file that are not read: anything but a comment, a blank line or
 * `NAME=value`. A quoted value may span lines (dotenv allows it), so those lines are not flagged.
 * The line itself is never printed: it may hold a secret.
 */
export function malformedDotenvLines(text: string): MalformedLine[] {
  const problems: MalformedLine[] = [];
  const lines = text.split(/\r?\n/);
  let openQuote: string | undefined;
  lines.forEach((line, at) => {
    if (openQuote) {
      if (line.includes(openQuote)) openQuote = undefined;
      return;
    }
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) return;
    if (!ASSIGNMENT.test(line)) {
      const hint = /^\s*[A-Za-z_][A-Za-z0-9_]*\s*:/.test(line) ? ' (use "=", not ":")' : /^\s*[A-Za-z_][A-Za-z0-9_]*\s*$/.test(line) ? ' (a name with no "=value")' : '';
      problems.push({ line: at + 1, message: `.env line ${at + 1} is not NAME=value${hint} and is ignored; fix it or start it with # to make it a comment` });
      return;
    }
    const value = line.slice(line.indexOf('=') + 1).trim();
    const quote = value[0];
    if ((quote === '"' || quote === "'" || quote === '`') && value.indexOf(quote, 1) === -1) openQuote = quote;
  });
  return problems;
}

/** The text with its malformed lines blanked (so line numbers stay), for dotenv to parse. */
export function withoutMalformedLines(text: string): string {
  const malformed = new Set(malformedDotenvLines(text).map((found) => found.line));
  if (malformed.size === 0) return text;
  return text
    .split(/(?<=\n)/)
    .map((line, at) => (malformed.has(at + 1) ? line.replace(/[^\r\n]+/, '') : line))
    .join('');
}
