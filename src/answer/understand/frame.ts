import { isAuxiliary } from '../../text/lexicon.js';

/**
 * Short follow-ups that ask the last question again with another question word: "when?", "why?",
 * "where?", "how many?", "when did it happen?", "who said that?". The group is the new wh-phrase.
 */
const SHORT_FOLLOW_UP =
  /^(?:and\s+|but\s+|so\s+)?(when|why|where|who|how\s+(?:many|much|long|far|often)|how)(?:\s+(?:did|does|do|was|is|will)\s+(?:it|that|this)(?:\s+(?:happen|take\s+place|come|start|end))?|\s+(?:said|says|did)\s+(?:that|this|so|it)|\s+(?:was|is)\s+(?:it|that|this))?\s*[?!.]*$/i;

/** "and injured?", "what about the treasurer?": new words for the last question's frame. */
const ELLIPSIS = /^(?:and|what\s+about|how\s+about)\s+(?!(?:when|why|where|who|whom|what|which|how)\b)(\p{L}[\p{L}\s'’-]{0,60}?)\s*[?!.]*$/iu;
/** What a count's ellipsis may hold: one or two words, no determiner. */
const COUNTED_WORDS = /^(?!(?:the|a|an|this|that|his|her|its|their)\b)\p{L}+(?:\s+\p{L}+)?$/iu;
/** The frames an ellipsis fills: a count, or whom or what something is. */
const ELLIPSIS_FRAME = /^(?:how\s+(?:many|much)|(?:who|what)\s+(?:is|was|are|were))\b/i;

/**
 * "How many died?" then "and injured?": "How many injured?". The last question's frame with the
 * new words, when it has one an ellipsis can fill; else undefined.
 */
export function fillEllipsis(previous: string, text: string): string | undefined {
  const words = ELLIPSIS.exec(text.trim())?.[1];
  const frame = ELLIPSIS_FRAME.exec(previous.trim())?.[0];
  if (words === undefined || frame === undefined) return undefined;
  // A count is of a bare noun or a participle ("vans", "injured"): "what about the festival?" counts nothing.
  if (/^how/i.test(frame) && !COUNTED_WORDS.test(words)) return undefined;
  return `${capitalise(frame.toLowerCase())} ${words}?`;
}

/** A wh-word and what belongs to it ("how many people", "which team"), before the rest of a question. */
const WH_PHRASE = /^(?:who|whom|whose|what|which|when|where|why|how(?:\s+(?:many|much|long|far|often|old|big))?)\b/i;

/** The new question word a short follow-up asks with ("who said that?" → "who said"), or undefined. */
export function shortFollowUp(text: string): string | undefined {
  const match = SHORT_FOLLOW_UP.exec(text.trim());
  if (!match) return undefined;
  const wh = match[1]!.toLowerCase().replace(/\s+/g, ' ');
  return /^who\b/.test(wh) && /\b(?:said|says)\b/i.test(text) ? 'who said' : wh;
}

/**
 * The last question asked again with a new question word: its content after its own wh-phrase
 * ("When did the call take place?" + where → "Where did the call take place?"); a yes/no question
 * keeps all its words ("Did Roe resign?" + why → "Why did Roe resign?").
 */
export function reframe(previous: string, wh: string, answered?: string): string {
  const body = previous.trim().replace(/[?!.\s]+$/, '');
  const own = WH_PHRASE.exec(body);
  let rest = own ? body.slice(own[0].length).trim() : lowerFirst(body);
  // "What land did Roe want?": a head noun before "did" is the old answer's kind, so it goes; in
  // "Which team won?" or "How many people died?" it is the subject, so it stays.
  if (own && /^(?:what|which|whose|how)/i.test(own[0])) rest = rest.replace(/^\p{L}+\s+(?=(?:did|does|do)\b)/iu, '');
  // "Who released it?" answered "Roe": the answer takes the wh-word's place ("When Roe released it?").
  if (own && answered && /^(?:who|what)$/i.test(own[0]) && !isAuxiliary(rest.split(/\s+/)[0] ?? '')) rest = `${answered} ${rest}`;
  return `${capitalise(wh)} ${rest}?`;
}

const lowerFirst = (text: string): string => text.charAt(0).toLowerCase() + text.slice(1);
const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
