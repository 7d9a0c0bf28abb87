/**
 * What a sentence claims, and on whose word: pure functions of a sentence's (or paragraph's)
 * text, so they can run at index time. No tagger: general English cues read before a word.
 */
import { alternation, ARTICLE, AUXILIARY, isVerbForm, PERSON_PRONOUNS, wordOf } from '../text/lexicon.js';
import { DOTTED_NAME_WORD, nameRun, PARTICLE_NAME_WORD } from '../text/names.js';
import { withoutPossessive } from '../text/terms.js';
import { baseForm } from '../text/wordnet.js';
import { POST_NOMINAL_LETTERS } from './noun-phrase.js';
import { isCalendarWord } from '../text/values.js';

/** A stretch of a sentence, by character offsets [start, end). */
export interface Region {
  start: number;
  end: number;
}

/**
 * How the words at a place in a sentence are put: stated as fact, or only planned, predicted,
 * supposed, asked, seen, or wanted by someone.
 */
export type Modality =
  | 'asserted' // "Roe met Doe"
  | 'future' // "Roe will meet Doe"
  | 'planned' // "Roe is set to meet Doe", "is due to", "plans to"
  | 'hypothetical' // "would", "could", "if", "maybe"
  | 'apparent' // "appeared to", "seems to", "reportedly"
  | 'directed' // "told Doe to …", "to ensure …", "called for": wanted, not done
  | 'question'; // "Would Roe do less?"

export interface Claim {
  modality: Modality;
  /** The clause says the opposite: "not", "never", "n't", or a refusal ("refused to comment"). */
  negated: boolean;
  /** The negation is a refusal or denial, which answers "did they …?" with no. */
  refused: boolean;
  /** The words sit inside quotation marks: the speaker's words, not the story's. */
  quoted: boolean;
  /** Indirect speech ("Roe said that …", "Roe agreed that …"): the speaker's claim, not the story's. */
  reported: boolean;
}


/**
 * The parts of a sentence inside quotation marks. A sentence that closes a quotation it did not
 * open started inside it (the quotation began in the sentence before); one that opens and never
 * closes runs to its end. Straight quotes alternate open, close.
 */
export function quotedRegions(text: string): Region[] {
  const regions: Region[] = [];
  let open: number | undefined;
  let straightOpen = false;
  for (let at = 0; at < text.length; at++) {
    const char = text.charAt(at);
    const opening = char === '“' || (char === '"' && !straightOpen);
    const closing = char === '”' || (char === '"' && straightOpen);
    if (char === '"') straightOpen = !straightOpen;
    if (opening && open === undefined) open = at + 1;
    else if (closing) {
      regions.push({ start: open ?? 0, end: at });
      open = undefined;
    }
  }
  if (open !== undefined) regions.push({ start: open, end: text.length });
  return regions;
}

/** The quotation an offset sits in, if any. */
export function quotationAt(text: string, offset: number): Region | undefined {
  return quotedRegions(text).find((region) => region.start <= offset && offset < region.end);
}

/** Whether the sentence is a question: it ends in "?" (closing quotes and brackets aside). */
export function isQuestion(text: string): boolean {
  return /\?[”"’')\]]*\s*$/.test(text);
}

/** Where a clause starts before an offset: after the last comma, semicolon, colon, dash or bracket. */
function clauseStart(text: string, offset: number): number {
  const before = text.slice(0, offset);
  let start = 0;
  for (const match of before.matchAll(/[,;:—–()]|\s-\s|[.!?][”"’]?\s/g)) start = match.index + match[0].length;
  return start;
}

/**
 * "Passengers whose flights are cancelled will be offered a refund": a rule for whoever it befalls,
 * opened by a bare plural and its relative clause, says of no one that it happened.
 */
const GENERIC_RELATIVE = /^(?:\p{Lu}\p{Ll}+s|Anyone|Those|Whoever)\s+(?:whose|who|that)\s/u;

/**
 * Negators; counted in the clause, so "not … not" cancels out. "No one was hurt" denies that anyone
 * was, and "no patients were hurt" that they were: "no" before a word of the clause counts, not a
 * "no" just before the word itself ("no arrests", which the yes/no judge reads as the noun's denial).
 */
const NEGATOR = /\b(?:not|never|no longer|neither|nor|without|hardly|fail(?:s|ed)? to|nobody|no[\s-]one|none|nothing)\b|\bno\s+(?=[\p{L}-]+\s)|n['’]t\b|\bcannot\b/giu;
/** A refusal or denial before the word: "refused to comment", "declined to say", "denied meeting", "ruled out an attack". */
const REFUSAL = /\b(?:refus|declin|deni|deny|reject)\w*\b|\brul(?:e|es|ed|ing)\s+out\b/i;

/**
 * Cues read over the whole sentence (or quotation) before the word: they scope past commas.
 * Case-sensitive, so the month "May" or the name "Will" is no modal (a sentence's first letter is
 * lower-cased before matching).
 */
const CUES: { modality: Exclude<Modality, 'asserted' | 'question'>; pattern: RegExp }[] = [
  { modality: 'hypothetical', pattern: /\b(?:would|could|might|may|should|if|unless|whether|maybe|perhaps|possibly|let['’]?s|suppose|imagine)\b|['’]d\b/ },
  { modality: 'directed', pattern: /\b(?:told|asked|urged|ordered|advised|instructed|called for|demanded|wants?|wanted|ensure|so that|in order to|hopes?|hoped)\b/ },
  { modality: 'apparent', pattern: /\b(?:appear(?:s|ed)?|seem(?:s|ed)?|reportedly|allegedly|apparently|likely|unlikely|suspicion of|suspected of|accused of|alleged to)\b/ },
  { modality: 'planned', pattern: /\b(?:set to|due to|expected to|meant to|supposed to|plan(?:s|ned|ning)? to|scheduled to|poised to|intend(?:s|ed)? to|aim(?:s|ed)? to|about to|going to|gonna)\b/ },
  { modality: 'future', pattern: /\b(?:will|shall)\b|['’]ll\b/ },
];

/**
 * "The company said it would appeal", "… said it disagreed and would appeal": reported speech puts
 * "will" back a tense; after a verb of saying and its subject, "would" is the speaker's future, not a
 * condition ("if" anywhere in the sentence still makes one).
 */
const BACKSHIFTED_WOULD = /\b((?:said|says|told\s+\p{Ll}+|added|insisted|announced|confirmed|promised|pledged|vowed|warned)\s+(?:that\s+)?(?:it|he|she|they|we|the\s+\p{Ll}+)(?:\s+[^.;:“”"]*?\s+and)?)\s+would\b(?!\s+(?:have|like|rather|not\s+have)\b)/gu;

/** Verbs that put a figure on someone's word ("Analysts at Acme Bank estimated …"): a claim, its maker before them. */
const ESTIMATE_VERBS = 'estimated|estimates|predicted|predicts';

/** "Roe said (that) …", "Roe agreed that …", "according to Roe", "analysts estimated": someone's claim in the story's voice. */
export const REPORTING = new RegExp(String.raw`\b(?:said|says|told|tells|added|insisted|claimed|argued|agreed|stated|explained|warned|noted|suggested|denied|denies|ruled out|rules out|believes?|believed|thinks?|thought|${ESTIMATE_VERBS}|according to)\b`, 'i');

/** An infinitive marker right before the word: "to celebrate" is a purpose, not an event. */
const INFINITIVE = /\bto\s+(?:\w+ly\s+)?$/i;
/** Verbs that make their infinitive happen: "managed to win" says they won. */
const IMPLICATIVE = /\b(?:managed|went on|continued|began|started|helped|got|came|fail(?:s|ed)?)\s+to\s+(?:\w+ly\s+)?$/i;

/** A denied verb of showing or knowing before a "that" clause: "did not prove that …", "has not shown that …". */
const UNPROVEN = /\b(?:not|never|n['’]t)\s+(?:\p{Ll}+\s+)?(?:prove|proved|proven|show|shown|showed|confirm|confirmed|establish|established|demonstrate|demonstrated)\s+that\s/iu;

/**
 * Conjunctions whose clause is taken as having happened, whatever the main clause wanted: "were
 * told to leave after engineers found cracks" (and ", but" before a new subject, below). Not "until", "before", "once" or "when": "nobody
 * should go back until it is safe" does not say it is safe.
 */
const SUBORDINATOR = /\b(?:after|because|since|while|although|though)\s+(?=\p{Ll}+\s)/gu;

/** The text from the last subordinating conjunction on, or all of it. */
function sinceSubordinator(text: string): string {
  let from = 0;
  for (const match of text.matchAll(SUBORDINATOR)) from = match.index;
  // ", but no deaths": "but" before a new subject starts a claim of its own; before a verb
  // ("would cost more, but save time", "she said, but refused") it shares the first clause's.
  for (const match of text.matchAll(BUT_CLAUSE)) if (match.index > from && !isVerbForm(match[1]!) && baseForm(match[1]!, 'verb') !== match[1]) from = match.index;
  return text.slice(from);
}

const BUT_CLAUSE = /,\s+but\s+(\p{Ll}+)/gu;

/**
 * The claim the words at `offset` belong to. Modality cues count from the start of the sentence,
 * or of the quotation the word sits in; negation counts in the word's own clause.
 */
export function claimAt(text: string, offset: number): Claim {
  const quotation = quotationAt(text, offset);
  const scopeStart = quotation ? quotation.start : 0;
  const scope = text.slice(scopeStart, offset);
  const clause = text.slice(Math.max(scopeStart, clauseStart(text, offset)), offset);
  const negations = clause.match(NEGATOR)?.length ?? 0;
  const refused = REFUSAL.test(clause);
  const asked = quotation ? /\?\s*$/.test(text.slice(quotation.start, quotation.end)) : isQuestion(text);
  // Narration outside the quotation counts too: "Roe agreed that Doe “will congratulate”". A clause
  // a conjunction of time or cause opens is its own: "were told to leave after engineers found cracks".
  const governing = sinceSubordinator(quotation ? `${text.slice(0, quotation.start)} ${scope}` : scope);
  const opening = governing.charAt(0).toLowerCase() + governing.slice(1);
  const lowered = /\b(?:if|unless)\b/i.test(text) ? opening : opening.replace(BACKSHIFTED_WOULD, '$1 will');
  const cue = CUES.find(({ pattern }) => pattern.test(lowered));
  const infinitive = INFINITIVE.test(clause) && !refused && !IMPLICATIVE.test(clause);
  // "did not prove that screens caused it" denies the proof, not the cause: the cause is left open.
  const unproven = UNPROVEN.test(clause);
  const modality: Modality = asked ? 'question' : GENERIC_RELATIVE.test(text) || unproven ? 'hypothetical' : cue ? cue.modality : infinitive ? 'directed' : 'asserted';
  return {
    modality,
    negated: refused || (negations - (unproven ? 1 : 0)) % 2 === 1,
    refused,
    quoted: quotation !== undefined,
    reported: !quotation && (REPORTING.test(scope) || TRAILING_ATTRIBUTION.test(text)),
  };
}

/** Verbs that introduce speech or a claim; the speaker sits next to them. */
export const ATTRIBUTION_VERBS = 'said|says|told|tells|added|continued|insisted|asked|wrote|writes|agreed|argued|claimed|stated|explained|warned|replied|noted|declared|announced|suggested|admitted|recalled|urged|called|denied|denies';

/** Verbs of saying beyond the attribution verbs, in any form: what narration of someone's words uses ("Roe praised the builders"). */
const NARRATING = new RegExp(`\\b(?:${ATTRIBUTION_VERBS}|say|tell|call(?:s|ed)?|describ(?:e|es|ed)|accus(?:e|es|ed)|den(?:y|ies|ied)|prais(?:e|es|ed)|criticis(?:e|es|ed)|criticiz(?:e|es|ed)|defend(?:s|ed)?|promis(?:e|es|ed)|pledg(?:e|es|ed)|vow(?:s|ed)?|according to)\\b`, 'i');

/** Whether a sentence narrates what someone said: it has a verb of saying ("Roe called the news …"). */
export function narratesSpeech(text: string): boolean {
  return NARRATING.test(text);
}

/** A speaker's name: up to four capitalised words, initials allowed ("J. Roe"). */
/** A speaker's name: capitalised words, or one led by a particle ("General Suleiman al-Amr"). */
const NAME = nameRun(`(?:${DOTTED_NAME_WORD}|${PARTICLE_NAME_WORD})`, 1, 4);
/** A word of a role, never an auxiliary: "said the cracks were spotted" names no speaker. */
const ROLE_WORD = String.raw`(?!(?:${AUXILIARY}|been|being)\b)[\p{Ll}-]+`;
const ROLE = String.raw`the\s+(?:${ROLE_WORD}\s+){0,2}${ROLE_WORD}`;
/**
 * A speaker named by a description before the verb: "the mayor said"; an indefinite one only where
 * a clause starts ("after a newspaper reported"), never in apposition ("Jane Roe, a retired engineer, called").
 */
// "The company said …" opening the sentence: its capital is the sentence's.
const SUBJECT_ROLE = String.raw`(?:the|(?<![\s\S])The|(?<=(?:^|\b(?:after|when|before|as|because|while|since|until|and|but)\s))an?)\s+(?:${ROLE_WORD}\s+){0,2}${ROLE_WORD}`;
/** Words that end a speaker's description after its verb: "said the minister on Monday". */
const AFTER_SPEAKER = 'on|in|at|during|after|before|yesterday|today|last';
/** A role after its verb ends the clause or meets such a word: never "said the board had offered 4 percent". */
const ROLE_ENDED = String.raw`${ROLE}(?=\s*(?:[,.;:!?]|$|(?:${AFTER_SPEAKER})\b))`;
/** Whom a titled speaker works for, before the title: "said Acme analyst Jane Roe" is Jane Roe's word, not Acme's. */
const EMPLOYER = String.raw`(?:${NAME}\s+(?=(?!(?:and|or|with|of|for)\b)[\p{Ll}-]+\s))?`;
/** The lower-case words of a title before a name ("said union organiser Jane Roe"), not "said the union on Monday". */
const TITLE_WORDS = String.raw`(?:(?!(?:${AFTER_SPEAKER})\b)[\p{Ll}-]+\s+){0,3}`;
/** Where a speaker works, between their name and the verb: "Jane Roe of the Acme Fund said". */
const AFFILIATION = String.raw`(?:\s+(?:of|at|from)\s+(?:the\s+)?${NAME})?`;
/** An age, post-nominal letters or a who-clause between a name and its verb: "Jane Roe, 42, said", "Jane Roe, QC, said", "Jane Roe, who leads the office, said". */
const AGE = String.raw`(?:,\s*(?:\d{1,3}|${POST_NOMINAL_LETTERS}),|,\s*who\s+[^,“”"]{1,80},)?`;
/** "he" and "He", not "HE": an attribution writes its pronoun in lower case or at the start of a sentence. */
const PERSON_SUBJECTS = PERSON_PRONOUNS.subject.flatMap((word) => [word, word.charAt(0).toUpperCase() + word.slice(1)]);
const PRONOUN = alternation(PERSON_SUBJECTS);
const PRONOUN_WORD = wordOf(PERSON_SUBJECTS, '');
const WHO = `(${NAME}|${ROLE}|${PRONOUN})`;

/** ”, Tom Berg, editor of the Riverton Post, said: the name before its description, not the paper named in it. */
const AFTER_QUOTE_DESCRIBED = new RegExp(String.raw`[”"]\s*,?\s*(${NAME}),\s+\p{Ll}[^,“”"]{1,80},\s+(?:${ATTRIBUTION_VERBS})\b`, 'u');
/** ”, Roe said / ”, the president said / ”, he added */
const AFTER_QUOTE = new RegExp(String.raw`[”"]\s*,?\s*${WHO}\s+(?:${ATTRIBUTION_VERBS})\b`, 'u');
/**
 * "The owners refused, Roe said." / "…, said fire chief Jane Roe." / "…, according to police.": the
 * whole sentence is someone's claim. Not "With the hall almost built, Acme announced that …": a
 * "that" after the verb opens what was said, and the words before it are the story's.
 */
export const TRAILING_ATTRIBUTION = new RegExp(String.raw`,\s*(?:${WHO}\s+(?:${ATTRIBUTION_VERBS})|(?:${ATTRIBUTION_VERBS})\s+(?:${EMPLOYER}${TITLE_WORDS}(?=\p{Lu}))?(${NAME}|${ROLE_ENDED})|according\s+to\s+[^,“”"]+)(?:(?!\bthat\b)[^,“”"])*[.!]?$`, 'u');
/** Verbs of saying that stand before their speaker ("”, said Roe"); "called", "told" or "urged" after a comma take an object instead ("Roe, called the news …"). */
const INVERTING_VERBS = ATTRIBUTION_VERBS.split('|').filter((verb) => !/^(?:called|told|tells|urged|agreed|suggested)$/.test(verb)).join('|');
/** ”, said Roe / ”, said union organiser Jane Roe */
const INVERTED = new RegExp(String.raw`[,”"]\s*(?:${INVERTING_VERBS})\s+(?:${EMPLOYER}${TITLE_WORDS}(${NAME})|(${ROLE_ENDED}))`, 'u');
/** "in the words of the city prosecutor, Jane Roe, QC, “…”": the name, after the role it may follow. */
const WORDS_OF = new RegExp(String.raw`\bin\s+the\s+words\s+of\s+(?:[^,“”"]{1,40},\s+)?(${NAME})`, 'u');
/** Where or to whom a speaker said it, between the name and the verb: "Roe, in remarks to Acme TV, said …". */
const WHERE_SAID = String.raw`(?:,\s+(?:in|speaking|talking|writing)\s+[^,“”"]{1,60})?`;
/** Roe said: “… / Roe told Doe that … / Roe agreed that … / the manager, Jane Roe, said … (not "claimed £38,000 in expenses") */
// "The city has added extra buses" adds things, not words: a perfect "added" is no saying.
const BEFORE = new RegExp(String.raw`(?:^|[\s,(])(${NAME}|${SUBJECT_ROLE}|${PRONOUN})${AFFILIATION}${AGE}${WHERE_SAID},?\s+(?:(?:\p{Ll}+ly|also|then|later|again|further|once)\s+)?(?:(?:has|have|had)\s+)?(?:${ATTRIBUTION_VERBS}|${ESTIMATE_VERBS})\b(?!(?<=claimed)\s+[£$€\d])(?<!\b(?:has|have|had)\s+added)`, 'u');
/** Prepositions that tie a source to what it knows ("familiar with the plans", "the head of the agency"). */
const OF_PHRASE = 'with|of|for|at|from';
/** according to Roe / according to the agency / according to another recording reviewed by Acme / according to a person familiar with the plans / according to a study published (on Monday) */
const ACCORDING = new RegExp(String.raw`\b[Aa]ccording to\s+(${NAME}|(?:${ARTICLE}|another)(?:\s+(?!(?:by|on|in|${OF_PHRASE})\b)[\p{Ll}-]+){1,3}(?:\s+by\s+${NAME}|\s+(?:${OF_PHRASE})\s+(?:${ARTICLE}\s+)?[\p{Ll}-]+)?)`, 'u');
/**
 * Roe … in a statement: “… / Acme's review of the data concluded, “…: the sentence's subject (or
 * its possessor) introduces a quotation after a colon, or after a verb of saying and a comma.
 */
const COLON_QUOTE = new RegExp(String.raw`^(?:[\p{L}\s,]*?\s)??(${NAME})(?:['’]s)?\s+\p{Ll}[^“"]*(?::|\b(?:${ATTRIBUTION_VERBS}|concluded|found|reported),)\s*[“"]`, 'u');

/**
 * Capitalised words that open a clause, not a name: "“I’m told …,” Roe said" is Roe's, not "I'm"'s.
 * Narrower than text/names.ts's isSentenceOpener on purpose for now: the wider list changes whom
 * sentences are attributed to, and so the fitted model.
 */
const NOT_A_SPEAKER = /^(?:The|A|An|This|That|These|Those|It|I|We|You|On|In|At|During|After|But|And|However|When|So|Here|There|Then|Now|(?:I|We|You|It|They|He|She)['’](?:m|s|re|ve|d|ll))$/;

function cleanSpeaker(found: string | undefined): string | undefined {
  if (!found) return undefined;
  const words = withoutPossessive(found.trim().replace(/[.,;:]+$/, '')).split(/\s+/);
  // "The company said …": a description keeps its article ("the company"); "The Acme Trust" is a name.
  if (words[0] === 'The' && words.length > 1 && words.slice(1).every((word) => /^\p{Ll}/u.test(word))) words[0] = 'the';
  while (words.length > 0 && NOT_A_SPEAKER.test(words[0]!)) words.shift();
  // "… published on Wednesday, said": a day or a month never speaks.
  if (words.length > 0 && isCalendarWord(words.at(-1)!)) return undefined;
  return words.length > 0 ? words.join(' ') : undefined;
}

/**
 * Who a sentence says is speaking or claiming: the name beside an attribution verb ("…,” Roe
 * said", "said Roe", "Roe told Doe"), after "according to", or the subject introducing a
 * quotation after a colon. A pronoun ("he said") is returned as written, for the caller to resolve.
 */
export function speakerIn(text: string): string | undefined {
  for (const pattern of [AFTER_QUOTE_DESCRIBED, AFTER_QUOTE, INVERTED, ACCORDING, TRAILING_ATTRIBUTION, BEFORE, WORDS_OF, COLON_QUOTE]) {
    const match = pattern.exec(text);
    const found = cleanSpeaker(match?.[1] ?? match?.[2]);
    if (found) return found;
  }
  return undefined;
}

const SUBJECT_NAME = new RegExp(`(?:^|\\s)(${NAME})${AGE}\\s+\\p{Ll}`, 'gu');
/** "The town's mayor, Jane Roe, said …": a lower-case role opening the sentence, then the name between commas. */
const APPOSED_SUBJECT = new RegExp(`^(?:The|A|An|\\p{Lu}[\\p{L}&.-]*(?:\\s+\\p{Lu}[\\p{L}&.-]*){0,3}['’]s)\\s+[\\p{Ll}'’\\s-]{1,60},\\s+(${NAME}),\\s+\\p{Ll}`, 'u');

/**
 * The name a sentence's narration gives a person ("Harbourmaster Jane Roe apologised" → "Jane
 * Roe"): never a word inside its quotation ("“Safety is our priority,” she said"), and a name of
 * several words before a single one, which may only open the sentence ("Harbourmaster").
 */
function subjectName(sentence: string): string | undefined {
  let narration = blankQuotations(sentence);
  // "Nobody will cross it until it is safe,” she said" closes a quotation opened a sentence before: its words are no narration either.
  const closing = /^[^“"]*?[”"]/.exec(narration);
  if (closing) narration = `${' '.repeat(closing[0].length)}${narration.slice(closing[0].length)}`;
  // "The region's governor, Jane Roe, visited …": a name between commas after its role is the subject.
  const apposed = APPOSED_SUBJECT.exec(narration)?.[1];
  if (apposed !== undefined) return apposed;
  const names = [...narration.matchAll(SUBJECT_NAME)].map((match) => match[1]!);
  return names.find((name) => name.includes(' ')) ?? names[0];
}

/** The sentence with its quotations blanked out, offsets kept: the narration's words alone. */
export function blankQuotations(sentence: string): string {
  let narration = sentence;
  for (const { start, end } of quotedRegions(sentence)) narration = `${narration.slice(0, start)}${' '.repeat(end - start)}${narration.slice(end)}`;
  return narration;
}

export function isPronoun(word: string): boolean {
  return PRONOUN_WORD.test(word);
}

/**
 * The speaker of sentence `index` of a paragraph: its own attribution, else one elsewhere in the
 * paragraph (a quotation runs across sentences: "“A,” Roe said. “B.”"), else undefined. A pronoun
 * speaker is resolved to the last name named before it, in this paragraph or in `before` (the
 * sentences preceding the paragraph, nearest last).
 */
export function speakerOf(paragraph: readonly string[], index: number, before: readonly string[] = []): string | undefined {
  const own = speakerIn(paragraph[index] ?? '');
  const found = own ?? [...paragraph.slice(0, index).reverse(), ...paragraph.slice(index + 1)].map((text) => speakerIn(text)).find(Boolean);
  if (!found || !isPronoun(found)) return found;
  const earlier = [...before, ...paragraph.slice(0, index + 1)].reverse();
  for (const sentence of earlier) {
    const speaker = speakerIn(sentence);
    if (speaker && !isPronoun(speaker)) return speaker;
    // "Tests were negative, she said": what a trailing "she said" reports opens the sentence, not who said it.
    if (sentence === paragraph[index] && TRAILING_ATTRIBUTION.test(sentence)) continue;
    const named = cleanSpeaker(subjectName(sentence));
    // "He said …" opens on the very pronoun being resolved: it names no one.
    if (named && !isPronoun(named)) return named;
  }
  return undefined;
}
