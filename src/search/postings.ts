import MiniSearch from 'minisearch';
import { ITEMS_PER_STEP, runToEnd, type Steps } from '../steps.js';

/**
 * A compact, binary form of a single-field MiniSearch index, and a loader that rebuilds the
 * instance around it. MiniSearch's own JSON turns every posting into an object property, which
 * made a 200,000-passage index take tens of seconds to save and load; here the postings are two
 * Int32Arrays and each term's Map is filled only when a search first touches it.
 *
 * This relies on MiniSearch 7's internal fields (`_index`, `_documentIds`, …): the cache
 * fingerprint includes the MiniSearch version, and a mismatch in shape throws, which the cache
 * treats as corrupt and rebuilds.
 */
interface Internals {
  _documentCount: number;
  _nextId: number;
  _documentIds: Map<number, unknown>;
  _idToShortId: Map<unknown, number>;
  _fieldIds: Record<string, number>;
  _fieldLength: Map<number, number[]>;
  _avgFieldLength: number[];
  _dirtCount: number;
  _storedFields: Map<number, unknown>;
  _index: Map<string, Map<number, Map<number, number>>> & Iterable<[string, Map<number, Map<number, number>>]>;
}

export interface PackedIndex {
  meta: { documentCount: number; nextId: number; fieldIds: Record<string, number>; averageFieldLength: number[]; dirtCount: number };
  /** Terms joined by newlines (index terms never contain whitespace). */
  terms: string;
  /** For term i, its postings are `[offsets[i], offsets[i + 1])` of `docs`/`freqs`. */
  offsets: Int32Array;
  docs: Int32Array;
  /** Term frequency per posting; the persisted index narrows it to bytes when every count fits. */
  freqs: Int32Array | Uint8Array;
  /** Short id → document id (numbers: the corpus sentence ids). */
  shortIds: Int32Array;
  ids: Int32Array;
  fieldLengths: Int32Array;
}

const internals = (index: MiniSearch<never> | MiniSearch<any>): Internals => index as unknown as Internals;

export function packIndex(index: MiniSearch<any>): PackedIndex {
  const raw = internals(index);
  if (Object.keys(raw._fieldIds).length !== 1) throw new Error('packIndex supports single-field indexes only');
  const terms: string[] = [];
  const offsets: number[] = [0];
  let total = 0;
  for (const [, fields] of raw._index) total += fields.get(0)?.size ?? 0;
  const docs = new Int32Array(total);
  const freqs = new Int32Array(total);
  let at = 0;
  for (const [term, fields] of raw._index) {
    if (term.includes('\n')) throw new Error('index term contains a newline');
    terms.push(term);
    for (const [doc, freq] of fields.get(0) ?? []) {
      docs[at] = doc;
      freqs[at++] = freq;
    }
    offsets.push(at);
  }
  const count = raw._documentIds.size;
  const shortIds = new Int32Array(count);
  const ids = new Int32Array(count);
  const fieldLengths = new Int32Array(count);
  let n = 0;
  for (const [shortId, id] of raw._documentIds) {
    if (typeof id !== 'number') throw new Error('packIndex supports numeric document ids only');
    shortIds[n] = shortId;
    ids[n] = id;
    fieldLengths[n++] = raw._fieldLength.get(shortId)?.[0] ?? 0;
  }
  return {
    meta: { documentCount: raw._documentCount, nextId: raw._nextId, fieldIds: raw._fieldIds, averageFieldLength: raw._avgFieldLength, dirtCount: raw._dirtCount },
    terms: terms.join('\n'),
    offsets: Int32Array.from(offsets),
    docs,
    freqs,
    shortIds,
    ids,
    fieldLengths,
  };
}

/**
 * A term's postings as a slice of the packed arrays, answering the calls a search makes (`size`,
 * `keys()`, `get`) straight from them: keys iterate the typed array, and `get` looks next to its
 * previous hit, else bisects, because an index built once lists each term's documents in
 * ascending order (checked when unpacking). Anything else (iterating entries, adding or removing a document) turns it into a
 * real Map first. It is not a Map subclass: constructing ~69,000 Map subclasses took ~150–400 ms
 * of loading, and a search that materialised a common term's Map paid for tens of thousands of
 * entries on the first question that used it.
 */
class PackedPostings {
  private map: Map<number, number> | undefined;
  /** Where the last `get` found its key (starts just before this term's slice). */
  private hint: number;

  constructor(
    private readonly docs: Int32Array,
    private readonly freqs: Int32Array | Uint8Array,
    private readonly from: number,
    private readonly to: number,
    private readonly sorted: boolean,
  ) {
    this.hint = from - 1;
  }

  get [Symbol.toStringTag](): string {
    return 'Map';
  }

  private real(): Map<number, number> {
    if (!this.map) {
      const map = new Map<number, number>();
      for (let at = this.from; at < this.to; at++) map.set(this.docs[at]!, this.freqs[at]!);
      this.map = map;
    }
    return this.map;
  }

  /** Position of `key` among the postings, or -1. */
  private find(key: number): number {
    let low = this.from;
    let high = this.to - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const doc = this.docs[middle]!;
      if (doc === key) return middle;
      if (doc < key) low = middle + 1;
      else high = middle - 1;
    }
    return -1;
  }

  get size(): number {
    return this.map ? this.map.size : this.to - this.from;
  }
  get(key: number): number | undefined {
    if (this.map || !this.sorted) return this.real().get(key);
    // A search walks `keys()` in order and asks `get` for each: the next slot is nearly always it.
    const next = this.hint + 1;
    const at = next < this.to && this.docs[next] === key ? next : this.find(key);
    if (at < 0) return undefined;
    this.hint = at;
    return this.freqs[at];
  }
  has(key: number): boolean {
    if (this.map || !this.sorted) return this.real().has(key);
    return this.find(key) >= 0;
  }
  /** Whether a key in `[low, high)` is among the postings: one bisection when they are sorted. */
  hasBetween(low: number, high: number): boolean {
    if (this.map || !this.sorted) {
      for (let key = low; key < high; key++) if (this.has(key)) return true;
      return false;
    }
    let from = this.from;
    let to = this.to;
    while (from < to) {
      const middle = (from + to) >>> 1;
      if (this.docs[middle]! < low) from = middle + 1;
      else to = middle;
    }
    return from < this.to && this.docs[from]! < high;
  }
  keys(): IterableIterator<number> {
    return this.map ? this.map.keys() : this.docs.subarray(this.from, this.to).values();
  }
  /**
   * The postings as their slice of the packed arrays, in `keys()` order, while nothing has turned
   * them into a Map (else null): `topResults` walks it with an index instead of an iterator.
   */
  packedSlice(): { docs: Int32Array; freqs: Int32Array | Uint8Array; from: number; to: number } | null {
    return this.map ? null : { docs: this.docs, freqs: this.freqs, from: this.from, to: this.to };
  }
  set(key: number, value: number): this {
    this.real().set(key, value);
    return this;
  }
  delete(key: number): boolean {
    return this.real().delete(key);
  }
  clear(): void {
    this.map = new Map();
  }
  values(): IterableIterator<number> {
    return this.real().values();
  }
  entries(): IterableIterator<[number, number]> {
    return this.real().entries();
  }
  [Symbol.iterator](): IterableIterator<[number, number]> {
    return this.real()[Symbol.iterator]();
  }
  forEach(callback: (value: number, key: number, map: Map<number, number>) => void, thisArg?: unknown): void {
    this.real().forEach(callback, thisArg);
  }
}

/**
 * A Map over `0 … size-1` whose lookups are answered from arrays until something iterates or
 * changes it; only then are the entries materialised. With hundreds of thousands of sentences,
 * filling MiniSearch's three per-document Maps dominated loading; searches only call get/has.
 */
class IndexedMap<V> extends Map<number, V> {
  private lookup: ((key: number) => V) | undefined;

  constructor(
    private readonly count: number,
    lookup: (key: number) => V,
  ) {
    super();
    this.lookup = lookup;
  }

  /** Still answering from its lookup: nothing has changed it since it was made. */
  get lazy(): boolean {
    return this.lookup !== undefined;
  }

  private inRange(key: number): boolean {
    return Number.isInteger(key) && key >= 0 && key < this.count;
  }

  private fill(): void {
    const lookup = this.lookup;
    if (!lookup) return;
    this.lookup = undefined;
    for (let key = 0; key < this.count; key++) {
      const value = lookup(key);
      super.set(key, Array.isArray(value) ? ([...value] as V) : value);
    }
  }

  override get size(): number {
    return this.lookup ? this.count : super.size;
  }
  override get(key: number): V | undefined {
    if (this.lookup) return this.inRange(key) ? this.lookup(key) : undefined;
    return super.get(key);
  }
  override has(key: number): boolean {
    return this.lookup ? this.inRange(key) : super.has(key);
  }
  override set(key: number, value: V): this {
    this.fill();
    return super.set(key, value);
  }
  override delete(key: number): boolean {
    this.fill();
    return super.delete(key);
  }
  override clear(): void {
    this.lookup = undefined;
    super.clear();
  }
  override keys(): MapIterator<number> {
    this.fill();
    return super.keys();
  }
  override values(): MapIterator<V> {
    this.fill();
    return super.values();
  }
  override entries(): MapIterator<[number, V]> {
    this.fill();
    return super.entries();
  }
  override [Symbol.iterator](): MapIterator<[number, V]> {
    this.fill();
    return super[Symbol.iterator]();
  }
  override forEach(callback: (value: V, key: number, map: Map<number, V>) => void, thisArg?: unknown): void {
    this.fill();
    super.forEach(callback, thisArg);
  }
}

/** Whether every term lists its documents in ascending order (so lookups can bisect). */
function* postingsAscending(packed: Pick<PackedIndex, 'docs' | 'offsets'>): Steps<boolean> {
  const { docs, offsets } = packed;
  for (let term = 0; term + 1 < offsets.length; term++) {
    if (term % ITEMS_PER_STEP === 0) yield;
    for (let at = offsets[term]! + 1; at < offsets[term + 1]!; at++) if (docs[at - 1]! >= docs[at]!) return false;
  }
  return true;
}

/** Whether short ids and document ids are both 0 … n-1 in order: true for an index built once from a corpus. */
function* isIdentity(packed: Pick<PackedIndex, 'ids' | 'shortIds'>): Steps<boolean> {
  for (let n = 0; n < packed.ids.length; n++) {
    if (n % (16 * ITEMS_PER_STEP) === 0) yield;
    if (packed.shortIds[n] !== n || packed.ids[n] !== n) return false;
  }
  return true;
}

const termList = (terms: string): string[] => (terms.length > 0 ? terms.split('\n') : []);

export function unpackIndex<T>(packed: PackedIndex, options: ConstructorParameters<typeof MiniSearch<T>>[0]): MiniSearch<T> {
  return runToEnd(unpackIndexSteps<T>(packed, options, termList(packed.terms))).minisearch;
}

/**
 * The MiniSearch instance around packed postings, and each term's document frequency, pausing
 * on the way (see src/steps.ts). `terms` is `packed.terms` already split (a reload splits it in pieces).
 */
export function* unpackIndexSteps<T>(
  packed: Omit<PackedIndex, 'terms'>,
  options: ConstructorParameters<typeof MiniSearch<T>>[0],
  terms: readonly string[],
): Steps<{ minisearch: MiniSearch<T>; documentFrequency: Map<string, number> }> {
  const { meta } = packed;
  const index = MiniSearch.loadJS<T>(
    { ...meta, documentIds: {}, fieldLength: {}, storedFields: {}, index: [], serializationVersion: 2 } as unknown as Parameters<typeof MiniSearch.loadJS>[0],
    options,
  );
  const raw = internals(index);
  if (!(raw._index && raw._documentIds instanceof Map && raw._fieldLength instanceof Map)) throw new Error('unexpected MiniSearch internals');
  if (terms.length + 1 !== packed.offsets.length) throw new Error('term list does not match the postings');
  const count = packed.ids.length;
  const lengths = packed.fieldLengths;
  if (yield* isIdentity(packed)) {
    raw._documentIds = new IndexedMap<unknown>(count, (key) => key);
    raw._idToShortId = new IndexedMap<number>(count, (key) => key) as Map<unknown, number>;
    // MiniSearch reads `_fieldLength.get(doc)[field]` once per posting and drops the array, so one
    // reused array spares an allocation per posting (garbage collection was a third of search time).
    // Writes only happen for new documents, whose ids are out of range and materialise the map.
    const scratch = [0];
    raw._fieldLength = new IndexedMap<number[]>(count, (key) => {
      scratch[0] = lengths[key]!;
      return scratch;
    });
  } else {
    for (let n = 0; n < count; n++) {
      if (n % ITEMS_PER_STEP === 0) yield;
      const shortId = packed.shortIds[n]!;
      const id = packed.ids[n]!;
      raw._documentIds.set(shortId, id);
      raw._idToShortId.set(id, shortId);
      raw._fieldLength.set(shortId, [lengths[n]!]);
    }
  }
  const sorted = yield* postingsAscending(packed);
  const frequency = new Map<string, number>();
  for (let at = 0; at < terms.length; at++) {
    if (at % ITEMS_PER_STEP === 0) yield;
    const term = terms[at]!;
    const from = packed.offsets[at]!;
    const to = packed.offsets[at + 1]!;
    const fields = new Map<number, Map<number, number>>();
    fields.set(0, new PackedPostings(packed.docs, packed.freqs, from, to, sorted) as unknown as Map<number, number>);
    raw._index.set(term, fields);
    frequency.set(term, to - from);
  }
  return { minisearch: index, documentFrequency: frequency };
}

/**
 * Whether any document with an id in `[from, to)` contains `term`, straight from the postings: a
 * story's sentences are such a run, so "does the story use this word" needs no term set of the
 * story. An index loaded from a packed one with identity ids answers with one bisection; any
 * other checks each id.
 */
export function termInDocuments(index: MiniSearch<any>, term: string, from: number, to: number): boolean {
  const raw = internals(index);
  const postings = raw._index.get(term)?.get(0) as Map<number, number> | PackedPostings | undefined;
  if (!postings || from >= to) return false;
  const ids = raw._idToShortId;
  if (postings instanceof PackedPostings && ids instanceof IndexedMap && ids.lazy) return postings.hasBetween(from, to);
  for (let id = from; id < to; id++) {
    const shortId = ids.get(id);
    if (shortId !== undefined && postings.has(shortId)) return true;
  }
  return false;
}

/** In how many documents each term occurs: the length of its postings. */
export function documentFrequencies(packed: PackedIndex): Map<string, number> {
  const frequency = new Map<string, number>();
  termList(packed.terms).forEach((term, at) => frequency.set(term, packed.offsets[at + 1]! - packed.offsets[at]!));
  return frequency;
}

/** Document frequencies straight from a built index: a second tokenising pass over the corpus gave the same counts. */
export function frequenciesOf(index: MiniSearch<any>): Map<string, number> {
  const frequency = new Map<string, number>();
  for (const [term, fields] of internals(index)._index) frequency.set(term, fields.get(0)?.size ?? 0);
  return frequency;
}
