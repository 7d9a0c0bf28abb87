import { isCapitalised } from '../../text/names.js';
import { BE_FORMS, DETERMINERS, isPastForm, isPersonNoun, wordOf } from '../../text/lexicon.js';
import { termOf, termsOf } from '../../text/terms.js';
import { tokens, type Token } from '../../text/tokenize.js';

/**
 * Who the sentence says did what the question's verb says: someone unnamed ("found … by a
 * passer-by", "engineers found"), no one at all (the verb passive or an adjective with no agent: "Leaked call: how
 * Roe advised Doe" says nothing of who leaked it), or a name it may give (`undefined`).
 */
export type Doer = 'unnamed' | 'unstated' | undefined;

/** "by someone", "by a passer-by": an agent with no name. */
const INDEFINITE = /^(?:someone|somebody|anyone|anybody|a|an|one|unnamed|unidentified|an?onymous)$/i;
/** A "be" form or a determiner right before a past form makes it passive or an adjective: "was leaked", "the leaked call". */
const BEFORE_PARTICIPLE = wordOf([...BE_FORMS, 'been', 'being', 'got', 'get', ...DETERMINERS]);
/** Where a clause ends: an agent past it ("the leaked call, released by Acme") is another verb's. */
const CLAUSE_END = /[,;:—–()]/;

export function doerOf(text: string, verbTerm: string): Doer {
  const all = tokens(text);
  const uses = usesOf(all, verbTerm);
  if (uses.length === 0) return undefined;
  const after = text.slice(uses[0]!.token.start);
  const agent = /\bby\s+(\S+)\s*(\S*)/.exec(after);
  if (agent && INDEFINITE.test(agent[1] ?? '') && !isCapitalised(agent[2] ?? '')) return 'unnamed';
  if (agent && !CLAUSE_END.test(after.slice(0, agent.index))) return undefined;
  const passive = uses.every(({ token, index }) => isPastForm(token.raw) && (index === 0 || BEFORE_PARTICIPLE.test(all[index - 1]!.raw)));
  if (passive) return 'unstated';
  // "after engineers found cracks": the doer is a kind of person, not a name.
  const before = uses[0]!.index > 0 ? all[uses[0]!.index - 1]!.raw : '';
  if (/^\p{Ll}+$/u.test(before) && isPersonNoun(before)) return 'unnamed';
  // "after a (local) newspaper reported": an indefinite subject right before the verb names nobody.
  const lead = all.slice(Math.max(0, uses[0]!.index - 3), uses[0]!.index).map((token) => token.raw);
  const article = lead.findIndex((word) => /^an?$/i.test(word));
  return article >= 0 && article < lead.length - 1 && lead.slice(article + 1).every((word) => /^\p{Ll}+$/u.test(word)) ? 'unnamed' : undefined;
}

const DETERMINER = wordOf(DETERMINERS);

/**
 * Whether a sentence says the question's verb only as an adjective before a noun ("a leaked
 * transcript") or inside its source ("according to another recording"): it names a thing the act
 * made, not the act, so its reason, time or place belong to another verb.
 */
export function onlyAsAdjective(text: string, verbTerm: string, askedOf: readonly string[] = []): boolean {
  const all = tokens(text);
  const uses = usesOf(all, verbTerm);
  const adjective = (token: Token, index: number): boolean => isPastForm(token.raw) && index > 0 && DETERMINER.test(all[index - 1]!.raw) && /^\p{Ll}+$/u.test(all[index + 1]?.raw ?? '');
  // "When was the study published?" asks of the source itself: "according to a study published on Monday" says it.
  const inSource = (token: Token): boolean => {
    const clause = text.slice(0, token.start).split(CLAUSE_END).at(-1) ?? '';
    const source = SOURCE_BEFORE.exec(clause);
    return source !== null && !termsOf(clause.slice(source.index)).some((term) => askedOf.includes(term));
  };
  return uses.length > 0 && uses.every(({ token, index }) => adjective(token, index) || inSource(token));
}

/** "according to another recording": the words after it name a source, not an act of the sentence. */
const SOURCE_BEFORE = /\baccording\s+to\b/i;

/** A "be" or "get" form before the question's verb: "who was chosen?" asks who underwent it, not who did it. */
const PASSIVE_BEFORE = wordOf([...BE_FORMS, 'been', 'being', 'got', 'get', 'gets']);

/** Whether a "who" question is passive ("who was designated?"): a passive sentence's subject answers it. */
export function asksPatient(question: string, verb: string): boolean {
  const words = tokens(question).map((token) => token.raw);
  const at = words.findIndex((word) => word.toLowerCase() === verb.toLowerCase());
  return at > 0 && PASSIVE_BEFORE.test(words[at - 1]!);
}

/** Whether a sentence uses the question's verb at all ("released" for "who released …?"). */
export function usesVerb(text: string, verbTerm: string): boolean {
  return usesOf(tokens(text), verbTerm).length > 0;
}

/** Where a sentence's tokens say the question's verb, by its index term. */
function usesOf(all: readonly Token[], verbTerm: string): { token: Token; index: number }[] {
  return all.map((token, index) => ({ token, index })).filter(({ token }) => termOf(token.raw.toLowerCase()) === verbTerm);
}
