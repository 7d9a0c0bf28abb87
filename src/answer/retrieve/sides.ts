import { termOf } from '../../text/terms.js';
import { tokens } from '../../text/tokenize.js';

/** The side a verb takes: "voted for", "argued in favour of", "voted against". */
type Side = 'for' | 'against';

/** "for" or "in favour of" after the verb (and a tally: "voted 31 to 18 in favour") takes its side; "against" the other. */
const SIDE_AFTER = /^\s+(?:\p{Ll}+ly\s+)?(?:[\d,]+\s*(?:to|-|–)\s*[\d,]+\s+)?(for|in\s+favou?r(?:\s+of)?|against)\b/u;

function sideAfter(text: string, end: number): Side | undefined {
  const said = SIDE_AFTER.exec(text.slice(end))?.[1]?.toLowerCase();
  return said === undefined ? undefined : said === 'against' ? 'against' : 'for';
}

/** The side the question's verb takes: "how many voted against?" (the question's own words after its verb). */
function sideOf(text: string, verbForms: ReadonlySet<string>): Side | undefined {
  for (const token of tokens(text)) {
    if (verbForms.has(termOf(token.raw.toLowerCase()) ?? '')) return sideAfter(text, token.start + token.raw.length);
  }
  return undefined;
}

/**
 * Whether the sentence's asked verb takes the other side than the question's: "how many voted
 * against?" is not answered by "five of the seven directors voted for the merger".
 */
export function takesOtherSide(question: string, sentence: string, verbForms: ReadonlySet<string>): boolean {
  const asked = sideOf(question, verbForms);
  const said = asked === undefined ? undefined : sideOf(sentence, verbForms);
  return said !== undefined && said !== asked;
}
