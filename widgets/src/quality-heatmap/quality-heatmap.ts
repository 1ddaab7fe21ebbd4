import type { DocumentType } from '@coachwork/schema/gql';
import { msg, str } from '@lit/localize';
import { html, nothing, type CSSResultGroup, type PropertyDeclarations, type PropertyValues } from 'lit';
import { HeatmapCellSelectEvent } from '../events/heatmap-cell-select.js';
import { HeatmapDrilldownEvent } from '../events/heatmap-drilldown.js';
import { HeatmapExportEvent } from '../events/heatmap-export.js';
import { CoachworkElement } from '../shared/coachwork-element.js';
import { formatMonthRange, formatNumber, formatPercent } from '../shared/format.js';
import {
  GridNavigationController,
  type GridActivationKey,
  type GridPosition,
} from '../shared/grid-navigation.js';
import { renderNoAccess } from '../shared/states.js';
import { styleProperties } from '../shared/style-properties.js';
import {
  qualityHeatmapCsvQuery,
  qualityHeatmapProgramsQuery,
  qualityHeatmapQuery,
} from './quality-heatmap.graphql.js';
import {
  levelGlyph,
  scaleFor,
  textOn,
  type ColourScale,
  type HeatmapMetricName,
} from './quality-heatmap.scale.js';
import { qualityHeatmapStyles } from './quality-heatmap.styles.js';

/**
 * Characters in the longest word of `names`: the narrowest column that wraps them only between
 * words. Chinese and Japanese text may break between any two characters, so it does not count.
 */
function longestWord(names: readonly string[]): number {
  return Math.max(
    0,
    ...names.flatMap((name) => name.split(/[\s\u3000-\u9fff\uff00-\uffef]+/u).map((word) => word.length)),
  );
}

export type HeatmapData = DocumentType<typeof qualityHeatmapQuery>['heatmap'];
type Row = NonNullable<HeatmapData['total']>;
type Cell = Row['cells'][number];

const METRICS: readonly HeatmapMetricName[] = [
  'SCORE',
  'DELTA_FROM_BASELINE',
  'PARTICIPATION_RATE',
  'SESSION_CADENCE',
  'SESSION_QUALITY',
  'WELLBEING',
];
/** Row height in px: fixed, so only the rows in view are rendered (2,000-row trees stay fast). */
export const ROW_HEIGHT = 44;
const OVERSCAN = 8;
/** Rows above the body: the column headers and the organisation-wide row. */
const PINNED = 2;

/**
 * Where manager quality varies, by org unit (rows) and capability (columns): a WAI-ARIA grid
 * the viewer moves through with the arrow keys, drills into with Enter, sorts by a column and
 * exports as CSV. Every figure comes from the gateway's heatmap query, which withholds cells
 * about fewer people than the organisation's minimum group size (docs/ARCHITECTURE.md, "Privacy rules").
 *
 * @summary Leadership quality heatmap.
 * @attr unit - Global ID of the org unit whose children are the rows; the whole organisation when absent.
 * @attr metric - `SCORE` (default), `DELTA_FROM_BASELINE`, `PARTICIPATION_RATE`, `SESSION_CADENCE`, `SESSION_QUALITY` or
 *   `WELLBEING`.
 * @attr program - Global ID of a program to filter by; all programs when absent. A program admin
 *   who is not an org admin sees only the programs assigned to them: absent, the first of those.
 * @fires {HeatmapDrilldownEvent} cw-heatmap-drilldown - The viewer moved into a unit or back up the breadcrumb. detail: `{ unitId, previousUnitId }`.
 * @fires {HeatmapCellSelectEvent} cw-heatmap-cell-select - The viewer picked a cell. detail: `{ unitId, capability, metric, value, count, suppressed }`.
 * @fires {HeatmapExportEvent} cw-heatmap-export - The CSV of the current view is ready; cancel it to handle the file yourself. detail: `{ csv, filename, metric }`.
 * @csspart base - The frame around every state.
 * @csspart controls - The metric, program and period pickers and the export button.
 * @csspart breadcrumb - The path from the organisation to the current unit.
 * @csspart grid - The grid (its scroll container).
 * @csspart legend - The colour scale's legend.
 * @csspart cell - Every figure cell; a withheld one is also `cell-suppressed`.
 * @csspart cell-suppressed - A cell withheld because it is about fewer people than the organisation's minimum group size.
 * @csspart state - Any non-content state.
 * @cssprop --cw-heatmap-max-height - Height of the scrolling grid (default 32rem).
 */
export class QualityHeatmap extends CoachworkElement {
  static override styles: CSSResultGroup = [CoachworkElement.styles, qualityHeatmapStyles];

  static override properties: PropertyDeclarations = {
    unit: { reflect: true },
    metric: { reflect: true },
    program: { reflect: true },
    period: { reflect: true },
    data: { attribute: false },
    sortColumn: { state: true },
    sortDescending: { state: true },
    scrollOffset: { state: true },
    viewportHeight: { state: true },
    exporting: { state: true },
    moreColumns: { state: true },
  };

  unit?: string;
  metric: HeatmapMetricName = 'SCORE';
  program?: string;
  /** A calendar quarter (`2026-Q2`); all time when absent. */
  period?: string;
  /** Renders this view instead of asking the gateway (host-provided data, previews, benchmarks). */
  data?: HeatmapData;

  private sortColumn = -1;
  private sortDescending = true;
  private scrollOffset = 0;
  private viewportHeight = 512;
  private exporting = false;
  /** Columns lie beyond the grid's inline end: a fade and an arrow say so. */
  private moreColumns = false;

  #contrastMode = false;
  /** The view as last rendered, its rows in the order shown: what the keys move through. */
  #shown: { data: HeatmapData; rows: Row[] } | undefined;
  /** The view's participation target (a share, from the gateway), as the locale writes it. */
  #participationTarget = '';

  /** Grid positions: row 0 = headers, 1 = organisation, 2… = units; column 0 = row header. */
  readonly #grid = new GridNavigationController(this, {
    size: () => {
      const shown = this.#shown;
      if (!shown) return { rows: 0, columns: 0 };
      return {
        rows: shown.rows.length + this.#bodyStart(shown.data),
        columns: shown.data.columns.length + 1,
      };
    },
    cell: ({ row, column }) => this.renderRoot.querySelector(`[data-row="${row}"][data-col="${column}"]`),
    pageRows: () => Math.floor(this.viewportHeight / ROW_HEIGHT) - PINNED,
    activate: (position, key) => this.#activate(position, key),
    moved: (position) => this.#scrollIntoView(position.row),
  });

  readonly #programs = this.createQuery({
    query: qualityHeatmapProgramsQuery,
    pause: () => this.data !== undefined,
  });

  /**
   * The programs whose figures the viewer may see when they are a program admin and not an org admin
   * (the gateway refuses them the organisation's and other programs' aggregates); null for everyone
   * else, and while the programs are loading.
   */
  get #ownProgramsOnly(): Array<{ id: string; name: string }> | null {
    const answer = this.#programs.data;
    if (!answer) return null;
    const roles = answer.viewer.roles ?? [];
    if (roles.includes('ORG_ADMIN') || !roles.includes('PROGRAM_ADMIN')) return null;
    return answer.programs.edges.map((edge) => edge.node).filter((program) => program.viewerCanManage);
  }

  /** The program the view is filtered by: the host's, else a program admin's first own program. */
  get #program(): string | undefined {
    return this.program ?? this.#ownProgramsOnly?.[0]?.id;
  }

  /** The export is asked with the view's own filters, so the file holds what the grid shows. */
  #filters() {
    return {
      locale: this.resolvedLocale,
      input: {
        metric: this.metric,
        ...(this.unit ? { unit: this.unit } : {}),
        ...(this.#program ? { program: this.#program } : {}),
        ...(this.period ? { period: this.period } : {}),
      },
    };
  }

  readonly #heatmap = this.createQuery({
    query: qualityHeatmapQuery,
    variables: () => this.#filters(),
    // Without a program from the host, wait for the viewer's roles: a program admin's view is of
    // one of their programs, and asking for the organisation's would only be refused.
    pause: () => this.data !== undefined || (!this.program && !this.#programs.data && !this.#programs.error),
  });

  readonly #csv = this.createQuery({
    query: qualityHeatmapCsvQuery,
    requestPolicy: 'network-only',
    variables: () => this.#filters(),
    pause: () => !this.exporting,
  });

  protected renderContent(): unknown {
    if (this.data) return html`<div class="frame" part="base">${this.#renderHeatmap(this.data)}</div>`;
    // A refused heatmap comes back as `data: null` with FORBIDDEN: the unauthorised state, even
    // if an earlier answer for someone else is still cached.
    if (this.#heatmap.error?.code === 'FORBIDDEN') {
      return html`<div class="frame" part="base">${renderNoAccess('unauthorised')}</div>`;
    }
    return html`<div class="frame" part="base">
      ${this.renderQuery(this.#heatmap, {
        loading: { label: msg('Loading the heatmap…'), lines: 6 },
        isEmpty: (data) => data.heatmap.columns.length === 0,
        empty: () => ({ message: msg('There is nothing to compare yet.') }),
        content: (data) => this.#renderHeatmap(data.heatmap),
      })}
    </div>`;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('unit') || changed.has('metric') || changed.has('program') || changed.has('period')) {
      this.scrollOffset = 0;
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.exporting && this.#csv.data && !this.#csv.loading)
      void this.#finishExport(this.#csv.data.heatmap.csv);
    if (this.exporting && this.#csv.error) this.exporting = false;
    const grid = this.#gridElement();
    if (grid && grid.clientHeight > 0 && grid.clientHeight !== this.viewportHeight) {
      this.viewportHeight = grid.clientHeight;
    }
    if (grid) this.#onScroll(grid);
  }

  #onScroll(grid: HTMLElement): void {
    this.scrollOffset = grid.scrollTop;
    // scrollLeft runs negative right to left.
    this.moreColumns = grid.scrollWidth - grid.clientWidth - Math.abs(grid.scrollLeft) > 1;
  }

  #gridElement(): HTMLElement | null {
    return this.renderRoot.querySelector('[role="grid"]');
  }

  /** The first grid row of units: below the headers, the organisation and the viewed unit's own row. */
  #bodyStart(data: HeatmapData): number {
    return PINNED + (data.total ? 1 : 0);
  }

  #sortedRows(data: HeatmapData): Row[] {
    const rows = [...data.rows];
    const column = this.sortColumn;
    if (column < 0) return rows;
    const direction = this.sortDescending ? -1 : 1;
    return rows.sort((a, b) => {
      const x = a.cells[column]?.value ?? null;
      const y = b.cells[column]?.value ?? null;
      // Withheld cells sort last either way: their place would hint at their value.
      if (x === null || y === null) return x === null ? (y === null ? 0 : 1) : -1;
      return (x - y) * direction || a.unit.name.localeCompare(b.unit.name);
    });
  }

  #renderHeatmap(data: HeatmapData): unknown {
    // matchMedia forces a style recalculation: once per render, not per cell.
    this.#contrastMode = this.#highContrast();
    this.#participationTarget = formatPercent(data.participationTarget, { locale: this.resolvedLocale });
    const metric = data.metric as HeatmapMetricName;
    const values = data.rows.flatMap((row) =>
      row.cells.flatMap((cell) => (cell.value == null ? [] : [cell.value])),
    );
    const scale = scaleFor(metric, values);
    const rows = this.#sortedRows(data);
    const columns = data.columns;
    const total = rows.length + PINNED + (data.total ? 1 : 0);
    this.#shown = { data, rows };
    // Keep the focus position inside the grid when the view changes under it.
    this.#grid.clamp();

    const pinnedRows = data.total ? 1 : 0;
    const bodyOffset = PINNED + pinnedRows;
    const first = Math.max(0, Math.floor(this.scrollOffset / ROW_HEIGHT) - OVERSCAN);
    const last = Math.min(
      rows.length,
      Math.ceil((this.scrollOffset + this.viewportHeight) / ROW_HEIGHT) + OVERSCAN,
    );
    // Fixed column widths: the pinned rows and the positioned body rows must line up exactly.
    // A header wraps only between words, so a column is at least as wide as the longest word of
    // its view's names ("Nachfolgebereitschaft"); past 15rem a name is cut short, and says it whole
    // in its title and accessible name.
    // The sticky org-unit column takes at most half the grid's visible width (cqi: .grid is a size
    // container), so a phone or 400 % zoom still shows figures beside it; longer names ellipsize.
    const rowHeader = 'min(16rem, 50cqi)';
    // rem, not ch: a bold row's ch is wider, and every row must resolve the same widths.
    const column = `clamp(8.5rem, ${longestWord(columns.map((c) => c.capability.name)) * 0.55}rem + 2.5rem, 15rem)`;
    const template = `${rowHeader} repeat(${columns.length}, ${column})`;
    const width = `calc(${rowHeader} + ${columns.length} * ${column})`;

    return html`
      ${this.#renderControls(data)} ${this.#renderBreadcrumb(data)}
      ${
        data.stale
          ? html`<p class="note" role="status">
              ${msg('Figures are being updated; these may be a few minutes old.')}
            </p>`
          : nothing
      }
      <div class="grid-frame" ?data-more=${this.moreColumns}>
        <div
          class="grid"
          part="grid"
          role="grid"
          aria-label=${this.#metricLabel(metric)}
          aria-rowcount=${total}
          aria-colcount=${columns.length + 1}
          ${styleProperties({ '--columns': template, '--grid-width': width, '--row-height': `${ROW_HEIGHT}px` })}
          @keydown=${this.#grid.onKeyDown}
          @scroll=${(event: Event) => this.#onScroll(event.target as HTMLElement)}
        >
          <div role="rowgroup" class="head">
            <div role="row" class="row header" aria-rowindex="1">
              ${this.#headerCell(0, html`${msg('Org unit')}`)}
              ${columns.map((column, i) => this.#columnHeader(column.capability.name, i))}
            </div>
            <div role="row" class="row pinned organisation" aria-rowindex="2">
              ${this.#rowHeader(1, html`<span class="unit-name">${msg('Whole organisation')}</span>`)}
              ${columns.map((column, i) => this.#renderCell(column.organisation, 1, i + 1, scale, metric))}
            </div>
            ${
              data.total
                ? html`<div role="row" class="row pinned scope" aria-rowindex="3">
                    ${this.#rowHeader(
                      2,
                      html`<span class="unit-name">${msg(str`${data.total.unit.name} (all)`)}</span>
                        <span class="people">${this.#peopleLabel(data.total.peopleCount)}</span>`,
                    )}
                    ${data.total.cells.map((cell, i) => this.#renderCell(cell, 2, i + 1, scale, metric))}
                  </div>`
                : nothing
            }
          </div>
          <div role="rowgroup" class="body" ${styleProperties({ height: `${rows.length * ROW_HEIGHT}px` })}>
            ${rows.slice(first, last).map((row, offset) => {
              const index = first + offset;
              const gridRow = bodyOffset + index;
              return html`<div
                role="row"
                class="row"
                aria-rowindex=${gridRow + 1}
                ${styleProperties({ transform: `translateY(${index * ROW_HEIGHT}px)` })}
              >
                ${this.#rowHeader(
                  gridRow,
                  html`<span class="unit-name">${row.unit.name}</span>
                    <span class="people">${this.#peopleLabel(row.peopleCount)}</span>
                    ${row.hasChildren ? html`<span class="drill" aria-hidden="true">›</span>` : nothing}`,
                  row,
                )}
                ${row.cells.map((cell, i) => this.#renderCell(cell, gridRow, i + 1, scale, metric, row))}
              </div>`;
            })}
          </div>
        </div>
        <span class="more" aria-hidden="true">›</span>
      </div>
      ${this.#renderLegend(scale, metric, data.minGroupSize)}
    `;
  }

  #tabIndex(row: number, column: number): string {
    return String(this.#grid.tabIndex(row, column));
  }

  /** A column's header cell; a capability's (`sort`) sorts the rows by it when clicked. */
  #headerCell(
    column: number,
    content: unknown,
    sort?: { state: 'ascending' | 'descending' | 'none'; title: string; by: () => void },
  ): unknown {
    return html`<div
      role="columnheader"
      class=${sort ? 'cell head-cell sortable' : 'cell head-cell'}
      data-row="0"
      data-col=${column}
      aria-colindex=${column + 1}
      aria-sort=${sort?.state ?? nothing}
      title=${sort?.title ?? nothing}
      tabindex=${this.#tabIndex(0, column)}
      @focus=${() => this.#grid.track(0, column)}
      @click=${sort?.by}
    >
      ${content}
    </div>`;
  }

  #columnHeader(name: string, index: number): unknown {
    const sorted = this.sortColumn === index;
    return this.#headerCell(
      index + 1,
      html`<span>${name}</span>
        <span class="sort-indicator" aria-hidden="true"
          >${sorted ? (this.sortDescending ? '▼' : '▲') : '↕'}</span
        >`,
      {
        state: sorted ? (this.sortDescending ? 'descending' : 'ascending') : 'none',
        title: name,
        by: () => this.#sortBy(index),
      },
    );
  }

  #rowHeader(gridRow: number, content: unknown, row?: Row): unknown {
    return html`<div
      role="rowheader"
      class="cell row-head ${row?.hasChildren ? 'drillable' : ''}"
      data-row=${gridRow}
      data-col="0"
      aria-colindex="1"
      tabindex=${this.#tabIndex(gridRow, 0)}
      @focus=${() => this.#grid.track(gridRow, 0)}
      @click=${() => (row?.hasChildren ? this.#drillInto(row.unit.id) : undefined)}
    >
      ${content}
    </div>`;
  }

  #renderCell(
    cell: Cell,
    gridRow: number,
    column: number,
    scale: ColourScale,
    metric: HeatmapMetricName,
    row?: Row,
  ): unknown {
    const withheld = cell.suppressed || cell.value == null;
    const colour = withheld || this.#contrastMode ? undefined : scale.colour(cell.value!);
    return html`<div
      role="gridcell"
      class=${withheld ? 'cell figure suppressed' : 'cell figure'}
      part=${withheld ? 'cell cell-suppressed' : 'cell'}
      data-row=${gridRow}
      data-col=${column}
      aria-colindex=${column + 1}
      tabindex=${this.#tabIndex(gridRow, column)}
      ${styleProperties(colour ? { background: colour, color: textOn(colour) } : {})}
      @focus=${() => this.#grid.track(gridRow, column)}
      @click=${() => this.#select(cell, column - 1, metric, row)}
    >
      ${
        withheld
          ? html`<span aria-hidden="true" class="withheld">—</span>
              <span class="visually-hidden">${this.#suppressionLabel(cell.reason)}</span>`
          : this.#renderFigure(cell.value!, cell, scale, metric)
      }
    </div>`;
  }

  /** A shown cell's figure, its flag and count, and what a screen reader hears besides. */
  #renderFigure(value: number, cell: Cell, scale: ColourScale, metric: HeatmapMetricName): unknown {
    const effect = cell.effectSize;
    return html`
      ${this.#contrastMode ? html`<span class="glyph" aria-hidden="true">${levelGlyph(scale.position(value))}</span>` : nothing}
      <span class="value">${this.#formatValue(value, metric)}</span>
      ${cell.belowParticipationTarget ? html`<span class="flag" aria-hidden="true">!</span>` : nothing}
      <span class="count" aria-hidden="true"
        >${formatNumber(cell.count ?? 0, { locale: this.resolvedLocale })}</span
      >
      <span class="visually-hidden"
        >,
        ${this.#peopleLabel(cell.count ?? 0)}${
          cell.belowParticipationTarget
            ? html`, ${msg(str`below the ${this.#participationTarget} participation target`)}`
            : nothing
        }${
          effect
            ? html`,
              ${msg(
                str`effect size ${this.#formatNumber(effect.d)} (95% interval ${this.#formatNumber(effect.low)} to ${this.#formatNumber(effect.high)})`,
              )}`
            : nothing
        }</span
      >
    `;
  }

  #renderControls(data: HeatmapData): unknown {
    const ownPrograms = this.#ownProgramsOnly;
    const programs = ownPrograms ?? this.#programs.data?.programs.edges.map((edge) => edge.node) ?? [];
    return html`<div class="controls" part="controls">
      <label>
        <span>${msg('Measure')}</span>
        <select
          @change=${(event: Event) => this.#setMetric((event.target as HTMLSelectElement).value as HeatmapMetricName)}
        >
          ${METRICS.map(
            (metric) =>
              html`<option value=${metric} ?selected=${metric === data.metric}>
                ${this.#metricLabel(metric)}
              </option>`,
          )}
        </select>
      </label>
      ${this.#renderFilter(
        msg('Program'),
        ownPrograms ? null : msg('All programs'),
        this.#program,
        programs.map((program) => ({ value: program.id, label: program.name })),
        (program) => (this.program = program),
      )}
      ${this.#renderFilter(
        msg('Period'),
        msg('All time'),
        this.period,
        data.periods.map((period) => ({ value: period, label: this.#periodLabel(period) })),
        (period) => (this.period = period),
      )}
      <button
        type="button"
        class="export"
        ?disabled=${this.exporting || this.data !== undefined}
        @click=${() => (this.exporting = true)}
      >
        ${this.exporting ? msg('Preparing CSV…') : msg('Download CSV')}
      </button>
    </div>`;
  }

  /**
   * A filter: `all` (no filter, the empty value) first unless null, then each option; `set` gets
   * undefined for `all`.
   */
  #renderFilter(
    label: string,
    all: string | null,
    current: string | undefined,
    options: ReadonlyArray<{ value: string; label: string }>,
    set: (value: string | undefined) => void,
  ): unknown {
    return html`<label>
      <span>${label}</span>
      <select @change=${(event: Event) => set((event.target as HTMLSelectElement).value || undefined)}>
        ${all === null ? nothing : html`<option value="" ?selected=${!current}>${all}</option>`}
        ${options.map(
          (option) =>
            html`<option value=${option.value} ?selected=${option.value === current}>
              ${option.label}
            </option>`,
        )}
      </select>
    </label>`;
  }

  #renderBreadcrumb(data: HeatmapData): unknown {
    const trail = [...data.path, ...(data.unit ? [data.unit] : [])];
    return html`<nav class="breadcrumb" part="breadcrumb" aria-label=${msg('Position in the organisation')}>
      <ol>
        <li>
          ${
            trail.length === 0
              ? html`<span aria-current="page">${msg('Whole organisation')}</span>`
              : html`<button type="button" class="link" @click=${() => this.#drillInto(null)}>
                  ${msg('Whole organisation')}
                </button>`
          }
        </li>
        ${trail.map((unit, i) =>
          i === trail.length - 1
            ? html`<li><span aria-current="page">${unit.name}</span></li>`
            : html`<li>
                <button type="button" class="link" @click=${() => this.#drillInto(unit.id)}>
                  ${unit.name}
                </button>
              </li>`,
        )}
      </ol>
    </nav>`;
  }

  #renderLegend(scale: ColourScale, metric: HeatmapMetricName, minGroupSize: number): unknown {
    const stops = Array.from({ length: 11 }, (_, i) =>
      scale.colour(scale.min + ((scale.max - scale.min) * i) / 10),
    );
    const mid = (scale.min + scale.max) / 2;
    return html`<div class="legend" part="legend">
      <span class="legend-title">${this.#metricLabel(metric)}</span>
      ${
        this.#contrastMode
          ? html`<span class="glyph-ramp" aria-hidden="true">▁ ▂ ▄ ▆ █</span>`
          : html`<span
              class="ramp"
              aria-hidden="true"
              ${styleProperties({ background: `linear-gradient(to right, ${stops.join(', ')})` })}
            ></span>`
      }
      <span class="legend-labels">
        <span>${this.#formatValue(scale.min, metric)}</span>
        <span>${this.#formatValue(mid, metric)}</span>
        <span>${this.#formatValue(scale.max, metric)}</span>
      </span>
      <span class="legend-note">
        ${msg(str`— withheld: fewer than ${minGroupSize} people, or it would reveal such a group.`)}
        ${
          metric === 'PARTICIPATION_RATE'
            ? msg(str`! under the ${this.#participationTarget} participation target.`)
            : nothing
        }
        ${msg('The small number is the people counted.')}
      </span>
    </div>`;
  }

  #highContrast(): boolean {
    if (this.theme === 'high-contrast') return true;
    if (this.theme !== 'auto') return false;
    return (
      window.matchMedia?.('(forced-colors: active)').matches === true ||
      window.matchMedia?.('(prefers-contrast: more)').matches === true
    );
  }

  #metricLabel(metric: HeatmapMetricName): string {
    switch (metric) {
      case 'SCORE':
        return msg('360 score (1–5)');
      case 'DELTA_FROM_BASELINE':
        return msg('Change since baseline');
      case 'PARTICIPATION_RATE':
        return msg('Program participation');
      case 'SESSION_CADENCE':
        return msg('Sessions per 4 weeks');
      case 'SESSION_QUALITY':
        return msg('Session quality (1–5)');
      case 'WELLBEING':
        return msg('Wellbeing (1–5, higher is better)');
    }
  }

  #suppressionLabel(reason: Cell['reason']): string {
    switch (reason) {
      case 'COMPLEMENTARY':
        return msg('Withheld so that a small group elsewhere cannot be worked out');
      case 'FILTER_REMAINDER':
        return msg('Withheld: this filter would single out a small group');
      default:
        return msg('Withheld: too few people');
    }
  }

  #peopleLabel(count: number): string {
    const n = formatNumber(count, { locale: this.resolvedLocale });
    return count === 1 ? msg(str`${n} person`) : msg(str`${n} people`);
  }

  /** `2026-Q2` as the locale writes its months ("Apr – Jun 2026", "2026年4月～6月"); other codes as they come. */
  #periodLabel(period: string): string {
    const match = /^(\d{4})-Q([1-4])$/.exec(period);
    if (!match) return period;
    const year = Number(match[1]);
    const firstMonth = (Number(match[2]) - 1) * 3;
    return formatMonthRange(Date.UTC(year, firstMonth, 1), Date.UTC(year, firstMonth + 2, 1), {
      locale: this.resolvedLocale,
    });
  }

  #formatNumber(value: number): string {
    return formatNumber(value, { locale: this.resolvedLocale, maximumFractionDigits: 2 });
  }

  #formatValue(value: number, metric: HeatmapMetricName): string {
    const locale = this.resolvedLocale;
    switch (metric) {
      case 'PARTICIPATION_RATE':
        return formatPercent(value, { locale });
      case 'DELTA_FROM_BASELINE':
        return formatNumber(value, {
          locale,
          maximumFractionDigits: 2,
          minimumFractionDigits: 2,
          signDisplay: 'exceptZero',
        });
      default:
        return formatNumber(value, { locale, maximumFractionDigits: 2, minimumFractionDigits: 2 });
    }
  }

  #setMetric(metric: HeatmapMetricName): void {
    this.metric = metric;
  }

  #sortBy(index: number): void {
    if (this.sortColumn === index) this.sortDescending = !this.sortDescending;
    else {
      this.sortColumn = index;
      this.sortDescending = true;
    }
  }

  #drillInto(unitId: string | null): void {
    const previous = this.unit ?? null;
    if (unitId === previous) return;
    this.unit = unitId ?? undefined;
    this.sortColumn = -1;
    this.#grid.moveTo(PINNED, 0);
    this.dispatchEvent(new HeatmapDrilldownEvent({ unitId, previousUnitId: previous }));
  }

  #select(cell: Cell, column: number, metric: HeatmapMetricName, row?: Row): void {
    const data = this.data ?? this.#heatmap.data?.heatmap;
    const capability = data?.columns[column]?.capability.code;
    if (!capability) return;
    this.dispatchEvent(
      new HeatmapCellSelectEvent({
        unitId: row?.unit.id ?? null,
        capability,
        metric,
        value: cell.suppressed ? null : (cell.value ?? null),
        count: cell.suppressed ? null : (cell.count ?? null),
        suppressed: cell.suppressed,
      }),
    );
  }

  async #finishExport(csv: string): Promise<void> {
    this.exporting = false;
    const filename = `heatmap-${this.metric.toLowerCase().replace(/_/g, '-')}-${new Date().toISOString().slice(0, 10)}.csv`;
    const event = new HeatmapExportEvent({ csv, filename, metric: this.metric });
    this.dispatchEvent(event);
    if (event.defaultPrevented) return;
    try {
      // Loaded when first asked for: no widget's first load carries it.
      const { saveFile } = await import('../shared/download.js');
      saveFile({ content: csv, filename, type: 'text/csv;charset=utf-8' });
    } catch (error) {
      console.error('Coachwork: the CSV file could not be saved.', error);
    }
  }

  /** Enter or Space: a column header sorts, a unit with children opens, a figure is selected. */
  #activate({ row, column }: GridPosition, key: GridActivationKey): void {
    if (!this.#shown) return;
    const { data, rows } = this.#shown;
    if (row === 0) {
      if (column > 0) this.#sortBy(column - 1);
      this.#grid.focusAfterUpdate();
      return;
    }
    const bodyStart = this.#bodyStart(data);
    const unitRow = row >= bodyStart ? rows[row - bodyStart] : undefined;
    if (key === 'Enter' && unitRow?.hasChildren) {
      this.#drillInto(unitRow.unit.id);
      return;
    }
    if (column > 0) {
      const cell =
        row === 1
          ? data.columns[column - 1]?.organisation
          : row === 2 && data.total
            ? data.total.cells[column - 1]
            : unitRow?.cells[column - 1];
      if (cell) this.#select(cell, column - 1, data.metric as HeatmapMetricName, unitRow);
    }
  }

  /** Brings a unit row into view before it is focused: it may not be rendered yet. */
  #scrollIntoView(row: number): void {
    const grid = this.#gridElement();
    if (!grid || !this.#shown) return;
    const bodyStart = this.#bodyStart(this.#shown.data);
    if (row >= bodyStart) {
      // Bring the row into view (it may not be rendered yet), below the pinned rows.
      const top = (row - bodyStart) * ROW_HEIGHT;
      // The header row grows when a capability name needs three lines; measure what is pinned.
      const pinnedHeight = grid.querySelector<HTMLElement>('.head')?.offsetHeight ?? bodyStart * ROW_HEIGHT;
      if (top < grid.scrollTop) grid.scrollTop = top;
      else if (top + ROW_HEIGHT > grid.scrollTop + grid.clientHeight - pinnedHeight) {
        grid.scrollTop = top + ROW_HEIGHT - grid.clientHeight + pinnedHeight;
      }
      this.scrollOffset = grid.scrollTop;
    }
  }
}
