import type { Sentence } from '../../corpus/corpus.js';
import { findEntity, roleNoun, type Entity } from '../../corpus/entities.js';
import { askedRoles, findPerson, holderOf } from '../../corpus/entity-lookup.js';
import type { KnowledgeBase } from '../../knowledge-base/knowledge-base.js';
import type { Evidence } from '../say/compose.js';
import type { Question } from '../understand/question.js';
import { asRanked } from './rank.js';
import { LEMMA } from '../../text/lemmas.js';
import { isStopWord, termOf } from '../../text/terms.js';
import { ARTICLE, indefiniteArticle, isKinNoun, isPersonNoun, isTitle, literal, POSSESSIVE_DETERMINERS, rolePhrases, wordOf } from '../../text/lexicon.js';
import { isSentenceOpener } from '../../text/names.js';
import { definedInText, definedSubject } from './defined.js';
import { leadOf } from './referents.js';
import { describedEntity } from '../understand/main-actor.js';
import { kinRoles } from '../../corpus/kin.js';
import { askedNameOf, namedByDescription } from './named-description.js';
import { ownedRoleHolder, possessiveOf, relationOwner } from './owned-role.js';

/**
 * "Who is X?" from the story's own words about X: an apposition or a possessive role the entity
 * index mined ("Jane Roe, the coach", "the mayor's aide Jane Roe" — which describes Roe, never
 * the mayor), else a run of titles written before the name ("Riverton Democrat and city councillor").
 */
export type Description =
  | { kind: 'described'; evidence: Evidence }
  /** The story names X but never says who they are: cite where it names them. */
  | { kind: 'mentioned'; name: string; sentences: Sentence[] };

const DESCRIBED_CONFIDENCE = 0.9;
/** Capitalised words and joiners in a title run before a name; a run this long is no title. */
const MAX_TITLE_WORDS = 6;
const TITLE_JOINER = /^(?:and|of|for|the)$/;
const POSSESSIVE_DETERMINER = wordOf(POSSESSIVE_DETERMINERS);
/** A description that opens with an article or an owner ("Riverton's mayor", "Jane Roe's aide") needs no "the"; "Rovers goalkeeper" does. */
const ARTICLE_OR_OWNER_FIRST = new RegExp(`^(?:${ARTICLE}\\s|(?:\\S+\\s){0,3}\\S+(?:['’]s|s')\\s)`, 'iu');

function isBody(kb: KnowledgeBase, sentence: Sentence | undefined): boolean {
  return sentence !== undefined && kb.corpus.passages[sentence.passage]?.kind === 'body';
}

/** Sentences naming an entity in full, body text first. */
function mentions(kb: KnowledgeBase, entity: Entity): Sentence[] {
  const found = kb.corpus.sentences.filter((sentence) => sentence.text.includes(entity.name));
  return [...found.filter((sentence) => isBody(kb, sentence)), ...found.filter((sentence) => !isBody(kb, sentence))];
}

/**
 * A word of a title written before a name: a capitalised one ("US Rep"), or a lower-case one that
 * no stop word, verb form or adverb is ("union organiser"); `head`, the word next to the name,
 * must then be a person noun to WordNet ("organiser", "linebacker"), so "the deal Jane Roe" is none.
 */
function titleWord(word: string, head: boolean): boolean {
  if (/^\p{Lu}[\p{L}.-]*$/u.test(word)) return true;
  if (!/^\p{Ll}[\p{Ll}-]*$/u.test(word) || isStopWord(word) || LEMMA.has(word) || /(?:ed|ing|ly)$/.test(word)) return false;
  return !head || isPersonNoun(word);
}

/** "Riverton Democrat and city councillor Jane Roe called …" → "Riverton Democrat and city councillor". */
export function titleBefore(text: string, name: string): string | undefined {
  const at = text.indexOf(name);
  if (at <= 0) return undefined;
  const words = text.slice(0, at).trimEnd().split(/\s+/);
  const run: string[] = [];
  for (let i = words.length - 1; i >= 0 && run.length < MAX_TITLE_WORDS; i--) {
    const word = words[i]!;
    // A stop word, a possessive or punctuation ends the run: "told Jane Roe" has no title.
    if (titleWord(word, run.length === 0) || (TITLE_JOINER.test(word) && run.length > 0)) run.unshift(word);
    else break;
  }
  // "his wife Jane Roe" says whose she is (a relation, owned-role.ts), not a title.
  if (POSSESSIVE_DETERMINER.test(words[words.length - 1 - run.length] ?? '')) return undefined;
  while (run.length > 0 && (TITLE_JOINER.test(run[0]!) || isSentenceOpener(run[0]!))) run.shift();
  // The word next to the name says what the person is: a title ("Rep") or a person noun ("organiser").
  const head = run.at(-1);
  return head && (isTitle(head) || isPersonNoun(head.toLowerCase())) ? run.join(' ') : undefined;
}

/** "the authority’s chair" as the text has it, when the mined description left its article behind. */
function withArticle(sentence: string, description: string): string {
  const article = new RegExp(`\\b(${ARTICLE})\\s+${literal(description)}`, 'i').exec(sentence)?.[1];
  return article && /^\p{Ll}/u.test(description) ? `${article.toLowerCase()} ${description}` : description;
}

function acronymDescription(kb: KnowledgeBase, subject: string): Description | undefined {
  const acronym = kb.entities.acronyms?.get(subject.toLowerCase().replace(/\./g, ''));
  const defined = acronym ? kb.corpus.sentences[acronym.sentence] : undefined;
  if (!acronym || !defined) return undefined;
  return { kind: 'described', evidence: { ranked: asRanked(defined), description: { subject: subject.toUpperCase(), text: acronym.expansion }, confidence: DESCRIBED_CONFIDENCE } };
}

/** The role a "who is the mayor?" (or "who's prosecuting …?") asks about, named by the one person the stories give it. */
function roleHolder(kb: KnowledgeBase, question: Question): Description | undefined {
  const roles = askedRoles(question.text);
  const held = roles.flatMap(withRolePhrases).map((role) => holderOf(kb.entities, role)).find((holder) => holder !== undefined);
  const sentence = held ? kb.corpus.sentences[held.description.sentence] : undefined;
  if (!held || !sentence) return roles.length === 1 ? (titleHolder(kb, roles[0]!) ?? kinHolder(kb, roles[0]!)) : undefined;
  const written = withArticle(sentence.text, held.description.text);
  // "treasurer of the Friends" leads a sentence as "The treasurer of the Friends".
  const subject = ARTICLE_OR_OWNER_FIRST.test(written) ? written : `the ${written}`;
  const evidence: Evidence = { ranked: asRanked(sentence), description: { subject: subject.charAt(0).toUpperCase() + subject.slice(1), text: held.entity.name }, confidence: DESCRIBED_CONFIDENCE };
  return { kind: 'described', evidence };
}

/** A role asked with its other names: "ceo of Acme", then "chief executive officer of Acme", "chief executive of Acme". */
function withRolePhrases(role: string): string[] {
  const words = role.split(/\s+/);
  // The role's word is the one before its "of …", else the last.
  const at = words.findIndex((word, i) => i > 0 && word.toLowerCase() === 'of');
  const head = at > 0 ? at - 1 : words.length - 1;
  return [role, ...rolePhrases(words[head] ?? '').map((phrase) => [...words.slice(0, head), phrase, ...words.slice(head + 1)].join(' '))];
}

/** "Who is the mayor?" over "Mayor Jane Roe said": the one person the stories give that title. */
function titleHolder(kb: KnowledgeBase, role: string): Description | undefined {
  const word = role.trim().toLowerCase();
  const term = isTitle(word) ? termOf(word) : null;
  const holders = term ? kb.entities.all.filter((entity) => entity.roles.has(term)) : [];
  const entity = holders.length === 1 ? holders[0]! : undefined;
  const titled = entity ? titledMention(kb, entity, mentions(kb, entity)) : undefined;
  if (!entity || titled?.kind !== 'described') return undefined;
  const run = titled.evidence.description?.text;
  // The title run cited must hold the title asked about, not another of the person's titles.
  if (!run?.split(/\s+/).some((title) => termOf(title.toLowerCase().replace(/\.$/, '')) === term)) return undefined;
  const evidence: Evidence = { ...titled.evidence, description: { subject: `The ${word}`, text: entity.name } };
  return { kind: 'described', evidence };
}

/** "Who is Acme's main rival?" over "Zorbian Corp, its main rival, …" (owned-role.ts). */
function ownedHolder(kb: KnowledgeBase, question: Question): Description | undefined {
  const owned = ownedRoleHolder(kb, question.text);
  return owned ? described(owned.sentence, owned.subject, owned.name, false) : undefined;
}

/**
 * "Who is the mother?" over "Tom Berg and his wife Jane Berg … their child": the one person whose
 * kin the story states (corpus/kin.ts), cited where it names them with their kin.
 */
function kinHolder(kb: KnowledgeBase, role: string): Description | undefined {
  const word = role.trim().toLowerCase();
  const entity = /^\p{Ll}+$/u.test(word) ? describedEntity(kb, `the ${word}`) : undefined;
  const stated = entity ? mentions(kb, entity).find((sentence) => kinRoles(sentence.text).some((kin) => kin.name === entity.name)) : undefined;
  return entity && stated ? described(stated, `The ${word}`, entity.name, false) : undefined;
}

function described(sentence: Sentence, subject: string, text: string, introduced: boolean): Description {
  return { kind: 'described', evidence: { ranked: asRanked(sentence), description: { subject, text, ...(introduced ? { introduced } : {}) }, confidence: DESCRIBED_CONFIDENCE } };
}

/** The first description mined for the entity that `pick` accepts, body text first. */
function minedDescription(kb: KnowledgeBase, entity: Entity, pick: (introduced: boolean) => boolean): Description | undefined {
  const usable = entity.descriptions.filter((d) => pick(d.introduced === true));
  const description = usable.find((d) => isBody(kb, kb.corpus.sentences[d.sentence])) ?? usable[0];
  const sentence = description ? kb.corpus.sentences[description.sentence] : undefined;
  if (!description || !sentence) return undefined;
  const text = description.introduced ? description.text : withIndefinite(withArticle(sentence.text, description.text));
  return described(sentence, entity.name, text, description.introduced === true);
}

/**
 * "union organiser", mined from "Union organiser Jane Roe", says what she is with "a": "a union
 * organiser". A role with its complement reads bare, as the text writes it: "treasurer of the Friends".
 */
function withIndefinite(description: string): string {
  const words = description.split(/\s+/);
  const first = words[0] ?? '';
  if (ARTICLE_OR_OWNER_FIRST.test(description) || words.some((word) => isStopWord(word))) return description;
  // "Rovers captain": the role a name's team or body gives is the one: "the Rovers captain".
  if (!/^\p{Ll}/u.test(first)) return words.length > 1 && /^\p{Ll}/u.test(words.at(-1)!) ? `the ${description}` : description;
  return `${indefiniteArticle(first)} ${description}`;
}


/** "US Rep Jane Roe", or "President Roe": a run of titles before the name (or surname) introduces the person. */
function titledMention(kb: KnowledgeBase, entity: Entity, named: Sentence[]): Description | undefined {
  for (const mention of named) {
    // "the Jane Roe Piano Trust" names something else.
    if (/^\s+\p{Lu}/u.test(mention.text.slice(mention.text.indexOf(entity.name) + entity.name.length))) continue;
    const title = titleBefore(mention.text, entity.name);
    if (title) return described(mention, entity.name, `${title} ${entity.name}`, true);
  }
  const surname = entity.name.split(' ').at(-1) ?? '';
  if (surname === entity.name || findEntity(kb.entities, surname) !== entity) return undefined;
  const escaped = literal(surname);
  for (const mention of kb.corpus.sentences.filter((sentence) => new RegExp(`\\b${escaped}\\b`).test(sentence.text))) {
    const title = titleBefore(mention.text, surname);
    if (title && isTitle(title.split(' ').at(-1) ?? '')) return described(mention, entity.name, `${title} ${surname}`, true);
  }
  return undefined;
}

/** "Who is Jane Roe?" over "… Tom Berg … his then-girlfriend Jane Roe": "Jane Roe is Tom Berg’s then-girlfriend". */
function relationDescription(kb: KnowledgeBase, entity: Entity): Description | undefined {
  for (const relation of entity.relations) {
    const sentence = kb.corpus.sentences[relation.sentence];
    const [determiner = '', ...role] = relation.text.split(' ');
    const owner = sentence ? relationOwner(kb, sentence, entity, determiner) : undefined;
    // Said after "is": "Tom Berg is the air board’s chief inspector", not "… is The air board’s".
    if (sentence && owner) return described(sentence, entity.name, `${possessiveOf(owner).replace(/^The /, 'the ')} ${role.join(' ')}`, false);
  }
  return undefined;
}

/** "A former director of Acme was jailed … Tom Berg, 58, pleaded …": the lead says who Tom Berg is (referents.ts). */
function leadDescription(kb: KnowledgeBase, entity: Entity, named: Sentence[]): Description | undefined {
  for (const mention of named) {
    const lead = leadOf(kb, mention.id - 1);
    const sentence = kb.corpus.sentences[mention.id - 1];
    if (lead && sentence && lead.description !== '' && findEntity(kb.entities, lead.name) === entity) return described(sentence, entity.name, lead.description, false);
  }
  return undefined;
}

/** "Who's Jane Roe?" reads like "Who is Jane Roe?": a name of a few words, not "who's going to pay". */
const WHO_IS_CONTRACTED = new RegExp(String.raw`^who['’]s\s+(?!${ARTICLE}\s)(\S+(?:\s+\S+){0,3}?)[\s?.!]*$`, 'i');

/** Who or what a definition question asks about. */
function subjectOf(question: Question): string | undefined {
  if (question.type === 'definition') return question.subject || undefined;
  return WHO_IS_CONTRACTED.exec(question.text.trim())?.[1];
}

/** What the story says X is, or that it only names X; undefined when X is no name the story knows. */
export function describe(kb: KnowledgeBase, question: Question): Description | undefined {
  const subject = subjectOf(question);
  // Part of a name ("yuri") means a person only when the question asks who: "What is Windows?" is no "Windows XP".
  const partial = /^who\b/i.test(question.text.trim());
  // "What was the little girl's name?" over "their six-month-old child, Lina".
  const asked = askedNameOf(question.text);
  const apposed = asked !== undefined ? namedByDescription(kb, asked) : undefined;
  if (apposed) return described(apposed.sentence, `The ${asked}’s name`, apposed.name, false);
  const kinNamed = asked !== undefined ? kinHolder(kb, asked) : undefined;
  if (kinNamed) return kinNamed;
  // "Who is the dad?" names him; "what does the mother do?" describes the one person the story
  // gives that role ("… and his wife Jane Roe … their child").
  const description = subject && /^the\s+\p{Ll}+$/iu.test(subject.trim()) ? subject.trim().slice(4) : undefined;
  const kin = description !== undefined && !question.asksOccupation ? kinHolder(kb, description) : undefined;
  if (kin) return kin;
  const named = description !== undefined ? describedEntity(kb, subject!)?.name ?? subject : subject;
  const found = (named ? describeNamed(kb, named, partial) : undefined) ?? roleHolder(kb, question) ?? ownedHolder(kb, question) ?? definedByStory(kb, question);
  // "What does Roe do for a living?" is not answered by "Roe's wife": only an occupation answers it.
  if (question.asksOccupation && found?.kind === 'described' && !saysOccupation(found.evidence.description?.text ?? '')) {
    const entity = findPerson(kb.entities, found.evidence.description?.subject ?? '', partial);
    return entity ? { kind: 'mentioned', name: entity.name, sentences: mentions(kb, entity) } : undefined;
  }
  return found;
}

/** A description's role is someone's work, not kin: "a retired pharmacist", not "his wife". */
function saysOccupation(description: string): boolean {
  const role = roleNoun(description);
  return role !== undefined && !isKinNoun(role);
}

/** "What is X?" where the story defines X in its own words (defined.ts). */
function definedByStory(kb: KnowledgeBase, question: Question): Description | undefined {
  const subject = definedSubject(question);
  const found = subject ? definedInText(kb, subject, (sentence) => isBody(kb, sentence)) : undefined;
  return found ? described(found.sentence, found.subject, found.text, false) : undefined;
}

function describeNamed(kb: KnowledgeBase, subject: string, partial: boolean): Description | undefined {
  const acronym = acronymDescription(kb, subject);
  if (acronym) return acronym;
  const entity = findPerson(kb.entities, subject, partial);
  if (!entity) return undefined;
  const named = mentions(kb, entity);
  // A role the text gives ("the town's mayor") says more than a title run, which says more than letters ("QC").
  const found = minedDescription(kb, entity, (introduced) => !introduced) ?? titledMention(kb, entity, named) ?? minedDescription(kb, entity, (introduced) => introduced) ?? leadDescription(kb, entity, named) ?? relationDescription(kb, entity);
  if (found) return found;
  return named.length > 0 ? { kind: 'mentioned', name: entity.name, sentences: named } : undefined;
}
