/**
 * Cell colours: cividis (designed to read the same with the common colour-vision deficiencies) for
 * magnitudes, and purple–orange (ColorBrewer PuOr, safe for deuteranopia and protanopia) for deltas
 * around zero. Every cell also prints its value, so colour is never the only carrier.
 *
 * Both ramps are written out here as d3-scale-chromatic defines them (ISC licence, Mike Bostock;
 * PuOr by Cynthia Brewer): importing them from d3-scale-chromatic cost the heatmap ~32 kB minified,
 * because that module builds every one of its schemes on load, which no bundler can drop.
 * quality-heatmap.scale.test.ts checks these against d3-scale-chromatic colour for colour.
 */

const clampChannel = (value: number): number => Math.max(0, Math.min(255, Math.round(value) || 0));

/** d3's interpolateCividis: polynomial fits of the cividis map, as `rgb(r, g, b)`. */
export function interpolateCividis(t: number): string {
  t = Math.max(0, Math.min(1, t));
  const r = -4.54 - t * (35.34 - t * (2381.73 - t * (6402.7 - t * (7024.72 - t * 2710.57))));
  const g = 32.49 + t * (170.73 + t * (52.82 - t * (131.46 - t * (176.58 - t * 67.37))));
  const b = 81.24 + t * (442.36 - t * (2482.43 - t * (6167.24 - t * (6614.94 - t * 2475.67))));
  return `rgb(${clampChannel(r)}, ${clampChannel(g)}, ${clampChannel(b)})`;
}

/** The 11-class PuOr scheme, orange to purple (d3's schemePuOr[11]). */
const PU_OR = '2d004b5427888073acb2abd2d8daebf7f7f7fee0b6fdb863e08214b358067f3b08';

/** d3-interpolate's uniform cubic B-spline through `values` (interpolateBasis). */
function basisSpline(values: readonly number[]): (t: number) => number {
  const n = values.length - 1;
  return (t) => {
    const i = t <= 0 ? ((t = 0), 0) : t >= 1 ? ((t = 1), n - 1) : Math.floor(t * n);
    const v1 = values[i]!;
    const v2 = values[i + 1]!;
    const v0 = i > 0 ? values[i - 1]! : 2 * v1 - v2;
    const v3 = i < n - 1 ? values[i + 2]! : 2 * v2 - v1;
    const t1 = (t - i / n) * n;
    const t2 = t1 * t1;
    const t3 = t2 * t1;
    return (
      ((1 - 3 * t1 + 3 * t2 - t3) * v0 +
        (4 - 6 * t2 + 3 * t3) * v1 +
        (1 + 3 * t1 + 3 * t2 - 3 * t3) * v2 +
        t3 * v3) /
      6
    );
  };
}

const puOrChannels = [0, 1, 2].map((channel) =>
  basisSpline(
    Array.from({ length: PU_OR.length / 6 }, (_, i) =>
      parseInt(PU_OR.slice(i * 6 + channel * 2, i * 6 + channel * 2 + 2), 16),
    ),
  ),
);

/** d3's interpolatePuOr (interpolateRgbBasis over the 11 colours), as `rgb(r, g, b)`. */
export function interpolatePuOr(t: number): string {
  const [r, g, b] = puOrChannels.map((spline) => clampChannel(spline(t)));
  return `rgb(${r}, ${g}, ${b})`;
}

export type HeatmapMetricName =
  | 'SCORE'
  | 'DELTA_FROM_BASELINE'
  | 'PARTICIPATION_RATE'
  | 'SESSION_CADENCE'
  | 'SESSION_QUALITY'
  | 'WELLBEING';

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
    metric === 'SCORE' || metric === 'SESSION_QUALITY' || metric === 'WELLBEING'
      ? [1, 5]
      : metric === 'PARTICIPATION_RATE'
        ? [0, 1]
        : [0, Math.max(1, ...values)];
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
