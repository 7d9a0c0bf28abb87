/** The sequences a hostile story tried: window title, a link to another host, clear screen, clipboard write, 8-bit CSI. */
export const HOSTILE = {
  title: '\u001b]0;pwned\u0007',
  link: '\u001b]8;;https://evil.example/\u001b\\click\u001b]8;;\u001b\\',
  clear: '\u001b[2J',
  clipboard: '\u001b]52;c;ZXZpbA==\u0007',
  csi8bit: '\u009b2J',
};

/** Anything a terminal would act on: C0 controls but tab and newline, DEL, C1 controls. */
export const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
