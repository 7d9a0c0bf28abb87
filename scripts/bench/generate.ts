import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * A seeded, deterministic archive of news-like stories: people, places, organisations, dates,
 * numbers, money and quotes over a Zipf-distributed made-up vocabulary, with questions whose
 * answers are known because they are generated from the fact sentences planted in the text.
 */
export interface GeneratedQuestion {
  question: string;
  /** The answer text must contain this (case-insensitively). */
  expect: string;
  /** Some citation's text must contain this: the planted fact sentence. */
  cite: string;
}

export interface Archive {
  files: { name: string; text: string }[];
  questions: GeneratedQuestion[];
  passages: number;
}

/** mulberry32: small, fast and good enough for test data; the same seed gives the same archive. */
export function rng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ONSETS = ['b', 'br', 'c', 'ch', 'd', 'dr', 'f', 'g', 'gr', 'h', 'j', 'k', 'l', 'm', 'n', 'p', 'pl', 'r', 's', 'st', 't', 'tr', 'v', 'w', 'z'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ai', 'ea', 'ou'];
const CODAS = ['', '', 'n', 'r', 's', 'l', 'm', 'nd', 'st', 'ck'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const ROLES = ['minister', 'spokesperson', 'director', 'mayor', 'chair', 'adviser', 'commissioner', 'governor', 'treasurer', 'envoy'];
const ORG_KINDS = ['Council', 'Agency', 'Institute', 'Authority', 'Ministry', 'Group', 'Union', 'Commission'];
const VERBS = ['approved', 'rejected', 'delayed', 'funded', 'reviewed', 'expanded', 'suspended', 'defended', 'criticised', 'praised'];
const FILLERS = [
  'The {w} {w} was expected to {w} the {w} of {place}, officials said.',
  '{person} said the {w} would not {w} before the {w} {w}.',
  'Critics in {place} argued that the {w} {w} had {verb} the {w}.',
  'According to the {org}, the {w} {w} {verb} the {w} last {month}.',
  'Residents of {place} {verb} the {w} {w} and the {w} {w}.',
  '“We are {w} the {w} {w},” {person} told reporters in {place}.',
  'The {org} has {verb} {n} {w} {w} since {year}.',
  'It was not clear whether the {w} {w} would {w} the {w} {w}.',
];

class Words {
  private readonly cumulative: number[] = [];
  private readonly vocabulary: string[] = [];
  private readonly used = new Set<string>();

  constructor(
    private readonly random: () => number,
    size: number,
  ) {
    let total = 0;
    for (let rank = 1; rank <= size; rank++) {
      this.vocabulary.push(this.fresh(2 + Math.floor(random() * 2)));
      total += 1 / rank ** 1.05;
      this.cumulative.push(total);
    }
  }

  /** A made-up word never produced before. */
  fresh(syllables: number): string {
    for (;;) {
      let word = '';
      for (let at = 0; at < syllables; at++) word += this.pick(ONSETS) + this.pick(VOWELS) + (at === syllables - 1 ? this.pick(CODAS) : '');
      if (!this.used.has(word)) {
        this.used.add(word);
        return word;
      }
    }
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.random() * items.length)] as T;
  }

  /** A word by Zipf's law: a few are everywhere, most are rare. */
  zipf(): string {
    const total = this.cumulative[this.cumulative.length - 1] ?? 1;
    const target = this.random() * total;
    let low = 0;
    let high = this.cumulative.length - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((this.cumulative[mid] ?? 0) < target) low = mid + 1;
      else high = mid;
    }
    return this.vocabulary[low] ?? 'word';
  }

  /** A rare vocabulary word (deep in the tail): what makes a fact findable. */
  rare(): string {
    return this.vocabulary[Math.floor(this.vocabulary.length * (0.3 + 0.7 * this.random()))] ?? 'word';
  }
}

const capital = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

export function generateArchive(stories: number, seed = 1): Archive {
  const random = rng(seed);
  const words = new Words(random, 20_000);
  const people = Array.from({ length: Math.max(50, stories * 2) }, () => `${capital(words.fresh(2))} ${capital(words.fresh(2 + Math.floor(random() * 2)))}`);
  const places = Array.from({ length: Math.max(30, Math.floor(stories / 2)) }, () => capital(words.fresh(2 + Math.floor(random() * 2))));
  const orgs = Array.from({ length: Math.max(20, Math.floor(stories / 4)) }, () => `${capital(words.fresh(2))} ${words.pick(ORG_KINDS)}`);
  const int = (low: number, high: number): number => low + Math.floor(random() * (high - low + 1));
  const date = () => ({ day: int(1, 28), month: words.pick(MONTHS), year: int(2015, 2025) });
  const fill = (template: string): string =>
    template.replace(/\{(\w+)\}/g, (_all, slot: string) => {
      switch (slot) {
        case 'w': return words.zipf();
        case 'person': return words.pick(people);
        case 'place': return words.pick(places);
        case 'org': return words.pick(orgs);
        case 'verb': return words.pick(VERBS);
        case 'month': return words.pick(MONTHS);
        case 'n': return String(int(2, 900));
        case 'year': return String(int(2000, 2024));
        default: return slot;
      }
    });

  const files: Archive['files'] = [];
  const questions: GeneratedQuestion[] = [];
  let passages = 0;
  for (let story = 0; story < stories; story++) {
    const person = words.pick(people);
    const role = words.pick(ROLES);
    const org = words.pick(orgs);
    const place = words.pick(places);
    const thing = `${words.rare()} ${words.rare()}`;
    const when = date();
    const cost = int(2, 950);
    const count = int(3, 480);
    const counted = words.rare();
    const facts = [
      `${person}, the ${role} of the ${org}, announced the ${thing} in ${place} on ${when.day} ${when.month} ${when.year}.`,
      `The ${thing} will cost $${cost} million, according to the ${org}.`,
      `Officials said ${count} ${counted}s were ${words.pick(VERBS)} under the ${thing}.`,
    ];
    const [announce = '', money = '', counting = ''] = facts;
    const pickOne = int(0, 3);
    questions.push(
      [
        { question: `Who announced the ${thing}?`, expect: person, cite: announce },
        { question: `When was the ${thing} announced?`, expect: `${when.day} ${when.month}`, cite: announce },
        { question: `How much will the ${thing} cost?`, expect: `$${cost} million`, cite: money },
        { question: `How many ${counted}s were affected by the ${thing}?`, expect: String(count), cite: counting },
      ][pickOne]!,
    );
    const paragraphs: string[] = [];
    const total = int(16, 24);
    const factAt = new Map(facts.map((fact) => [int(1, total - 1), fact]));
    for (let paragraph = 0; paragraph < total; paragraph++) {
      const sentences = Array.from({ length: int(1, 3) }, () => fill(words.pick(FILLERS)));
      const fact = factAt.get(paragraph);
      if (fact) sentences.splice(int(0, sentences.length), 0, fact);
      paragraphs.push(sentences.join(' '));
    }
    passages += paragraphs.length;
    const published = `${when.year}-${String(MONTHS.indexOf(when.month) + 1).padStart(2, '0')}-${String(when.day).padStart(2, '0')}`;
    const title = `${capital(thing)} announced in ${place}`;
    const front = `---\ntitle: "${title}"\nsource: The ${capital(words.rare())} Herald\npublished: ${published}\n---\n\n`;
    files.push({ name: `story-${String(story).padStart(5, '0')}.md`, text: front + paragraphs.join('\n\n') + '\n' });
  }
  return { files, questions, passages };
}

/** Writes an archive into an empty folder (removing what was there). */
export async function writeArchive(archive: Archive, dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  for (const file of archive.files) await writeFile(join(dir, file.name), file.text);
}
