import { findEntity, type Entity } from '../corpus/entities.js';
import type { KnowledgeBase } from '../knowledge-base/knowledge-base.js';
import { termOf } from '../text/terms.js';

/** A story's main actor is named in at least this many sentences… */
export const MAIN_ACTOR_MIN_MENTIONS = 3;
/** …and in this many times as many sentences as anyone else (a clear margin, not a near tie). */
export const MAIN_ACTOR_MARGIN = 1.5;

const NAME_RUN = /\p{Lu}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}[\p{L}\p{M}'’-]*)*/gu;
const MAIN_ACTORS = new WeakMap<KnowledgeBase, Map<string, Entity | null>>();

/**
 * The person or organisation a story is mostly about: the one its sentences name most often, by
 * a clear margin; undefined when two are named about as often. Counted once per story and version.
 */
export function mainActor(kb: KnowledgeBase, storyId: string): Entity | undefined {
  let actors = MAIN_ACTORS.get(kb);
  if (!actors) MAIN_ACTORS.set(kb, (actors = new Map()));
  let actor = actors.get(storyId);
  if (actor === undefined) actors.set(storyId, (actor = countMainActor(kb, storyId) ?? null));
  return actor ?? undefined;
}

function countMainActor(kb: KnowledgeBase, storyId: string): Entity | undefined {
  const counts = new Map<Entity, number>();
  for (const sentence of kb.corpus.sentences) {
    if (kb.corpus.passages[sentence.passage]?.storyId !== storyId) continue;
    const named = new Set<Entity>();
    for (const run of sentence.text.matchAll(NAME_RUN)) {
      const words = run[0].split(/\s+/).map((word) => word.replace(/['’]s$/, ''));
      // Any word or pair of words of a capitalised run may be a known name ("President Trump").
      for (let i = 0; i < words.length; i++) {
        const found = findEntity(kb.entities, words.slice(i, i + 2).join(' ')) ?? findEntity(kb.entities, words[i]!);
        if (found) named.add(found);
      }
    }
    for (const entity of named) counts.set(entity, (counts.get(entity) ?? 0) + 1);
  }
  const [first, second] = [...counts].sort((a, b) => b[1] - a[1]);
  if (!first || first[1] < MAIN_ACTOR_MIN_MENTIONS) return undefined;
  return !second || first[1] >= MAIN_ACTOR_MARGIN * second[1] ? first[0] : undefined;
}

/** The one story a conversation is about: the last turn's, else the only story there is. */
export function storyInFocus(kb: KnowledgeBase, lastShown: number | undefined): string | undefined {
  if (lastShown !== undefined) return kb.corpus.passages[lastShown]?.storyId;
  return kb.corpus.stories.length === 1 ? kb.corpus.stories[0]!.id : undefined;
}

/** "the envoy", "the special envoy": the role noun is one of the two words after "the". */
const DESCRIPTION = /\bthe\s+(\p{Ll}+)(?:\s+(\p{Ll}+))?/gu;

/**
 * Who "the president" or "the envoy" is: the one entity the stories give that role (from titles
 * and appositions: "President Roe", "Jane Roe, the coach"); undefined when none or several have it.
 */
export function describedEntity(kb: KnowledgeBase, text: string): Entity | undefined {
  for (const match of text.matchAll(DESCRIPTION)) {
    for (const noun of [match[2], match[1]]) {
      const role = noun === undefined ? null : termOf(noun);
      const holders = role === null ? undefined : roleHolders(kb).get(role);
      if (holders?.length === 1) return holders[0];
    }
  }
  return undefined;
}

const ROLE_HOLDERS = new WeakMap<KnowledgeBase, Map<string, Entity[]>>();

/** Role term → the entities that have it, built once per version (a question must not walk every entity). */
function roleHolders(kb: KnowledgeBase): Map<string, Entity[]> {
  let holders = ROLE_HOLDERS.get(kb);
  if (!holders) {
    holders = new Map();
    for (const entity of kb.entities.all) for (const role of entity.roles) holders.set(role, [...(holders.get(role) ?? []), entity]);
    ROLE_HOLDERS.set(kb, holders);
  }
  return holders;
}
