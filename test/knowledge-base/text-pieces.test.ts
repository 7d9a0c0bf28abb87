import { describe, expect, it } from 'vitest';
import { pieceSource } from '../../src/knowledge-base/text-pieces.js';

/** Cuts `whole` at `ends` through a piece reader, the way passages are read from a blob. */
function readBack(whole: string, ends: number[], encoding: 'latin1' | 'utf8', pieceBytes: number): string[] {
  const source = pieceSource(Buffer.from(whole, encoding), encoding, pieceBytes);
  let start = 0;
  const parts = ends.map((end) => {
    const part = source.slice(start, end);
    start = end;
    return part ?? '<missing>';
  });
  expect(source.endsAt(start)).toBe(true);
  return parts;
}

describe('a text blob read a piece at a time', () => {
  // A BOM that opens a passage, two- to four-byte characters, and passages longer than a piece.
  const texts = ['\ufeffOpens with a BOM.', 'Zoë “quoted”', '', 'An emoji 🙂 here', 'x'.repeat(40), '日本語のテキスト'];
  const whole = texts.join('');
  const ends = texts.reduce<number[]>((all, text) => [...all, (all.at(-1) ?? 0) + text.length], []);

  it('gives back every passage exactly, whatever the piece size (UTF-8 sequences split between pieces)', () => {
    for (const pieceBytes of [1, 2, 3, 5, 7, 16, 1024]) expect(readBack(whole, ends, 'utf8', pieceBytes)).toEqual(texts);
  });

  it('reads Latin-1 blobs the same way', () => {
    const ascii = ['Plain text.', '', 'More plain text, longer than a piece.'];
    const asciiEnds = ascii.reduce<number[]>((all, text) => [...all, (all.at(-1) ?? 0) + text.length], []);
    for (const pieceBytes of [1, 4, 9, 1024]) expect(readBack(ascii.join(''), asciiEnds, 'latin1', pieceBytes)).toEqual(ascii);
  });

  it('says when a range runs past the end, or the blob has text no passage claimed', () => {
    const source = pieceSource(Buffer.from('short', 'utf8'), 'utf8', 2);
    expect(source.slice(0, 9)).toBeUndefined();
    const unclaimed = pieceSource(Buffer.from('short', 'utf8'), 'utf8', 2);
    expect(unclaimed.slice(0, 3)).toBe('sho');
    expect(unclaimed.endsAt(3)).toBe(false);
  });
});
