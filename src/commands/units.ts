/** `1 story`, `2 stories`: a count with its noun in the right number. */
export const count = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** Bytes as a person reads them: KB under a megabyte (a small index is never "0.0 MB"), else MB. */
export function size(bytes: number): string {
  if (bytes >= 1e6) return `${(bytes / 1e6).toFixed(1)} MB`;
  return `${bytes === 0 ? 0 : Math.max(1, Math.round(bytes / 1e3))} KB`;
}
