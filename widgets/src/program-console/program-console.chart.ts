import { html, nothing, svg, type TemplateResult } from 'lit';

export interface SeriesPoint {
  /** Position on the x axis (e.g. epoch days); the points are drawn in this order. */
  x: number;
  /** The value; null leaves a gap (a withheld month). */
  y: number | null;
}

export interface LineChartOptions {
  points: readonly SeriesPoint[];
  /** Read instead of the drawing (role=img): the values in words. */
  label: string;
  width?: number;
  height?: number;
  /** Horizontal reference lines, drawn dashed: a baseline and a target. */
  baseline?: number | null | undefined;
  target?: number | null | undefined;
  /** Fixed y range (e.g. ratings 1–5); otherwise the data's, with the reference lines. */
  yMin?: number;
  yMax?: number;
  /** Labels for the first and last x positions and the y range's ends. */
  xLabels?: readonly [string, string] | undefined;
  yLabels?: readonly [string, string] | undefined;
}

/**
 * A small line chart in SVG, with its values given in words for assistive technology. Gaps stay
 * gaps: a withheld value is never interpolated into a line. In right-to-left pages the chart stays
 * left-to-right, as time axes do in Arabic reports.
 */
export function lineChart(o: LineChartOptions): TemplateResult {
  const width = o.width ?? 320;
  const height = o.height ?? 120;
  const pad = o.xLabels || o.yLabels ? 18 : 3;
  const values = o.points.map((p) => p.y).filter((y): y is number => y !== null);
  const references = [o.baseline, o.target].filter((v): v is number => v !== null && v !== undefined);
  const all = [...values, ...references];
  let low = o.yMin ?? Math.min(...all);
  let high = o.yMax ?? Math.max(...all);
  if (!Number.isFinite(low) || !Number.isFinite(high)) [low, high] = [0, 1];
  if (low === high) [low, high] = [low - 1, high + 1];
  const xs = o.points.map((p) => p.x);
  const x0 = Math.min(...xs);
  const x1 = Math.max(...xs);
  const sx = (x: number): number => pad + (x1 === x0 ? 0.5 : (x - x0) / (x1 - x0)) * (width - 2 * pad);
  const sy = (y: number): number => height - pad - ((y - low) / (high - low)) * (height - 2 * pad);
  const segments: string[] = [];
  let current: string[] = [];
  for (const p of o.points) {
    if (p.y === null) {
      if (current.length > 0) segments.push(current.join(' '));
      current = [];
      continue;
    }
    current.push(`${sx(p.x).toFixed(1)},${sy(p.y).toFixed(1)}`);
  }
  if (current.length > 0) segments.push(current.join(' '));
  const reference = (value: number | null | undefined, kind: string) =>
    value === null || value === undefined
      ? nothing
      : svg`<line class=${kind} x1=${pad} x2=${width - pad} y1=${sy(value)} y2=${sy(value)}></line>`;
  return html`<svg
    class="chart"
    part="chart"
    role="img"
    aria-label=${o.label}
    viewBox="0 0 ${width} ${height}"
    dir="ltr"
    preserveAspectRatio="none"
  >
    <line class="axis" x1=${pad} x2=${width - pad} y1=${height - pad} y2=${height - pad}></line>
    ${reference(o.baseline, 'baseline')} ${reference(o.target, 'target')}
    ${segments.map(
      (points) =>
        svg`<polyline points=${points} fill="none" stroke="currentColor" stroke-width="2" vector-effect="non-scaling-stroke"></polyline>`,
    )}
    ${o.points
      .filter((p): p is { x: number; y: number } => p.y !== null)
      .map((p) => svg`<circle cx=${sx(p.x)} cy=${sy(p.y)} r="2.5" fill="currentColor"></circle>`)}
    ${
      o.xLabels
        ? svg`<text x=${pad} y=${height - 4}>${o.xLabels[0]}</text>
            <text x=${width - pad} y=${height - 4} text-anchor="end">${o.xLabels[1]}</text>`
        : nothing
    }
    ${
      o.yLabels
        ? svg`<text x="2" y=${sy(low) - 2}>${o.yLabels[0]}</text><text x="2" y=${sy(high) + 10}>${o.yLabels[1]}</text>`
        : nothing
    }
  </svg>`;
}

/** Days since the epoch of an ISO date (`2027-03-01`), the x of a dated point. */
export const epochDay = (date: string): number => Date.parse(`${date.slice(0, 10)}T00:00:00Z`) / 86_400_000;

/** "Mar 2027" in the viewer's language, for an ISO date. */
export function formatMonth(date: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${date.slice(0, 10)}T00:00:00Z`),
  );
}
