import type { KnowledgeBase } from '../../knowledge-base/knowledge-base.js';

/** A value worked out once per knowledge-base version and key (a story, a name), nothing included. */
export type PerVersion<T> = WeakMap<KnowledgeBase, Map<string, T | null>>;

/**
 * The memoised value for `key` in this version of the knowledge base, computed on first use; a
 * reload builds a new knowledge base, so its values are worked out afresh and the old ones freed.
 */
export function perVersion<T>(memo: PerVersion<T>, kb: KnowledgeBase, key: string, compute: () => T | undefined): T | undefined {
  let values = memo.get(kb);
  if (!values) memo.set(kb, (values = new Map()));
  let value = values.get(key);
  if (value === undefined) values.set(key, (value = compute() ?? null));
  return value ?? undefined;
}
