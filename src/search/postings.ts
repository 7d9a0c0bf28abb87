import MiniSearch from 'minisearch';

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
  freqs: Int32Array;
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

/** A term's postings, turned into a real Map on first use (most terms are never searched). */
class LazyPostings extends Map<number, number> {
  private source: { docs: Int32Array; freqs: Int32Array; from: number; to: number } | undefined;

  constructor(docs: Int32Array, freqs: Int32Array, from: number, to: number) {
    super();
    this.source = { docs, freqs, from, to };
  }

  private fill(): void {
    const source = this.source;
    if (!source) return;
    this.source = undefined;
    for (let at = source.from; at < source.to; at++) super.set(source.docs[at]!, source.freqs[at]!);
  }

  override get size(): number {
    if (this.source) return this.source.to - this.source.from;
    return super.size;
  }
  override get(key: number): number | undefined {
    this.fill();
    return super.get(key);
  }
  override has(key: number): boolean {
    this.fill();
    return super.has(key);
  }
  override set(key: number, value: number): this {
    this.fill();
    return super.set(key, value);
  }
  override delete(key: number): boolean {
    this.fill();
    return super.delete(key);
  }
  override clear(): void {
    this.source = undefined;
    super.clear();
  }
  override keys(): MapIterator<number> {
    this.fill();
    return super.keys();
  }
  override values(): MapIterator<number> {
    this.fill();
    return super.values();
  }
  override entries(): MapIterator<[number, number]> {
    this.fill();
    return super.entries();
  }
  override [Symbol.iterator](): MapIterator<[number, number]> {
    this.fill();
    return super[Symbol.iterator]();
  }
  override forEach(callback: (value: number, key: number, map: Map<number, number>) => void, thisArg?: unknown): void {
    this.fill();
    super.forEach(callback, thisArg);
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

/** Whether short ids and document ids are both 0 … n-1 in order: true for an index built once from a corpus. */
function isIdentity(packed: PackedIndex): boolean {
  for (let n = 0; n < packed.ids.length; n++) if (packed.shortIds[n] !== n || packed.ids[n] !== n) return false;
  return true;
}

export function unpackIndex<T>(packed: PackedIndex, options: ConstructorParameters<typeof MiniSearch<T>>[0]): MiniSearch<T> {
  const { meta } = packed;
  const index = MiniSearch.loadJS<T>(
    { ...meta, documentIds: {}, fieldLength: {}, storedFields: {}, index: [], serializationVersion: 2 } as unknown as Parameters<typeof MiniSearch.loadJS>[0],
    options,
  );
  const raw = internals(index);
  if (!(raw._index && raw._documentIds instanceof Map && raw._fieldLength instanceof Map)) throw new Error('unexpected MiniSearch internals');
  const count = packed.ids.length;
  const lengths = packed.fieldLengths;
  if (isIdentity(packed)) {
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
      const shortId = packed.shortIds[n]!;
      const id = packed.ids[n]!;
      raw._documentIds.set(shortId, id);
      raw._idToShortId.set(id, shortId);
      raw._fieldLength.set(shortId, [lengths[n]!]);
    }
  }
  const terms = packed.terms.length > 0 ? packed.terms.split('\n') : [];
  terms.forEach((term, at) => {
    raw._index.set(term, new Map([[0, new LazyPostings(packed.docs, packed.freqs, packed.offsets[at]!, packed.offsets[at + 1]!)]]));
  });
  return index;
}

/** In how many documents each term occurs: the length of its postings. */
export function documentFrequencies(packed: PackedIndex): Map<string, number> {
  const frequency = new Map<string, number>();
  const terms = packed.terms.length > 0 ? packed.terms.split('\n') : [];
  terms.forEach((term, at) => frequency.set(term, packed.offsets[at + 1]! - packed.offsets[at]!));
  return frequency;
}

/** Document frequencies straight from a built index: a second tokenising pass over the corpus gave the same counts. */
export function frequenciesOf(index: MiniSearch<any>): Map<string, number> {
  const frequency = new Map<string, number>();
  for (const [term, fields] of internals(index)._index) frequency.set(term, fields.get(0)?.size ?? 0);
  return frequency;
}
