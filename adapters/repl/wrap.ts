/** Wrap width for a terminal that does not say how wide it is. */
export const DEFAULT_COLUMNS = 80;
/** Terminal styling (bold, dim): it takes no room on screen. */
const ANSI_CODE = /\u001b\[[0-9;]*m/g;
/** What a wrapped line's continuation lines are indented under: its indent, and a `[1] ` or `• ` before the text. */
const HANGING = /^\s*(?:\[\d+\] |• )?/;

const visibleLength = (text: string): number => [...text.replace(ANSI_CODE, '')].length;

/** One line broken at spaces to `width` columns; a word longer than that (a link) stays whole, so it still works. */
function wrapLine(line: string, width: number): string[] {
  if (visibleLength(line) <= width) return [line];
  const indent = ' '.repeat(visibleLength(HANGING.exec(line.replace(ANSI_CODE, ''))?.[0] ?? ''));
  const lead = /^\s*/.exec(line)?.[0] ?? '';
  const out: string[] = [];
  let current = '';
  for (const word of line.slice(lead.length).split(' ')) {
    if (current !== '' && visibleLength(`${current} ${word}`) > width) {
      out.push(current);
      current = `${indent}${word}`;
    } else current = current === '' ? `${lead}${word}` : `${current} ${word}`;
  }
  out.push(current);
  return out;
}

/** Text wrapped at word boundaries to a terminal `width`, instead of the terminal cutting words in two. */
export function wrapText(text: string, width: number): string {
  return text
    .split('\n')
    .flatMap((line) => wrapLine(line, width))
    .join('\n');
}
