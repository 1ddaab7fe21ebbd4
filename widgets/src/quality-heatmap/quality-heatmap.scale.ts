/**
 * Cell colours from d3-scale-chromatic: cividis (designed to read the same with
 * the common colour-vision deficiencies) for magnitudes, and purple–orange
 * (PuOr, safe for deuteranopia and protanopia) for deltas around zero. Every
 * cell also prints its value, so colour is never the only carrier.
 */
import { interpolateCividis, interpolatePuOr } from 'd3-scale-chromatic';

export type HeatmapMetricName = 'SCORE' | 'DELTA_FROM_BASELINE' | 'PARTICIPATION_RATE' | 'SESSION_CADENCE';

export interface ColourScale {
  kind: 'sequential' | 'diverging';
  min: number;
  max: number;
  /** 0…1 position of a value on the scale (clamped). */
  position(value: number): number;
  colour(value: number): string;
}

const clamp = (x: number): number => Math.min(1, Math.max(0, x));

export function scaleFor(metric: HeatmapMetricName, values: readonly number[]): ColourScale {
  if (metric === 'DELTA_FROM_BASELINE') {
    const extent = Math.max(0.5, ...values.map((value) => Math.abs(value)));
    const position = (value: number) => clamp((value + extent) / (2 * extent));
    // PuOr runs orange → purple; read it backwards so gains are purple and losses orange.
    return {
      kind: 'diverging',
      min: -extent,
      max: extent,
      position,
      colour: (v) => interpolatePuOr(1 - position(v)),
    };
  }
  const [min, max] =
    metric === 'SCORE' ? [1, 5] : metric === 'PARTICIPATION_RATE' ? [0, 1] : [0, Math.max(1, ...values)];
  const position = (value: number) => clamp((value - min) / (max - min));
  return { kind: 'sequential', min, max, position, colour: (v) => interpolateCividis(position(v)) };
}

/** Black or white, whichever reads better on `colour` (WCAG relative luminance). */
export function textOn(colour: string): string {
  const match = /rgb\((\d+),\s*(\d+),\s*(\d+)\)/.exec(colour) ?? /#(..)(..)(..)/.exec(colour);
  if (!match) return '#000';
  const channels = match
    .slice(1, 4)
    .map((part) => (part.length === 2 && colour.startsWith('#') ? parseInt(part, 16) : Number(part)));
  const [r, g, b] = channels.map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return 1.05 / (luminance + 0.05) > (luminance + 0.05) / 0.05 ? '#fff' : '#000';
}

/** Five levels as text glyphs, for the high-contrast theme where cells are not filled. */
export function levelGlyph(position: number): string {
  return ['▁', '▂', '▄', '▆', '█'][Math.min(4, Math.floor(position * 5))] ?? '▁';
}
