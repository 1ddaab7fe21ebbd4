import type { GatewayError } from '@coachwork/client';
import { msg } from '@lit/localize';
import { html, nothing, svg, type TemplateResult } from 'lit';
import { formField, type ControlWiring } from '../shared/form-field.js';
import { cadenceLabel } from '../shared/labels.js';
import type { TabHostBase } from '../shared/tabbed-element.js';
import { refusalText } from '../shared/refusal.js';
import type { TabName } from './program-console.strings.js';

/*
 * What the tabs share, in one module so that the bundler ships it as one chunk every tab loads
 * (modules reached by different sets of tabs would each get a chunk of their own): the console's
 * interface to a tab, form fields with the gateway's userErrors, small SVG charts, and the labels of
 * the gateway's enums.
 */
/** What a tab module gets from the console, besides what every tab host gives (`TabHostBase`). */
export interface TabHost extends TabHostBase {
  /** The open program; undefined while a new one is being set up. */
  readonly programId: string | undefined;
  /** The tab on screen: a tab's queries pause while another is shown. */
  readonly activeTab: TabName | undefined;
  /** A refusal shown above the tab (role=alert) until dismissed. */
  notice(text: string | undefined): void;
  /** Opens a program (e.g. the one just created) on a tab. */
  open(programId: string, tab: TabName): void;
}

/** A tab's changes, one at a time: `busy` while one is on its way; a refusal becomes the console's notice. */
export class ChangeRunner {
  busy = false;
  readonly #host: TabHost;

  constructor(host: TabHost) {
    this.#host = host;
  }

  async send<T>(send: () => Promise<T>): Promise<T | undefined> {
    if (this.busy) return undefined;
    this.busy = true;
    this.#host.notice(undefined);
    this.#host.requestUpdate();
    try {
      return await send();
    } finally {
      this.busy = false;
      this.#host.requestUpdate();
    }
  }

  /** The gateway's userErrors, else its error in words, as the console's notice. */
  refuse(userErrors: ReadonlyArray<{ message: string }> | undefined, error: GatewayError | undefined): void {
    this.#host.notice(refusalText(this.#host, userErrors, error));
  }
}

/** One tab's view; the console keeps one per tab for the life of the element. */
export interface Tab {
  render(): unknown;
}

export type TabModule = { createTab(host: TabHost): Tab };

// —— A form in a table row ——

/** A form opened in a row under the row it acts on. */
export interface RowForm {
  /** Columns of the table, so the form spans the row. */
  colspan: number;
  /** The form's accessible name (what it does, to whom). */
  label: string;
  /** `inline-form` lays the fields out in one row; `record` stacks rows of fields. */
  layout: 'inline-form' | 'record';
  submitLabel: string;
  busy: boolean;
  submit(): void;
  /** Cancel, or Escape anywhere in the form. */
  cancel(): void;
}

/** The row and its form around `fields`: Enter sends it, Escape or Cancel closes it. */
export function renderRowForm(form: RowForm, fields: unknown): TemplateResult {
  return html`<tr class="reason-row">
    <td colspan=${form.colspan}>
      <form
        part="form"
        class=${form.layout}
        aria-label=${form.label}
        novalidate
        @submit=${(event: SubmitEvent) => {
          event.preventDefault();
          form.submit();
        }}
        @keydown=${(event: KeyboardEvent) => {
          if (event.key === 'Escape') {
            event.preventDefault();
            form.cancel();
          }
        }}
      >
        ${fields}
        <div class="form__actions">
          <button type="submit" part="save-button" ?disabled=${form.busy}>${form.submitLabel}</button>
          <button type="button" class="secondary" part="action-button" @click=${() => form.cancel()}>
            ${msg('Cancel')}
          </button>
        </div>
      </form>
    </td>
  </tr>`;
}

// —— Form fields and the gateway's userErrors ——

/** A userError as the gateway sends it: `field` is the path into the mutation's input. */
export interface FieldError {
  field?: readonly string[] | null;
  message: string;
}

/**
 * The form key an error belongs to: the input's top-level field, or two levels for the nested
 * objects the form shows as separate fields (`policy.horizonDays`, `targetPopulation.jobLevels`).
 */
export function errorKey(field: readonly string[] | null | undefined): string {
  if (!field || field.length === 0) return '';
  const path = field[0] === 'input' ? field.slice(1) : field;
  const [first, second] = path;
  if ((first === 'policy' || first === 'targetPopulation' || first === 'rules') && second !== undefined)
    return `${first === 'rules' ? 'targetPopulation' : first}.${second}`;
  return first ?? '';
}

export const errorFor = (errors: readonly FieldError[], key: string): string | undefined => {
  const messages = errors.filter((e) => errorKey(e.field) === key).map((e) => e.message);
  return messages.length > 0 ? messages.join(' ') : undefined;
};

/** A labelled control with its inline error; `hint` is read with it. */
export function field(
  errors: readonly FieldError[],
  key: string,
  label: string,
  control: (wiring: ControlWiring) => TemplateResult,
  hint?: string,
): TemplateResult {
  return formField(`setup-${key.replace(/\W/g, '-')}`, label, errorFor(errors, key), control, hint);
}

export interface Column {
  label: string;
  /** Figures, aligned to the end. */
  number?: boolean;
  /** Named for screen readers only (a column of buttons). */
  hidden?: boolean;
  /** Shown in the header cell instead of the label (a select-all checkbox, which names itself). */
  content?: unknown;
}

/**
 * A table of the console in its own scrolling box, named by its caption (seen, or for screen
 * readers only), with one header row of `columns` and `rows` as its body.
 */
export function dataTable(
  name: string,
  caption: { text: unknown; seen: boolean },
  columns: readonly Column[],
  rows: unknown,
): TemplateResult {
  return html`<div class="scroll">
    <table part="table" data-table=${name}>
      <caption class=${caption.seen ? 'pad' : 'visually-hidden'}>
        ${caption.text}
      </caption>
      <thead>
        <tr>
          ${columns.map(
            (c) =>
              html`<th scope="col" class=${c.number ? 'number' : nothing}>
                ${c.content ?? (c.hidden ? html`<span class="visually-hidden">${c.label}</span>` : c.label)}
              </th>`,
          )}
        </tr>
      </thead>
      <tbody>
        ${rows}
      </tbody>
    </table>
  </div>`;
}

/** Errors the form shows at no field (a state conflict, an unknown path). */
export function formLevel(errors: readonly FieldError[], keys: ReadonlySet<string>): FieldError[] {
  return errors.filter((e) => !keys.has(errorKey(e.field)));
}

/** A whole number typed into a field, or undefined when blank; NaN when it is not one. */
export function wholeNumber(text: string | undefined): number | undefined {
  const trimmed = (text ?? '').trim();
  if (trimmed === '') return undefined;
  return /^-?\d+$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

/** A decimal number typed into a field (either decimal mark), or undefined when blank. */
export function decimalNumber(text: string | undefined): number | undefined {
  const trimmed = (text ?? '').trim().replace(',', '.');
  if (trimmed === '') return undefined;
  return /^-?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

// —— Charts ——

export interface SeriesPoint {
  /** Position on the x axis (e.g. epoch days); the points are drawn in this order. */
  x: number;
  /** The value; null leaves a gap (a withheld month). */
  y: number | null;
}

export interface LineChartOptions {
  points: readonly SeriesPoint[];
  /** A second series on the same axes, drawn in the muted colour (e.g. everyone active beside those who met). */
  secondary?: readonly SeriesPoint[] | undefined;
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
  const values = [...o.points, ...(o.secondary ?? [])].map((p) => p.y).filter((y): y is number => y !== null);
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
  /** A series as polylines, broken where a value is missing. */
  const segmentsOf = (points: readonly SeriesPoint[]): string[] => {
    const segments: string[] = [];
    let current: string[] = [];
    for (const p of points) {
      if (p.y === null) {
        if (current.length > 0) segments.push(current.join(' '));
        current = [];
        continue;
      }
      current.push(`${sx(p.x).toFixed(1)},${sy(p.y).toFixed(1)}`);
    }
    if (current.length > 0) segments.push(current.join(' '));
    return segments;
  };
  const segments = segmentsOf(o.points);
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
    ${segmentsOf(o.secondary ?? []).map(
      (points) =>
        svg`<polyline class="secondary" points=${points} fill="none" stroke-width="2" vector-effect="non-scaling-stroke"></polyline>`,
    )}
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

// —— Labels for the gateway's enums ——

/** Labels the tabs show for the gateway's enums, looked up at render time so they follow the locale. */

export const jobLevels = ['IC', 'MANAGER', 'SENIOR_MANAGER', 'DIRECTOR', 'EXECUTIVE'] as const;

export function jobLevelLabel(level: string): string {
  switch (level) {
    case 'IC':
      return msg('Individual contributor');
    case 'MANAGER':
      return msg('Manager');
    case 'SENIOR_MANAGER':
      return msg('Senior manager');
    case 'DIRECTOR':
      return msg('Director');
    case 'EXECUTIVE':
      return msg('Executive');
    default:
      return level;
  }
}

/** A language's name in the viewer's language ("Français" → "French" for an English viewer). */
export function languageName(tag: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

export function enrolmentStatusLabel(status: string): string {
  switch (status) {
    case 'INVITED':
      return msg('Invited');
    case 'ACCEPTED':
      return msg('Accepted');
    case 'DECLINED':
      return msg('Declined');
    case 'WAITLISTED':
      return msg('Waitlisted');
    case 'ACTIVE':
      return msg('Active');
    case 'COMPLETED':
      return msg('Completed');
    case 'WITHDRAWN':
      return msg('Withdrawn');
    default:
      return status;
  }
}

/** Pace against the program's cadence (the gateway's CadenceStatus). */
export function paceLabel(pace: string | null | undefined): string {
  return pace === 'WITHDRAWN' ? msg('Left') : (cadenceLabel(pace) ?? '—');
}

export function coachStatusLabel(status: string | null | undefined): string {
  switch (status) {
    case 'ACTIVE':
      return msg('Active');
    case 'PROBATION':
      return msg('On probation');
    case 'PAUSED':
      return msg('Paused');
    default:
      return status ?? '—';
  }
}
