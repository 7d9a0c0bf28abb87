import { describe, expect, it } from 'vitest';
import { describedBodies } from '../../../src/answer/retrieve/bodies.js';

const texts = (sentence: string): string[] => describedBodies(sentence).map((span) => span.text);

describe('organisations a story describes rather than names', () => {
  it('are "the", at least one modifier and an organisation noun: "the national air accident board", "The Acme competition authority"', () => {
    expect(texts('The national air accident board has opened an investigation.')).toEqual(['The national air accident board']);
    expect(texts('It was fined by the Acme competition authority on Monday.')).toEqual(['the Acme competition authority']);
  });

  it('run on while a noun follows ("the local hospital staff"), and stop at a verb ("the board said")', () => {
    expect(texts('Doctors said the local hospital staff were busy.')).toEqual(['the local hospital staff']);
    expect(texts('The board said the company would pay.')).toEqual([]);
  });

  it('are not the description of a name after them: "the technology company Acme"', () => {
    expect(texts('The regulator fined the technology company Acme.')).toEqual([]);
  });
});
