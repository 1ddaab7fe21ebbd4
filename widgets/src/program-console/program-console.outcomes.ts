import { mutate, query, type GatewayError } from '@coachwork/client';
import type { DocumentType } from '@coachwork/schema/gql';
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { ProgramExportEvent, type ProgramExportDetail } from '../events/program-export.js';
import { formatDate, formatNumber, formatPercent } from '../shared/format.js';
import { styleProperties } from '../shared/style-properties.js';
import { refusalErrors } from '../shared/refusal.js';
import { exportQuery, outcomesQuery, recordKpiMutation } from './program-console.outcomes.graphql.js';
import {
  epochDay,
  lineChart,
  decimalNumber,
  field,
  type FieldError,
  enrolmentStatusLabel,
  type Tab,
  type TabHost,
} from './program-console.tab.js';

type Program = Extract<NonNullable<DocumentType<typeof outcomesQuery>['node']>, { viewerCanManage: boolean }>;
type Kpi = Program['kpis'][number];
type ExportKind = ProgramExportDetail['kind'];

const today = (): string => new Date().toISOString().slice(0, 10);

/** `first-100-days` from "First 100 days": a file name part in any script. */
const slug = (name: string): string =>
  name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '') || 'program';

/**
 * The outcomes tab: who is taking part, each KPI's recorded values against its baseline and
 * target (and recording this period's value), the closing summary, and the CSV exports.
 */
class OutcomesTab implements Tab {
  readonly #host: TabHost;
  #busy: ExportKind | 'record' | undefined;
  /** The KPI whose record form is open, with the form as typed and the gateway's refusals. */
  #recording: { kpiId: string; recordedOn: string; value: string; note: string } | undefined;
  #errors: readonly FieldError[] = [];
  readonly #outcomes;

  constructor(host: TabHost) {
    this.#host = host;
    this.#outcomes = host.createQuery({
      query: outcomesQuery,
      variables: () => ({ id: host.programId ?? '' }),
      additionalTypenames: ['Enrolment', 'KpiValue'],
      pause: () => host.activeTab !== 'outcomes' || host.programId === undefined,
    });
  }

  render(): unknown {
    return this.#host.renderQuery(this.#outcomes, {
      loading: { label: msg('Loading the outcomes…'), lines: 5 },
      content: (data) => {
        const program = data.node && 'viewerCanManage' in data.node ? data.node : undefined;
        if (!program) return html`<p class="muted pad">${msg('This item no longer exists.')}</p>`;
        return html`${this.#renderParticipation(program)} ${this.#renderKpis(program)}
        ${this.#renderSummary(program)} ${this.#renderExports(program)}`;
      },
    });
  }

  #renderParticipation(program: Program): TemplateResult {
    const locale = this.#host.locale;
    const counts = program.enrolmentCounts ?? [];
    const total = counts.reduce((sum, c) => sum + c.count, 0);
    const taking = counts
      .filter((c) => c.status === 'ACTIVE' || c.status === 'COMPLETED')
      .reduce((sum, c) => sum + c.count, 0);
    const max = Math.max(1, ...counts.map((c) => c.count));
    return html`<section class="pad outcome-section" aria-labelledby="participation-heading">
      <h3 id="participation-heading">${msg('Participation')}</h3>
      ${
        total === 0
          ? html`<p class="muted">${msg('Nobody has been invited yet.')}</p>`
          : html`<p data-participation=${taking}>
                ${msg(
                  str`${formatNumber(taking, { locale })} of ${formatNumber(total, { locale })} invited are coaching or have finished (${formatPercent(taking / total, { locale })}).`,
                )}
              </p>
              <dl class="bars" part="chart">
                ${counts.map(
                  (c) =>
                    html`<div class="bar" data-status=${c.status}>
                      <dt>${enrolmentStatusLabel(c.status)}</dt>
                      <dd>
                        <span
                          class="bar__fill"
                          aria-hidden="true"
                          ${styleProperties({ 'inline-size': `${(c.count / max) * 100}%` })}
                        ></span>
                        <span class="bar__value">${formatNumber(c.count, { locale })}</span>
                      </dd>
                    </div>`,
                )}
              </dl>`
      }
      ${this.#renderWeeks(program)}
    </section>`;
  }

  /** Participation over time: who was active each week and how many of them met their coach. */
  #renderWeeks(program: Program): TemplateResult | typeof nothing {
    const weeks = program.participation ?? [];
    if (weeks.length === 0) return nothing;
    const locale = this.#host.locale;
    const date = (d: string): string => formatDate(`${d}T00:00:00Z`, { locale, timeZone: 'UTC' });
    const shown = weeks.filter((w) => !w.withheld);
    const withheld = weeks.length - shown.length;
    const described = weeks
      .map((w) =>
        w.withheld
          ? msg(str`week of ${date(w.weekStarting)}: withheld`)
          : msg(
              str`week of ${date(w.weekStarting)}: ${formatNumber(w.participantsWithSessions ?? 0, { locale })} of ${formatNumber(w.activeParticipants ?? 0, { locale })} met their coach`,
            ),
      )
      .join('; ');
    return html`<h4>${msg('Over time')}</h4>
      ${
        shown.length === 0
          ? html`<p class="muted">${msg('Every week had too few participants to show.')}</p>`
          : html`${lineChart({
                points: weeks.map((w) => ({
                  x: epochDay(w.weekStarting),
                  y: w.withheld ? null : (w.participantsWithSessions ?? null),
                })),
                secondary: weeks.map((w) => ({
                  x: epochDay(w.weekStarting),
                  y: w.withheld ? null : (w.activeParticipants ?? null),
                })),
                label: described,
                yMin: 0,
                xLabels: [date(weeks[0]!.weekStarting), date(weeks.at(-1)!.weekStarting)],
              })}
              <p class="legend">
                <span><span class="swatch"></span>${msg('Met their coach that week')}</span>
                <span><span class="swatch swatch--muted"></span>${msg('Active participants')}</span>
              </p>`
      }
      ${
        withheld > 0 && shown.length > 0
          ? html`<p class="muted">
              ${
                withheld === 1
                  ? msg('1 week withheld: too few participants to show without identifying anyone.')
                  : msg(
                      str`${formatNumber(withheld, { locale })} weeks withheld: too few participants to show without identifying anyone.`,
                    )
              }
            </p>`
          : nothing
      }`;
  }

  #renderKpis(program: Program): TemplateResult {
    return html`<section class="pad outcome-section" aria-labelledby="kpis-heading">
      <h3 id="kpis-heading">${msg('KPIs')}</h3>
      ${
        program.kpis.length === 0
          ? html`<p class="muted">${msg('This program has no KPIs. Add them on the setup tab.')}</p>`
          : html`<div class="kpi-cards">${program.kpis.map((k) => this.#renderKpi(program, k))}</div>`
      }
    </section>`;
  }

  #renderKpi(program: Program, kpi: Kpi): TemplateResult {
    const locale = this.#host.locale;
    const number = (v: number | null | undefined): string =>
      v === null || v === undefined ? '—' : formatNumber(v, { locale, maximumFractionDigits: 2 });
    const unit = kpi.unit ? ` ${kpi.unit}` : '';
    const latest = kpi.values.at(-1);
    const date = (d: string): string => formatDate(`${d}T00:00:00Z`, { locale, timeZone: 'UTC' });
    const described = kpi.values.map((v) => `${date(v.recordedOn)}: ${number(v.value)}${unit}`).join('; ');
    const kpiId = kpi.id ?? '';
    const recording = this.#recording?.kpiId === kpiId ? this.#recording : undefined;
    const canRecord = program.viewerCanManage && program.status !== 'ARCHIVED' && kpi.id;
    return html`<article class="figure kpi-card" data-kpi=${kpiId} aria-labelledby=${`kpi-${kpiId}`}>
      <h4 id=${`kpi-${kpiId}`} dir="auto">
        ${kpi.name}${kpi.unit ? html` <span class="muted">(${kpi.unit})</span>` : nothing}
      </h4>
      <p class="kpi-figures">
        <span>${msg(str`Baseline ${number(kpi.baseline)}`)}</span>
        <span>${msg(str`Target ${number(kpi.target)}`)}</span>
        <span data-latest=${latest?.value ?? ''}
          >${latest ? msg(str`Latest ${number(latest.value)} (${date(latest.recordedOn)})`) : msg('No values recorded yet.')}</span
        >
      </p>
      ${
        kpi.values.length > 0
          ? lineChart({
              points: kpi.values.map((v) => ({ x: epochDay(v.recordedOn), y: v.value })),
              label: msg(
                str`${kpi.name}: ${described}. Baseline ${number(kpi.baseline)}, target ${number(kpi.target)}.`,
              ),
              baseline: kpi.baseline,
              target: kpi.target,
              xLabels: [date(kpi.values[0]!.recordedOn), date(kpi.values.at(-1)!.recordedOn)],
            })
          : nothing
      }
      ${
        kpi.values.length > 0
          ? html`<p class="legend">
              <span><span class="swatch"></span>${msg('Recorded')}</span>
              ${kpi.baseline != null ? html`<span><span class="swatch swatch--muted"></span>${msg('Baseline')}</span>` : nothing}
              ${kpi.target != null ? html`<span><span class="swatch swatch--target"></span>${msg('Target')}</span>` : nothing}
            </p>`
          : nothing
      }
      ${
        recording
          ? this.#renderRecordForm(kpi, recording)
          : canRecord
            ? html`<button
                type="button"
                class="secondary"
                part="action-button"
                data-action="record"
                @click=${() => this.#openRecord(kpiId)}
              >
                ${msg('Record a value')}
              </button>`
            : nothing
      }
    </article>`;
  }

  #renderRecordForm(
    kpi: Kpi,
    r: { kpiId: string; recordedOn: string; value: string; note: string },
  ): TemplateResult {
    const errors = this.#errors;
    const general = errors.filter((e) => !['recordedOn', 'value', 'note'].includes(e.field?.[0] ?? ''));
    return html`<form
      part="form"
      class="record"
      aria-label=${msg(str`Record a value of ${kpi.name}`)}
      novalidate
      @submit=${(e: SubmitEvent) => {
        e.preventDefault();
        void this.#record(r);
      }}
      @keydown=${(e: KeyboardEvent) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          this.#closeRecord();
        }
      }}
    >
      ${
        general.length > 0
          ? html`<div class="form__error" role="alert" part="form-error">
              ${general.map((e) => html`<p>${e.message}</p>`)}
            </div>`
          : nothing
      }
      ${field(
        errors,
        'recordedOn',
        msg('Measured on'),
        (wiring) =>
          html`<input
            ${wiring}
            type="date"
            max=${today()}
            .value=${r.recordedOn}
            @input=${(e: Event) => (r.recordedOn = (e.target as HTMLInputElement).value)}
          />`,
      )}
      ${field(
        errors,
        'value',
        kpi.unit ? msg(str`Value (${kpi.unit})`) : msg('Value'),
        (wiring) =>
          html`<input
            ${wiring}
            inputmode="decimal"
            .value=${r.value}
            @input=${(e: Event) => (r.value = (e.target as HTMLInputElement).value)}
          />`,
      )}
      ${field(
        errors,
        'note',
        msg('Note (optional)'),
        (wiring) =>
          html`<input
            ${wiring}
            maxlength="500"
            dir="auto"
            .value=${r.note}
            @input=${(e: Event) => (r.note = (e.target as HTMLInputElement).value)}
          />`,
      )}
      <div class="form__actions">
        <button type="submit" part="save-button" ?disabled=${this.#busy === 'record'}>
          ${this.#busy === 'record' ? msg('Saving…') : msg('Save')}
        </button>
        <button type="button" class="secondary" part="action-button" @click=${() => this.#closeRecord()}>
          ${msg('Cancel')}
        </button>
      </div>
    </form>`;
  }

  #renderSummary(program: Program): TemplateResult | typeof nothing {
    if (program.outcomeSummary.length === 0) return nothing;
    const own =
      program.outcomeSummary.find((s) => s.locale === this.#host.locale) ?? program.outcomeSummary[0]!;
    return html`<section class="pad outcome-section" aria-labelledby="summary-heading">
      <h3 id="summary-heading">${msg('Outcome summary')}</h3>
      <p lang=${own.locale} dir="auto">${own.text}</p>
    </section>`;
  }

  #renderExports(program: Program): TemplateResult {
    const kinds: Array<[ExportKind, string]> = [
      ['ROSTER', msg('Roster (CSV)')],
      ['SESSIONS', msg('Sessions by week (CSV)')],
      ['KPIS', msg('KPI values (CSV)')],
    ];
    return html`<section class="pad outcome-section" aria-labelledby="exports-heading">
      <h3 id="exports-heading">${msg('Export')}</h3>
      <p class="muted">
        ${msg('Counts about fewer people than your organisation’s privacy threshold are withheld.')}
      </p>
      <div class="form__actions">
        ${kinds.map(
          ([kind, label]) =>
            html`<button
              type="button"
              class="secondary"
              part="action-button"
              data-export=${kind}
              ?disabled=${this.#busy !== undefined}
              aria-busy=${this.#busy === kind ? 'true' : 'false'}
              @click=${() => void this.#export(program, kind)}
            >
              ${this.#busy === kind ? msg('Preparing…') : label}
            </button>`,
        )}
      </div>
    </section>`;
  }

  #openRecord(kpiId: string): void {
    this.#recording = { kpiId, recordedOn: today(), value: '', note: '' };
    this.#errors = [];
    this.#host.focusAfterUpdate(`[data-kpi="${CSS.escape(kpiId)}"] form input`);
    this.#host.requestUpdate();
  }

  #closeRecord(): void {
    const kpiId = this.#recording?.kpiId;
    this.#recording = undefined;
    this.#errors = [];
    if (kpiId) this.#host.focusAfterUpdate(`[data-kpi="${CSS.escape(kpiId)}"] [data-action="record"]`);
    this.#host.requestUpdate();
  }

  async #record(r: { kpiId: string; recordedOn: string; value: string; note: string }): Promise<void> {
    const value = decimalNumber(r.value);
    const local: FieldError[] = [];
    if (value === undefined || Number.isNaN(value))
      local.push({ field: ['value'], message: msg('Enter a number.') });
    if (!r.recordedOn) local.push({ field: ['recordedOn'], message: msg('Enter the day it was measured.') });
    if (local.length > 0) return this.#refusedRecord(local);
    this.#busy = 'record';
    this.#host.requestUpdate();
    const result = await mutate(this.#host.gateway, recordKpiMutation, {
      input: { kpiId: r.kpiId, recordedOn: r.recordedOn, value: value!, note: r.note.trim() || null },
    });
    this.#busy = undefined;
    const payload = result.data?.recordProgramKpiValue;
    if (!payload?.kpi) return this.#refusedRecord(payload?.userErrors, result.error);
    this.#host.announce(msg('Value recorded.'));
    this.#closeRecord();
  }

  #refusedRecord(userErrors: readonly FieldError[] | undefined, error?: GatewayError): void {
    this.#busy = undefined;
    this.#errors = refusalErrors(
      this.#host,
      userErrors?.map((e) => ({ ...e, field: e.field?.[0] === 'input' ? e.field.slice(1) : e.field })),
      error,
    );
    this.#host.focusAfterUpdate('form.record [aria-invalid="true"], form.record [part~="form-error"]');
    this.#host.requestUpdate();
  }

  async #export(program: Program, kind: ExportKind): Promise<void> {
    this.#busy = kind;
    this.#host.notice(undefined);
    this.#host.requestUpdate();
    const { data, error } = await query(
      this.#host.gateway,
      exportQuery,
      {
        id: program.id,
        locale: this.#host.locale,
        roster: kind === 'ROSTER',
        sessions: kind === 'SESSIONS',
        kpis: kind === 'KPIS',
      },
      { requestPolicy: 'network-only' },
    );
    // Only the asked-for field is in the answer (@include).
    const node = data?.node ?? undefined;
    const csv =
      node === undefined
        ? undefined
        : kind === 'ROSTER'
          ? 'rosterCsv' in node
            ? node.rosterCsv
            : undefined
          : kind === 'SESSIONS'
            ? 'sessionsCsv' in node
              ? node.sessionsCsv
              : undefined
            : 'kpiCsv' in node
              ? node.kpiCsv
              : undefined;
    this.#busy = undefined;
    this.#host.requestUpdate();
    if (csv === undefined) {
      this.#host.notice(
        error ? this.#host.describeError(error) : msg('The export could not be made. Try again.'),
      );
      return;
    }
    const filename = `${slug(program.name)}-${kind.toLowerCase()}-${today()}.csv`;
    const event = new ProgramExportEvent({ programId: program.id, kind, filename, csv });
    this.#host.dispatchEvent(event);
    if (event.defaultPrevented) return;
    const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = filename;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    this.#host.announce(msg(str`Export saved as ${filename}.`));
  }
}

export function createTab(host: TabHost): Tab {
  return new OutcomesTab(host);
}
