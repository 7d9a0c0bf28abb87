/**
 * Characters that change how text is shown without being seen: bidirectional overrides and
 * isolates (they make `‮gnp.exe‬` read as `exe.png`), directional marks, zero-width spaces and
 * joiners, word joiners and the byte-order mark.
 */
const FORMAT_CONTROLS = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;
/** C0 and C1 control characters other than tab and newline: a terminal escape sequence starts with one. */
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

/**
 * Text as a reader sees it: invisible formatting removed (a zero-width space inside a word would
 * otherwise split it) and control characters turned into spaces. The one cleaner for text from
 * outside, stories and questions alike.
 */
export function removeInvisible(text: string): string {
  return text.replace(FORMAT_CONTROLS, '').replace(CONTROL_CHARACTERS, ' ');
}
