import { AIM_PHRASE, AIM_WORDS, UNREAL_MODALS, verbLemma } from '../../text/lexicon.js';
import { LEMMA } from '../../text/lemmas.js';
import { words } from '../../text/tokenize.js';
import { baseForm } from '../../text/wordnet.js';
import { termOf } from '../../text/terms.js';
import type { Ranked } from '../retrieve/rank.js';
import type { AnswerType, Question } from '../understand/question.js';

/** Answers that are a figure or a date: what a goal or a forecast names without it being so. */
const FIGURE_TYPES: ReadonlySet<AnswerType> = new Set(['number', 'money', 'percent', 'date']);

/**
 * "What share of users still use it?" over "Its goal is to cut its users to less than one
 * percent": the figure is an aim, and the question asks what is. Read in the span's clause, a
 * few words back; a question that itself asks an aim or what will or could be ("what
 * is it aiming for?", "how much could it cost?") may take one.
 */
export function onlyAimed(question: Question, ranked: Ranked): boolean {
  const span = ranked.span;
  if (!span || !FIGURE_TYPES.has(question.type) || asksAim(question.text)) return false;
  const before = ranked.sentence.text.slice(0, span.start);
  // "… to a new depot in Oslo, 40 kilometres away, by 2030": a figure set off after a name describes the name, whatever is planned.
  if (NAME_THEN_COMMA.test(before)) return false;
  const clause = before.split(CLAUSE_BREAK).at(-1) ?? '';
  return AIM_PHRASE.test(clause.split(/\s+/).slice(-AIM_REACH).join(' '));
}

/** Where the figure's clause begins: "planned to …, but struggled … 17 interceptions" is no plan of 17, nor "backed a plan to …, with 56 percent voting in favour". */
const CLAUSE_BREAK = /[;:]|,?\s+(?:but|while|although|though|whereas)\s|,\s+with\s/i;
const NAME_THEN_COMMA = /\b\p{Lu}\p{Ll}+,\s*(?:about\s+|some\s+|around\s+)?$/u;
/** How many words before the figure an aim may stand: "its goal is to cut its users to less than one percent". */
const AIM_REACH = 12;

/** Whether a question uses an aim word or a modal of what will or could be, in lower case: "May" is a month. */
function asksAim(text: string): boolean {
  return words(text).some((word, at) => {
    const lower = word.toLowerCase();
    if (lower !== word && at > 0) return false;
    // "how many were expected?": the verb's own forms ask the aim too.
    return UNREAL_MODALS.has(lower) || AIM_WORDS.has(LEMMA.get(lower) ?? lower) || AIM_WORDS.has(baseForm(lower, 'noun') ?? lower) || AIM_WORDS.has(baseForm(lower, 'verb') ?? lower);
  });
}

/**
 * "What's the toll?" over "Had it happened an hour later, I think the toll would have been more
 * than forty": a counterfactual says what did not happen. It answers only a
 * question that is itself about what would or could have been, or asks what someone said.
 */
export function onlyCounterfactual(question: Question, ranked: Ranked): boolean {
  if (question.type === 'quote' || question.type === 'yesno' || asksAim(question.text)) return false;
  const text = ranked.sentence.text;
  const span = ranked.span;
  const clause = span ? clauseAround(text, span.start, span.end) : text;
  return COUNTERFACTUAL.test(clause);
}

/** "would have been", "could have died", "had it happened": what did not happen. */
const COUNTERFACTUAL = /\b(?:would|could|might)(?:\s+not|n['’]t)?\s+have\s+\p{L}+|\bhad\s+(?:it|they|he|she|we|i|you|there)\s+(?:not\s+)?\p{L}+(?:ed|en|wn)\b/iu;

function clauseAround(text: string, start: number, end: number): string {
  const before = text.slice(0, start).split(/[;:,]/).at(-1) ?? '';
  const after = text.slice(end).split(/[;:,]/)[0] ?? '';
  return `${before}${text.slice(start, end)}${after}`;
}

/**
 * "Which team drew?" over "… said her side had deserved a draw": the asked act is only the thing
 * someone deserved, wanted or called for, which did not happen. Every use of the asked verb in
 * the sentence must be such a noun for it to answer nothing.
 */
export function onlyWanted(question: Question, ranked: Ranked): boolean {
  const verb = question.mainVerb;
  if (!verb || question.type === 'quote' || question.type === 'yesno' || asksAim(question.text)) return false;
  const list = words(ranked.sentence.text);
  const uses = list.map((word, at) => ({ word, at })).filter(({ word }) => termOf(word.toLowerCase()) === verb.term);
  return uses.length > 0 && uses.every(({ at }) => /^(?:a|an|the)$/i.test(list[at - 1] ?? '') && WANTING.has(verbLemma(list[at - 2] ?? '')));
}

/** Verbs whose object did not happen by being named: "deserved a draw", "wanted a replay", "demanded an inquiry". */
const WANTING: ReadonlySet<string> = new Set(['deserve', 'want', 'demand', 'seek', 'need', 'expect', 'hope', 'request', 'urge', 'propose']);
