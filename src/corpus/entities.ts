import { ARTICLES, isNoun, isOrganisationNoun, isTitle, isVerbForm, POSSESSIVE_DETERMINERS, wordOf } from '../text/lexicon.js';
import { isNameToken, isParticleName, nameKey } from '../text/names.js';
import { endsInPersonNoun, isNounPhrase, isPostNominal, isRolePhrase } from './noun-phrase.js';
import { isPossessive, isStopWord, termOf, withoutPossessive } from '../text/terms.js';
import type { Corpus } from './corpus.js';
import { baseForm } from '../text/wordnet.js';
import { kinRoles } from './kin.js';

/**
 * People and organisations named in the stories, with the descriptions the text gives them
 * ("the mayor's chief aide Jane Roe", "John Doe — a close adviser to the mayor —"), mined
 * from the text so a new story needs no hand-written aliases.
 */
export interface Entity {
  name: string;
  /** `introduced`: only post-nominal letters ("Jane Roe, QC"), quoted as the text writes them. */
  descriptions: { text: string; sentence: number; introduced?: true }[];
  /** Index terms of the role nouns the text calls it by ("envoy", "aide"): "his envoy" may mean it. */
  roles: Set<string>;
  /**
   * What it is to someone the text named before, with a possessive in place of the owner
   * ("Zorbian Corp, its main rival, …" → "its main rival"): only a question naming the owner can use it.
   */
  relations: { text: string; sentence: number }[];
}

export interface EntityIndex {
  /** Lowercase full names and unambiguous surnames to their entity. */
  byKey: Map<string, Entity>;
  all: Entity[];
  /** Lowercase acronyms defined in the text ("Zorbian Ferry Guild (ZFG)") to their expansion. */
  acronyms?: Map<string, { expansion: string; sentence: number }>;
}

const ACRONYM = /^[A-Z][A-Z&]{1,7}$/;
const ACRONYM_JOINER = /^(?:of|the|and|for|de|du|la|&)$/i;

/**
 * "… the Zorbian Ferry Guild (ZFG) …": the words before the brackets whose initials
 * spell the acronym (joiners like "of" may be skipped). Looks back at most 2 words per letter.
 */
function acronymBefore(text: string, tokens: readonly Token[], open: number): string | undefined {
  const acronym = tokens[open + 1]?.text ?? '';
  if (!ACRONYM.test(acronym) || tokens[open + 2]?.text !== ')') return undefined;
  const letters = acronym.replace(/&/g, '');
  let letter = letters.length - 1;
  let at = open - 1;
  let first = -1;
  while (letter >= 0 && at >= 0 && open - at <= 2 * letters.length + 2) {
    const word = tokens[at]!.text;
    if (word.charAt(0).toUpperCase() === letters.charAt(letter) && /^\p{L}/u.test(word)) {
      // A word may give more than its initial: "FedEx" → F, E.
      first = at;
      letter--;
    } else if (!ACRONYM_JOINER.test(word)) return undefined;
    at--;
  }
  if (letter >= 0 || first < 0) return undefined;
  return text.slice(tokens[first]!.start, tokens[open - 1]!.end);
}

/**
 * One token pass per sentence: words (a possessive kept on its word) and the punctuation that
 * closes a description. Every alternative starts on a distinct character class, so matching is
 * linear in the text, and nothing per sentence depends on how many entities are known.
 */
// Word characters as code-unit ranges (ASCII letters and digits, then everything from Latin-1
// letters up, minus the punctuation blocks): several times faster than \p{L} classes under /u.
const WORD_CHAR = 'A-Za-z0-9\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u1FFF\\u2070-\\u2BFF\\u3040-\\uFEFE\\uFF10-\\uFFEF';
const TOKEN = new RegExp(`[${WORD_CHAR}]+(?:['’\\-.&][${WORD_CHAR}]+)*(?:['’]s\\b|(?<=s)'(?=\\s))?|[—–,;.()-]`, 'g');
const LOWER = /^\p{Ll}[\p{Ll}-]*$/u;
const ARTICLE = wordOf(ARTICLES, '');
const SEPARATOR = /^(?:—|–|,|\()$/;
const CLOSER = /^(?:—|–|,|;|\)|\.|\()$/;
const MAX_DESCRIPTION = 90;
const MAX_NAME_WORDS = 4;

/**
 * Words dropped from the front of a mined name. Narrower than text/names.ts's isSentenceOpener on
 * purpose for now: the wider list changes which names are mined, and so the fitted model.
 */
const NOT_A_NAME_START = new Set(['The', 'A', 'An', 'He', 'She', 'It', 'They', 'We', 'I', 'On', 'In', 'At', 'But', 'And', 'During', 'After', 'When', 'Mr', 'Mrs', 'Ms', 'Dr']);


interface Token {
  text: string;
  start: number;
  end: number;
}

function cleanWords(words: string[]): string[] {
  const out = [...words];
  const last = out.length - 1;
  if (last >= 0) out[last] = withoutPossessive(out[last]!);
  while (out.length > 1 && NOT_A_NAME_START.has(out[0] ?? '')) out.shift();
  return out;
}

const PREPOSITION = /^(?:to|of|on|in|for|at|with|from|by|and|who|which|that)$/;

/** The role noun of a description: the word before its first preposition, else its last word. */
export function roleNoun(description: string): string | undefined {
  const words = description.split(/\s+/).filter((word) => !isPossessive(word));
  const stop = words.findIndex((word) => PREPOSITION.test(word));
  const noun = stop > 0 ? words[stop - 1] : words.at(-1);
  return noun && /^\p{Ll}/u.test(noun) ? noun : undefined;
}

/** "Roe, a former teacher, won": the description in apposition after a one-word name at token `at`, kept by surname. */
function keepSurnameDescription(into: Map<string, { text: string; sentence: number }[]>, text: string, tokens: readonly Token[], at: number, sentence: number): void {
  const article = tokens[at + 2];
  if (tokens[at + 1]?.text !== ',' || !article || !ARTICLE.test(article.text)) return;
  let m = at + 3;
  while (m < tokens.length && !CLOSER.test(tokens[m]!.text) && tokens[m]!.end - article.start <= MAX_DESCRIPTION) m++;
  if (m >= tokens.length || !CLOSER.test(tokens[m]!.text) || m === at + 3) return;
  const key = tokens[at]!.text.toLowerCase();
  const list = into.get(key) ?? [];
  list.push({ text: text.slice(article.start, tokens[m - 1]!.end), sentence });
  into.set(key, list);
}

/** "of the Acme Wildlife Trust" after a name, from the "of" at `at`: "of", an optional "the", and a run of capitalised words. */
function affiliationAfter(text: string, tokens: readonly Token[], caps: readonly boolean[], at: number): string | undefined {
  const last = affiliationEnd(text, tokens, caps, at);
  return last === undefined ? undefined : text.slice(tokens[at]!.start, tokens[last]!.end);
}

/** The index of an affiliation's last token, from its "of" at `at`; undefined when no name follows. */
function affiliationEnd(text: string, tokens: readonly Token[], caps: readonly boolean[], at: number): number | undefined {
  let first = at + 1;
  if (/^the$/i.test(tokens[first]?.text ?? '')) first++;
  if (!caps[first]) return undefined;
  let last = first;
  // "of the Oslo Riders' Union": a plural's possessive inside the name goes on to its noun.
  while (last + 1 < tokens.length && caps[last + 1] && adjacent(text, tokens[last]!, tokens[last + 1]!) && (!isPossessive(tokens[last]!.text) || /s['’]$/.test(tokens[last]!.text))) last++;
  return last;
}

function describe(entity: Entity, description: string, sentence: number, introduced?: true): void {
  if (introduced) {
    entity.descriptions.push({ text: description, sentence, introduced });
    return;
  }
  // "the children's room named after Jane Roe" is no description of Roe.
  if (!isNounPhrase(description)) return;
  entity.descriptions.push({ text: description.trim(), sentence });
  const role = roleNoun(description);
  const term = role ? termOf(role) : null;
  // "the world number one" names a rank, not a role: its "one" would make "No one was hurt" a mention.
  if (term && !/\d/.test(term)) entity.roles.add(term);
}

/** "Jane Roe, who said …" reports words, not who she is. */
const SPEECH_VERB = /^(?:said|says|told|tells|added|adds|asked|asks|spoke|speaks|explained|warned|wrote|writes|replied|declined|did|does)$/;

/** How far back a role before a name and a comma is looked for: "the town's deputy mayor, Jane Roe". */
const MAX_ROLE_WORDS_BEFORE = 5;
const ROLE_WORD = /^\p{Ll}[\p{Ll}-]*(?:['’]s)?$/u;

/**
 * "the town's mayor, Jane Roe" or "the chief prosecutor, Jane Roe": the role before a name and a
 * comma, from its article to a person noun right before the comma (a plural is a list, not a role).
 */
function roleBefore(text: string, tokens: readonly Token[], caps: readonly boolean[], name: number): string | undefined {
  const comma = name - 1;
  if (comma < 2 || tokens[comma]!.text !== ',') return undefined;
  const last = tokens[comma - 1]!.text;
  if (/[^s]s$/.test(last)) return undefined;
  let owned = false;
  for (let k = comma - 1; k >= 0 && comma - k <= MAX_ROLE_WORDS_BEFORE; k--) {
    const word = tokens[k]!.text;
    // "through a header from their captain, Tom Berg": "their captain" is a relation (relationBefore), and no header is anyone.
    owned ||= POSSESSIVE_DETERMINER.test(word);
    if (ARTICLE.test(word.toLowerCase())) {
      if (k === comma - 1 || owned) return undefined;
      const role = text.slice(tokens[k]!.start, tokens[comma - 1]!.end);
      return endsInPersonNoun(role) ? `${word.toLowerCase()}${role.slice(word.length)}` : undefined;
    }
    // "Riverton's mayor, Jane Roe": a name's possessive opens the role as an article does.
    if (caps[k] && isPossessive(word) && k < comma - 1) {
      // "Acme Wings' chief executive": the owner's whole name, not its last word.
      let from = k;
      while (from > 0 && caps[from - 1] && !isPossessive(tokens[from - 1]!.text) && adjacent(text, tokens[from - 1]!, tokens[from]!)) from--;
      const role = text.slice(tokens[from]!.start, tokens[comma - 1]!.end);
      return endsInPersonNoun(role) ? role : undefined;
    }
    if (!ROLE_WORD.test(word) && !caps[k]) return undefined;
  }
  return undefined;
}

/** "Its chief executive, Jane Roe, said": a possessive, lower-case words ending in a person noun, a comma, the name. */
function relationBefore(text: string, tokens: readonly Token[], name: number): string | undefined {
  const comma = name - 1;
  if (comma < 2 || tokens[comma]!.text !== ',') return undefined;
  for (let k = comma - 2; k >= 0 && comma - k <= MAX_ROLE_WORDS_BEFORE; k--) {
    const word = tokens[k]!.text;
    if (POSSESSIVE_DETERMINER.test(word)) {
      const role = text.slice(tokens[k]!.start, tokens[comma - 1]!.end);
      return endsInPersonNoun(role) ? `${word.toLowerCase()}${role.slice(word.length)}` : undefined;
    }
    if (!LOWER.test(word)) return undefined;
  }
  return undefined;
}

/**
 * "Union organiser Jane Roe", "the coach Jane Roe": lower-case words right before a name, ending in
 * a person noun, with the article or one capitalised word ("Union", "Coastguard") before them.
 * `k` is the token before the lower-case run, `name` the name's first token.
 */
function roleRightBefore(text: string, tokens: readonly Token[], caps: readonly boolean[], k: number, name: number): string | undefined {
  if (!adjacent(text, tokens[name - 1]!, tokens[name]!) || /[^s]s$/.test(tokens[name - 1]!.text)) return undefined;
  // The role's own words: no verb ("thanked"), no stop word; "his envoy" says whose, which the text said before.
  let from = name - 1;
  while (from - 1 > k && isRoleRunWord(tokens[from - 1]!.text)) from--;
  if (!isRoleRunWord(tokens[from]!.text) || POSSESSIVE_DETERMINER.test(tokens[from - 1]?.text ?? '')) return undefined;
  const opener = from === k + 1 && k >= 0 && (ARTICLE.test(tokens[k]!.text.toLowerCase()) || caps[k]) && adjacent(text, tokens[k]!, tokens[k + 1]!);
  // "Civil Defense Authority director Jane Roe": a longer name before the role is the title run describe.ts quotes whole.
  if (opener && caps[k] && k > 0 && caps[k - 1]) return undefined;
  const written = text.slice(tokens[opener ? k : from]!.start, tokens[name - 1]!.end);
  if (!endsInPersonNoun(written)) return undefined;
  // "Union organiser" opening a sentence is capitalised by position: "union organiser" as a description.
  const first = tokens[k]?.text ?? '';
  // A plural ("Rovers") is more likely a name's than a common noun's.
  const common = isNoun(first.toLowerCase()) && baseForm(first.toLowerCase()) === first.toLowerCase();
  return opener && k === 0 && caps[k] && common ? `${first.toLowerCase()}${written.slice(first.length)}` : written;
}

/** "his then-girlfriend Jane Roe": a possessive and up to three role words right before the name. */
function relationRightBefore(text: string, tokens: readonly Token[], name: number): string | undefined {
  if (name < 2 || !adjacent(text, tokens[name - 1]!, tokens[name]!)) return undefined;
  let from = name - 1;
  while (from > 0 && name - from < 3 && isRoleRunWord(tokens[from - 1]!.text)) from--;
  const determiner = tokens[from - 1];
  if (!isRoleRunWord(tokens[from]!.text) || !determiner || !POSSESSIVE_DETERMINER.test(determiner.text)) return undefined;
  const relation = `${determiner.text.toLowerCase()} ${text.slice(tokens[from]!.start, tokens[name - 1]!.end)}`;
  return endsInPersonNoun(relation) ? relation : undefined;
}

/** An age written in apposition after a name: "Jane Roe, 67,". */
const AGE_TOKEN = /^\d{1,3}$/;

/** A capitalised sentence opener that is a role ("Seismologist"), not a title ("President": a role term) or a name. */
function leadingRoleWord(word: string): string | undefined {
  const lower = word.toLowerCase();
  return !isTitle(lower) && isNoun(lower) && baseForm(lower) === lower && endsInPersonNoun(lower) ? lower : undefined;
}

/** A sentence opener that names a kind of organisation ("Carmaker", "Insurer"), not part of the firm's name. */
function leadingKindOfFirm(word: string): string | undefined {
  const lower = word.toLowerCase();
  return isOrganisationNoun(lower) && baseForm(lower) === lower ? lower : undefined;
}

/** A word a role written before a name is made of: lower-case, no stop word, no verb form. */
function isRoleRunWord(word: string): boolean {
  return LOWER.test(word) && !isStopWord(word) && !isVerbForm(word);
}

const POSSESSIVE_DETERMINER = wordOf(POSSESSIVE_DETERMINERS);

/**
 * What follows a name and a comma without an article: post-nominal letters ("Jane Roe, QC, said"),
 * or a role ("Jane Roe, editor at large at the Gazette, said"). `at` is the token after the comma.
 */
function roleAfter(text: string, tokens: readonly Token[], at: number): { text: string; introduced?: true } | undefined {
  const first = tokens[at];
  if (!first) return undefined;
  const after = tokens[at + 1];
  if (isPostNominal(first.text)) return !after || CLOSER.test(after.text) ? { text: first.text, introduced: true } : undefined;
  // "Jane Roe, Acme's head of products,": a role owned by a name, read after the owner.
  const owner = ownerBefore(tokens, at);
  if (owner > at) {
    const owned = roleAfter(text, tokens, owner);
    return owned && !owned.introduced ? { text: text.slice(first.start, text.indexOf(owned.text, tokens[owner]!.start) + owned.text.length) } : undefined;
  }
  if (!LOWER.test(first.text)) return undefined;
  let m = at + 1;
  while (m < tokens.length && !CLOSER.test(tokens[m]!.text) && tokens[m]!.end - first.start <= MAX_DESCRIPTION) m++;
  if (m < tokens.length && !CLOSER.test(tokens[m]!.text)) return undefined;
  const role = text.slice(first.start, tokens[m - 1]!.end);
  // "Jane Roe, who taught at the school for forty years": quoted as the text introduces her.
  if (first.text === 'who') return m > at + 2 && !SPEECH_VERB.test(after?.text ?? '') ? { text: role, introduced: true } : undefined;
  return isRolePhrase(role) ? { text: role } : undefined;
}

/** The token after a short capitalised owner ending in a possessive ("Acme's", "Zorbco Group's"); `at` when there is none. */
function ownerBefore(tokens: readonly Token[], at: number): number {
  for (let k = at; k < Math.min(tokens.length, at + MAX_NAME_WORDS); k++) {
    const word = tokens[k]!.text;
    if (!/^\p{Lu}/u.test(word)) return at;
    if (isPossessive(word)) return k + 1;
  }
  return at;
}

/** "its main rival" of "Zorbian Corp, its main rival, has …": a possessive and a noun phrase closed off by punctuation. */
function relationAfter(text: string, tokens: readonly Token[], at: number): string | undefined {
  let m = at + 1;
  while (m < tokens.length && !CLOSER.test(tokens[m]!.text) && tokens[m]!.end - tokens[at]!.start <= MAX_DESCRIPTION) m++;
  if (m === at + 1 || (m < tokens.length && !CLOSER.test(tokens[m]!.text))) return undefined;
  const relation = text.slice(tokens[at]!.start, tokens[m - 1]!.end);
  return isNounPhrase(relation) ? relation : undefined;
}

/** Whether only white space separates two tokens (a hyphen between is a separate token). */
function adjacent(text: string, left: Token, right: Token): boolean {
  for (let at = left.end; at < right.start; at++) {
    const code = text.charCodeAt(at);
    if (code !== 32 && code !== 9 && code !== 10 && code !== 13 && code !== 0xa0) return false;
  }
  return true;
}

/** Whether a token can start or continue a name: an upper-case letter then more (cheap test first). */
function capitalised(token: string): boolean {
  const first = token.charCodeAt(0);
  // Only a hyphen after two to four letters can make a lower-case token a particle: test that first.
  if (first >= 97 && first <= 122) return (token.charCodeAt(2) === 45 || token.charCodeAt(3) === 45 || token.charCodeAt(4) === 45) && isParticleName(token);
  if (first >= 65 && first <= 90) return token.length > 1 && isNameToken(token);
  return first > 127 && isNameToken(token);
}

export function mineEntities(corpus: Corpus): EntityIndex {
  const byName = new Map<string, Entity>();
  const entity = (name: string): Entity => {
    const key = name.toLowerCase();
    let found = byName.get(key);
    if (!found) byName.set(key, (found = { name, descriptions: [], roles: new Set(), relations: [] }));
    return found;
  };
  // Capitalised words seen on their own: only those can be a surname alias ("Roe said").
  const standalone = new Set<string>();
  // "President Roe": surname → title role terms, given to the one entity with that surname later.
  const titled = new Map<string, Set<string>>();
  // "Roe, a former teacher,": surname → descriptions, given to the one entity with that surname later.
  const surnameDescriptions = new Map<string, { text: string; sentence: number }[]>();
  const acronyms = new Map<string, { expansion: string; sentence: number }>();
  // Token arrays reused from sentence to sentence: the pass allocates little besides what it keeps.
  const tokens: Token[] = [];
  const caps: boolean[] = [];
  for (const sentence of corpus.sentences) {
    const text = sentence.text;
    let count = 0;
    TOKEN.lastIndex = 0;
    for (let match = TOKEN.exec(text); match !== null; match = TOKEN.exec(text)) {
      const word = match[0];
      const token = tokens[count];
      if (token) {
        token.text = word;
        token.start = match.index;
        token.end = match.index + word.length;
      } else tokens.push({ text: word, start: match.index, end: match.index + word.length });
      caps[count++] = capitalised(word);
    }
    tokens.length = count;
    caps.length = count;
    let i = 0;
    while (i < count) {
      if (tokens[i]!.text === '(') {
        const expansion = acronymBefore(text, tokens, i);
        const key = tokens[i + 1]?.text.toLowerCase() ?? '';
        if (expansion && !acronyms.has(key)) acronyms.set(key, { expansion, sentence: sentence.id });
      }
      if (!caps[i]) {
        i++;
        continue;
      }
      // A run of capitalised words, ended by punctuation, a lower-case word or a possessive.
      let j = i;
      while (!isPossessive(tokens[j]!.text) && j + 1 < tokens.length && caps[j + 1] && adjacent(text, tokens[j]!, tokens[j + 1]!)) j++;
      if (j === i && tokens[i]!.start === 0 && !isPossessive(tokens[i]!.text)) {
        // A lone capitalised first word: capitalised by position, nothing to mine, unless a
        // description in apposition follows ("Roe, a former teacher, won …"): a surname's, kept for its owner.
        keepSurnameDescription(surnameDescriptions, text, tokens, i, sentence.id);
        i++;
        continue;
      }
      // "Seismologist Jane Roe of …" opening a sentence: the role is capitalised by position only.
      // "Carmaker Zorbex is recalling …": a kind of organisation opening a sentence before a one-word name is no part of it.
      const openingRole = tokens[i]!.start === 0 && j - i >= 1 ? (j - i >= 2 ? leadingRoleWord(tokens[i]!.text) : undefined) ?? leadingKindOfFirm(tokens[i]!.text) : undefined;
      if (openingRole) i++;
      const raw: string[] = [];
      for (let t = i; t <= j; t++) raw.push(tokens[t]!.text);
      let words = cleanWords(raw);
      // Leading titles are a role, not part of the name: "Chancellor Jane Roe" is Jane Roe.
      let title: string | undefined;
      // The last title before the name: "US Rep Jane Roe", "Vice President Roe".
      for (let t = words.length - 2; t >= 0; t--) {
        const lower = words[t]!.toLowerCase();
        const word = lower.endsWith('.') ? lower.slice(0, -1) : lower;
        if (isTitle(word)) {
          title = word;
          words = words.slice(t + 1);
          break;
        }
      }
      const name = words.join(' ');
      if (words.length > 1) {
        const found = entity(name);
        if (title) found.roles.add(termOf(title) ?? title);
      } else if (title) {
        const key = name.toLowerCase();
        const roles = titled.get(key) ?? new Set<string>();
        roles.add(termOf(title) ?? title);
        titled.set(key, roles);
        standalone.add(key);
      } else if (tokens[i]!.start > 0) {
        standalone.add(name.toLowerCase());
        keepSurnameDescription(surnameDescriptions, text, tokens, i, sentence.id);
      }
      const nameWords = words.slice(-MAX_NAME_WORDS);
      if (nameWords.length > 1) {
        const named = nameWords.join(' ');
        if (openingRole) describe(entity(named), openingRole, sentence.id);
        // "the mayor's special envoy Jane Roe": 1–4 lower-case words after a possessive.
        let k = i - 1;
        while (k >= 0 && i - 1 - k < 4 && LOWER.test(tokens[k]!.text) && !isPossessive(tokens[k]!.text)) k--;
        if (k >= 0 && k < i - 1 && isPossessive(tokens[k]!.text) && adjacent(text, tokens[k]!, tokens[k + 1]!)) {
          let from = k;
          while (from > 0 && k - from < 2 && caps[from - 1] && adjacent(text, tokens[from - 1]!, tokens[from]!)) from--;
          describe(entity(named), text.slice(tokens[from]!.start, tokens[i - 1]!.end), sentence.id);
        } else if (k < i - 1) {
          // "Union organiser Jane Roe", "spokeswoman Jane Roe": a role written right before the name.
          const role = roleRightBefore(text, tokens, caps, k, i);
          if (role) describe(entity(named), role, sentence.id);
          // "his then-girlfriend Jane Roe": whose, the text said before.
          const relation = role ? undefined : relationRightBefore(text, tokens, i);
          if (relation) entity(named).relations.push({ text: relation, sentence: sentence.id });
        }
        // Closed off by punctuation, the name is in apposition; "Speaking to the judge, Jane Roe said" is not.
        // "the former mayor, Tom Berg of the Acme Party, …": an affiliation belongs to the name in apposition.
        const end = tokens[j + 1]?.text === 'of' ? affiliationEnd(text, tokens, caps, j + 1) ?? j : j;
        const closed = end + 1 >= tokens.length || CLOSER.test(tokens[end + 1]!.text);
        const before = closed ? roleBefore(text, tokens, caps, i) : undefined;
        if (before) describe(entity(named), before, sentence.id);
        const relation = closed && !before ? relationBefore(text, tokens, i) : undefined;
        if (relation) entity(named).relations.push({ text: relation, sentence: sentence.id });
        const next = tokens[j + 1];
        const article = tokens[j + 2];
        if (next && !isPossessive(tokens[j]!.text)) {
          // "John Doe — a close adviser to the mayor —", "Jane Roe, the coach,"
          // A hyphen is a separator only between spaces ("Jane Roe - the coach"), not in "Roe-Smith".
          const dash = next.text === '-' && next.start > tokens[j]!.end && article !== undefined && article.start > next.end;
          const appositive = (SEPARATOR.test(next.text) || dash) && article && ARTICLE.test(article.text);
          // "Jane Roe is a former coach"
          const copula = /^(?:is|was)$/.test(next.text) && article && ARTICLE.test(article.text);
          if (next.text === ',' && POSSESSIVE_DETERMINER.test(article?.text ?? '')) {
            const relation = relationAfter(text, tokens, j + 2);
            if (relation) entity(named).relations.push({ text: relation, sentence: sentence.id });
          } else if (appositive || copula) {
            let m = j + 3;
            while (m < tokens.length && !(appositive ? CLOSER : /^[,;.]$/).test(tokens[m]!.text) && tokens[m]!.end - article.start <= MAX_DESCRIPTION) m++;
            const closed = m >= tokens.length || (appositive ? CLOSER : /^[,;.]$/).test(tokens[m]!.text);
            if (m > j + 3 && (closed || copula)) describe(entity(named), text.slice(article.start, tokens[m - 1]!.end), sentence.id);
          } else if (next.text === 'of') {
            // "said Jane Roe of the Acme Wildlife Trust": whom she speaks for, quoted as the text puts it.
            const affiliation = affiliationAfter(text, tokens, caps, j + 1);
            if (affiliation) describe(entity(named), `${named} ${affiliation}`, sentence.id, true);
          } else if (next.text === ',') {
            // "Jane Roe, 67, who lives in Ostra": an age in apposition comes before the description.
            const age = AGE_TOKEN.test(tokens[j + 2]?.text ?? '') && tokens[j + 3]?.text === ',' ? tokens[j + 2]!.text : undefined;
            const after = roleAfter(text, tokens, age ? j + 4 : j + 2);
            const introducedAs = age ? `${named}, ${age}, ` : `${named}, `;
            if (after?.introduced) describe(entity(named), `${introducedAs}${after.text}`, sentence.id, true);
            else if (after) describe(entity(named), after.text, sentence.id);
          }
        }
      }
      i = j + 1;
    }
  }
  const all = [...byName.values()].filter((found) => found.name.includes(' '));
  const byKey = new Map<string, Entity>();
  const surnames = new Map<string, Entity[]>();
  for (const found of all) {
    byKey.set(found.name.toLowerCase(), found);
    const surname = found.name.split(' ').at(-1)?.toLowerCase() ?? '';
    const owners = surnames.get(surname);
    if (owners) owners.push(found);
    else surnames.set(surname, [found]);
  }
  // A surname is an alias only when one entity has it ("Roe" → "Jane Roe"); a title before it
  // ("President Roe") makes the title one of that entity's roles.
  for (const [surname, owners] of surnames) {
    if (owners.length !== 1) continue;
    const owner = owners[0]!;
    for (const role of titled.get(surname) ?? []) owner.roles.add(role);
    for (const { text, sentence } of surnameDescriptions.get(surname) ?? []) describe(owner, text, sentence);
    if (standalone.has(surname) && !byKey.has(surname)) byKey.set(surname, owner);
  }
  addKinRoles(corpus, byKey);
  return { byKey, all, acronyms };
}

/** The entity a phrase names, by full name or unambiguous surname, case-insensitively. */
/** "Tom Berg and his wife Jane Berg …": the kin each is to the other become their roles ("the dad"). */
function addKinRoles(corpus: Corpus, byKey: ReadonlyMap<string, Entity>): void {
  for (const sentence of corpus.sentences) {
    // Cheap test first: a couple is introduced by "and his" or "and her".
    if (!/ and (?:his|her) /.test(sentence.text)) continue;
    for (const { name, role } of kinRoles(sentence.text)) byKey.get(name.toLowerCase())?.roles.add(termOf(role) ?? role);
  }
}

export function findEntity(entities: EntityIndex, phrase: string): Entity | undefined {
  return entities.byKey.get(nameKey(phrase.trim()));
}

const NAME_PART_OWNERS = new WeakMap<EntityIndex, Record<'first' | 'last', Map<string, Entity | null>>>();

/**
 * The one known entity whose name ends in this word ("Roe" of "Jane Roe"), or undefined when
 * none or several do: a report calls its people by surname after the first mention, even where the
 * surname alone is not listed as an alias (`byKey`).
 */
export function entityBySurname(entities: EntityIndex, word: string): Entity | undefined {
  return namePartOwners(entities).last.get(nameKey(word)) ?? undefined;
}

/** The one known entity whose name starts with this word ("Jane" of "Jane Roe"), or undefined when none or several do. */
export function entityByFirstName(entities: EntityIndex, word: string): Entity | undefined {
  return namePartOwners(entities).first.get(nameKey(word)) ?? undefined;
}

/** Each first and last word of a known name, to its one entity (null when several share it); counted once per index. */
function namePartOwners(entities: EntityIndex): Record<'first' | 'last', Map<string, Entity | null>> {
  let owners = NAME_PART_OWNERS.get(entities);
  if (!owners) {
    owners = { first: new Map(), last: new Map() };
    for (const entity of entities.all) {
      const parts = entity.name.split(' ');
      for (const [map, part] of [[owners.first, parts[0]], [owners.last, parts.at(-1)]] as const) {
        const key = nameKey(part ?? '');
        map.set(key, map.has(key) ? null : entity);
      }
    }
    NAME_PART_OWNERS.set(entities, owners);
  }
  return owners;
}
