import { YEAR_SOURCE } from './values.js';
/**
 * Marks of an event set before the story's own, shared by span choice and the yes/no judge:
 * "had won" before a verb, and times before now ("last year", "in 2019", "ago").
 */

/** "had won", "had already left": the past perfect right before a verb. */
export const PAST_PERFECT_BEFORE = /\bhad\s+(?:(?:already|never|ever|not|previously|also|just|twice|once)\s+)?$/i;

/** Words that set an event before the story's own time: "in each of the last two seasons", "in 2019". */
export const EARLIER_TIME = new RegExp(String.raw`\b(?:last|previous|previously|earlier|before|ago|once|since)\b|\bin\s+${YEAR_SOURCE}\b`, 'i');

/**
 * A future or a plan before a date: "will face … on June 3", "is due to open on …", "said it would
 * reopen it in March", "a second strike is planned for November 12". The date is of something to come.
 */
export const SET_AHEAD_BEFORE = /\b(?:will|shall|would|(?:is|are)\s+(?:due|set|scheduled|expected)\s+to|(?:is|are|was|were)\s+(?:planned|scheduled)\s+for)\s[^.;!?,]{0,100}$/i;
