import type { EvalResult } from './run.js';

/** One point of a precision-against-coverage curve: answering the `answered` most confident questions. */
export interface CurvePoint {
  coverage: number;
  precision: number;
  confidence: number;
}

/**
 * The curve from results got with no abstention threshold (each answer's confidence is its fitted
 * probability): sorted by confidence, answering the top k for every k. Rule abstentions stay abstained.
 */
export function precisionCoverage(results: EvalResult[]): CurvePoint[] {
  const ranked = results.filter((result) => !result.answer.abstained).sort((a, b) => b.answer.confidence - a.answer.confidence);
  const points: CurvePoint[] = [];
  let right = 0;
  ranked.forEach((result, at) => {
    if (result.passed) right++;
    const next = ranked[at + 1];
    if (next && next.answer.confidence === result.answer.confidence) return;
    points.push({ coverage: (at + 1) / results.length, precision: right / (at + 1), confidence: result.answer.confidence });
  });
  return points;
}

const WIDTH = 480;
const HEIGHT = 360;
const MARGIN = 48;
const escape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A hand-written SVG of the curve, with the operating point (the abstention threshold) marked. */
export function curveSvg(title: string, points: CurvePoint[], threshold: number): string {
  const x = (coverage: number): number => MARGIN + coverage * (WIDTH - 2 * MARGIN);
  const y = (precision: number): number => HEIGHT - MARGIN - precision * (HEIGHT - 2 * MARGIN);
  const path = points.map((point, at) => `${at === 0 ? 'M' : 'L'}${x(point.coverage).toFixed(1)},${y(point.precision).toFixed(1)}`).join(' ');
  const operating = points.filter((point) => point.confidence >= threshold).at(-1);
  const ticks = [0, 0.25, 0.5, 0.75, 1];
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" font-family="sans-serif" font-size="11">`,
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="white"/>`,
    `<text x="${WIDTH / 2}" y="20" text-anchor="middle" font-size="13">${escape(title)}: precision against coverage</text>`,
    ...ticks.map((t) => `<line x1="${x(t)}" y1="${y(0)}" x2="${x(t)}" y2="${y(1)}" stroke="#eee"/><text x="${x(t)}" y="${y(0) + 14}" text-anchor="middle">${t * 100}%</text>`),
    ...ticks.map((t) => `<line x1="${x(0)}" y1="${y(t)}" x2="${x(1)}" y2="${y(t)}" stroke="#eee"/><text x="${x(0) - 6}" y="${y(t) + 4}" text-anchor="end">${t * 100}%</text>`),
    `<rect x="${x(0)}" y="${y(1)}" width="${x(1) - x(0)}" height="${y(0) - y(1)}" fill="none" stroke="#888"/>`,
    `<text x="${WIDTH / 2}" y="${HEIGHT - 10}" text-anchor="middle">coverage (share of questions answered)</text>`,
    `<text x="14" y="${HEIGHT / 2}" text-anchor="middle" transform="rotate(-90 14 ${HEIGHT / 2})">precision (right answers / answers)</text>`,
    `<path d="${path}" fill="none" stroke="#1f6feb" stroke-width="2"/>`,
    ...(operating
      ? [
          `<circle cx="${x(operating.coverage).toFixed(1)}" cy="${y(operating.precision).toFixed(1)}" r="4" fill="#d1242f"/>`,
          `<text x="${(x(operating.coverage) + 8).toFixed(1)}" y="${(y(operating.precision) - 8).toFixed(1)}" fill="#d1242f">threshold ${threshold}: ${(operating.coverage * 100).toFixed(1)}% answered, ${(operating.precision * 100).toFixed(1)}% right</text>`,
        ]
      : []),
    '</svg>',
    '',
  ].join('\n');
}
