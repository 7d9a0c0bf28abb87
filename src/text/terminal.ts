/**
 * Text from a story file (its words, its title, its file name) shown in a terminal must not be able
 * to drive it: an escape sequence could retitle the window, clear the screen, write the clipboard
 * (OSC 52) or show a link to another host (OSC 8). Every C0 control except tab and newline, DEL and
 * every C1 control is replaced with a visible symbol, so the reader sees that it was there.
 */
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/** C0 controls have their own pictures (ESC is ␛, U+241B), DEL is ␡; C1 controls are shown as `\x9B`. */
function visible(control: string): string {
  const code = control.charCodeAt(0);
  if (code < 0x20) return String.fromCharCode(0x2400 + code);
  if (code === 0x7f) return '\u2421';
  return `\\x${code.toString(16).toUpperCase()}`;
}

/** `text` with every terminal control shown inertly; tab and newline are kept. */
export function inert(text: string): string {
  return text.replace(CONTROLS, visible);
}

/**
 * JSON text with DEL and C1 controls written as `\u009b`-style escapes: JSON.stringify escapes C0
 * controls but passes these through, and a terminal showing the line could act on them. The
 * parsed value is unchanged (they can only occur inside strings).
 */
export function inertJson(json: string): string {
  return json.replace(/[\u007f-\u009f]/g, (control) => `\\u${control.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
