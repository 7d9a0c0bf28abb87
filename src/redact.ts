/** What a scrubbed secret is replaced with. */
export const REDACTED = '[redacted]';

/**
 * Shapes of credentials that must never be printed even when nobody told us the value (a token
 * pasted into the wrong variable, or one echoed back in an SDK's error): Slack tokens (`xoxb-`,
 * `xoxp-`, `xapp-`, …) and Discord bot tokens (three base64url parts joined by dots).
 */
const TOKEN_SHAPES = [/\bxox[abposre]-[A-Za-z0-9-]{6,}/g, /\bxapp-[A-Za-z0-9-]{6,}/g, /\b[A-Za-z0-9_-]{20,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{20,}\b/g];

/** Replaces every known secret value (and anything shaped like a token) in a text. */
export function redact(text: string, secrets: readonly string[] = []): string {
  let out = text;
  // Longest first, so a secret that contains another is replaced whole.
  for (const secret of [...secrets].sort((a, b) => b.length - a.length)) {
    if (secret.length < 4) continue;
    out = out.split(secret).join(REDACTED);
    // The same value as it appears inside a JSON string (a log line), should it need escaping.
    const escaped = JSON.stringify(secret).slice(1, -1);
    if (escaped !== secret) out = out.split(escaped).join(REDACTED);
  }
  for (const shape of TOKEN_SHAPES) out = out.replace(shape, REDACTED);
  return out;
}
