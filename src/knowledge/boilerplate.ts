/**
 * What a page copied from a news site carries besides the story, as data. The cleaner applies
 * these rules to every paragraph of every file; to teach it a new site's furniture, add a rule here.
 */

/** Lines that are page furniture wherever they stand on their own. */
export const FURNITURE_LINES: readonly RegExp[] = [
  /^read more\.?$/i,
  /^advertisement$/i,
  /^support now$/i,
  /^(?:sign up|subscribe)\b.{0,120}$/i,
  /^(?:get|join|receive|sign up for|subscribe to)\b.{0,100}\bnewsletters?\b.{0,60}$/i,
  /^(?:share|share this article|follow us|related|recommended|most read|click here)\b.{0,60}$/i,
  /^(?:photo|image|video)s?$/i,
];

/**
 * Signals of a reader-revenue or newsletter appeal. A paragraph with two or more of them is an
 * appeal, not reporting: one alone can occur in a real story ("donations to the campaign").
 */
export const APPEAL_SIGNALS: readonly RegExp[] = [
  /\byour support\b/i,
  /\byour donation\b/i,
  /\bdonate\b/i,
  /\bsupport now\b/i,
  /\bread more\b/i,
  /\bpaywalls?\b/i,
  /\bsubscribe\b/i,
  /\bsign up\b/i,
  /\bquality journalism\b/i,
  /\bindependent journalism\b/i,
  /\bnewsletter\b/i,
  /\bunlimited access\b/i,
];
export const APPEAL_MIN_SIGNALS = 2;

/** Words that open a photo caption on common news sites; the rest of the paragraph is the caption. */
export const CAPTION_OPENERS: readonly RegExp[] = [
  /^open image in gallery\s*/i,
  /^(?:photo|image|picture)\s*(?:caption)?\s*:\s*/i,
  /^caption\s*:\s*/i,
];

/** A photo credit closing a caption: "( AP )", "(Getty Images)". */
export const CAPTION_CREDIT = /\s*\(\s*[^()]{1,80}\)\s*$/;

/** Page metadata a scraper leaves at the start of the text: "date 2025-11-26 …". */
export const LEADING_DATE = /^\s*(?:date|published|updated)\s*:?\s*(\d{4}-\d{2}-\d{2})\b\s*/i;
