import type { TextSource } from './stories-codec.js';

/**
 * Bytes decoded per piece. Decoding a 40 MB blob into one string is one uninterruptible call
 * (tens of milliseconds); a piece this size decodes in well under a millisecond.
 */
export const PIECE_BYTES = 256 * 1024;

/**
 * A text blob decoded a piece at a time as passages ask for it (their ranges ascend). A passage
 * is a slice of the piece it falls in, so V8 shares the characters as with one whole string; a
 * passage that straddles two pieces starts the next piece, which carries the tail of the last.
 */
export function pieceSource(bytes: Uint8Array, encoding: 'latin1' | 'utf8', pieceBytes = PIECE_BYTES): TextSource {
  // ignoreBOM: a passage may start with U+FEFF; the default would drop it.
  const decoder = encoding === 'utf8' ? new TextDecoder('utf-8', { ignoreBOM: true }) : undefined;
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let piece = '';
  /** Where `piece` starts in the whole blob (UTF-16 units). */
  let pieceStart = 0;
  let read = 0;

  const more = (from: number): boolean => {
    if (read >= buffer.length) return false;
    const to = Math.min(buffer.length, read + pieceBytes);
    const chunk = decoder ? decoder.decode(buffer.subarray(read, to), { stream: to < buffer.length }) : buffer.toString('latin1', read, to);
    read = to;
    piece = piece.slice(from - pieceStart) + chunk;
    pieceStart = from;
    return true;
  };

  return {
    slice(start, end) {
      if (start < pieceStart) return undefined;
      while (end > pieceStart + piece.length) if (!more(start)) return undefined;
      return piece.slice(start - pieceStart, end - pieceStart);
    },
    endsAt: (end) => read >= buffer.length && end === pieceStart + piece.length,
  };
}
