import { mutate, query, type GatewayError } from '@coachwork/client';
import type { DocumentType } from '@coachwork/schema/gql';
import type { VariablesOf } from '@graphql-typed-document-node/core';
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { ProgramPublishedEvent } from '../events/program-published.js';
import { ProgramSavedEvent } from '../events/program-saved.js';
import { formatList, formatNumber } from '../shared/format.js';
import { refusalErrors } from '../shared/refusal.js';
import type { programSetupFields } from './program-console.setup.graphql.js';
import {
  closeProgramMutation,
  createProgramMutation,
  pauseProgramMutation,
  personSearchQuery,
  populationPreviewQuery,
  programSetupQuery,
  publishProgramMutation,
  resumeProgramMutation,
  setupChoicesQuery,
  unitSearchQuery,
  updateProgramMutation,
} from './program-console.setup.graphql.js';
import { SearchPicker, type PickerOption } from './program-console.picker.js';
import {
  decimalNumber,
  errorFor,
  field,
  formLevel,
  wholeNumber,
  type FieldError,
  jobLevelLabel,
  jobLevels,
  languageName,
  type Tab,
  type TabHost,
} from './program-console.tab.js';

type Program = DocumentType<typeof programSetupFields>;
/** What the setup mutations answer with. */
type Saved = Pick<Program, 'id' | 'name' | 'status'>;
type Choices = DocumentType<typeof setupChoicesQuery>;
type Rules = VariablesOf<typeof populationPreviewQuery>['rules'];

interface KpiDraft {
  id: string | undefined;
  /** Translations other than the one edited here, kept as they are. */
  otherNames: Array<{ locale: string; text: string }>;
  name: string;
  unit: string;
  baseline: string;
  target: string;
}

interface Named {
  id: string;
  name: string;
}

interface UnitRule extends Named {
  includeSubtree: boolean;
}

type PersonKey = 'includedPeople' | 'excludedPeople';
type UnitKey = 'orgUnits' | 'excludedOrgUnits';

/** The form as typed: strings where the admin types, lists where they pick. */
interface Draft {
  names: Record<string, string>;
  objectives: Record<string, string>;
  languages: string[];
  sessionsPerParticipant: string;
  durationWeeks: string;
  cadenceDays: string;
  sessionMinutes: string;
  capacity: string;
  startsOn: string;
  endsOn: string;
  minNoticeHours: string;
  horizonDays: string;
  lateCancelHours: string;
  bufferMinutes: string;
  focusCapabilities: string[];
  kpis: KpiDraft[];
  orgUnits: UnitRule[];
  excludedOrgUnits: UnitRule[];
  jobLevels: string[];
  minDaysInRole: string;
  maxDaysInRole: string;
  managesManagers: '' | 'true' | 'false';
  timeZones: string;
  locales: string[];
  includedPeople: Named[];
  excludedPeople: Named[];
}

/** Every key a field of the form shows errors under (program-console.forms.ts errorKey). */
const fieldKeys = new Set([
  'names',
  'objectives',
  'languages',
  'sessionsPerParticipant',
  'durationWeeks',
  'cadenceDays',
  'sessionMinutes',
  'capacity',
  'startsOn',
  'endsOn',
  'policy.minNoticeHours',
  'policy.horizonDays',
  'policy.lateCancelHours',
  'policy.bufferMinutes',
  'focusCapabilities',
  'kpis',
  'targetPopulation.orgUnits',
  'targetPopulation.excludedOrgUnits',
  'targetPopulation.jobLevels',
  'targetPopulation.minDaysInRole',
  'targetPopulation.maxDaysInRole',
  'targetPopulation.managesManagers',
  'targetPopulation.timeZones',
  'targetPopulation.locales',
  'targetPopulation.includedPersonIds',
  'targetPopulation.excludedPersonIds',
  'outcomeSummary',
]);

const text = (n: number | null | undefined): string => (n === null || n === undefined ? '' : String(n));

function draftOf(program: Program | undefined, choices: Choices): Draft {
  const first = choices.organisation.locales[0] ?? 'en';
  const byLocale = (list: ReadonlyArray<{ locale: string; text: string }> | undefined) =>
    Object.fromEntries((list ?? []).map((t) => [t.locale, t.text]));
  const rules = program?.targetPopulation;
  return {
    names: byLocale(program?.names),
    objectives: byLocale(program?.objectives),
    languages: program ? [...program.languages] : [first],
    sessionsPerParticipant: text(program?.sessionsPerParticipant ?? 6),
    durationWeeks: text(program?.durationWeeks ?? 12),
    cadenceDays: text(program?.cadenceDays ?? 14),
    sessionMinutes: text(program?.sessionMinutes ?? 60),
    capacity: text(program?.capacity),
    startsOn: program?.startsOn ?? '',
    endsOn: program?.endsOn ?? '',
    minNoticeHours: text(program?.policy.minNoticeHours ?? 24),
    horizonDays: text(program?.policy.horizonDays ?? 60),
    lateCancelHours: text(program?.policy.lateCancelHours ?? 24),
    bufferMinutes: text(program?.policy.bufferMinutes ?? 15),
    focusCapabilities: program?.focusCapabilities.map((c) => c.code) ?? [],
    kpis: (program?.kpis ?? []).map((k) => {
      const own = k.names.find((n) => n.locale === first) ?? k.names[0];
      return {
        id: k.id ?? undefined,
        otherNames: k.names.filter((n) => n !== own).map((n) => ({ locale: n.locale, text: n.text })),
        name: own?.text ?? '',
        unit: k.unit ?? '',
        baseline: text(k.baseline),
        target: text(k.target),
      };
    }),
    orgUnits: rules?.orgUnits.map((u) => ({ ...u.orgUnit, includeSubtree: u.includeSubtree })) ?? [],
    excludedOrgUnits:
      rules?.excludedOrgUnits.map((u) => ({ ...u.orgUnit, includeSubtree: u.includeSubtree })) ?? [],
    jobLevels: rules ? [...rules.jobLevels] : [],
    minDaysInRole: text(rules?.minDaysInRole),
    maxDaysInRole: text(rules?.maxDaysInRole),
    managesManagers:
      rules?.managesManagers === true ? 'true' : rules?.managesManagers === false ? 'false' : '',
    timeZones: (rules?.timeZones ?? []).join(', '),
    locales: rules ? [...rules.locales] : [],
    includedPeople: rules?.includedPeople.map((p) => ({ id: p.id, name: p.name })) ?? [],
    excludedPeople: rules?.excludedPeople.map((p) => ({ id: p.id, name: p.name })) ?? [],
  };
}

/** The rules as the gateway takes them; numbers that are not numbers are left out (the form flags them). */
function rulesOf(d: Draft): Rules {
  const whole = (t: string): number | null => {
    const n = wholeNumber(t);
    return n === undefined || Number.isNaN(n) ? null : n;
  };
  return {
    orgUnits: d.orgUnits.map((u) => ({ orgUnitId: u.id, includeSubtree: u.includeSubtree })),
    excludedOrgUnits: d.excludedOrgUnits.map((u) => ({ orgUnitId: u.id, includeSubtree: u.includeSubtree })),
    jobLevels: d.jobLevels as Rules['jobLevels'],
    minDaysInRole: whole(d.minDaysInRole),
    maxDaysInRole: whole(d.maxDaysInRole),
    managesManagers: d.managesManagers === '' ? null : d.managesManagers === 'true',
    timeZones: d.timeZones
      .split(/[\s,]+/)
      .map((z) => z.trim())
      .filter(Boolean),
    locales: d.locales,
    includedPersonIds: d.includedPeople.map((p) => p.id),
    excludedPersonIds: d.excludedPeople.map((p) => p.id),
  };
}

/** Errors the browser can tell before asking: numbers that are not numbers. */
function localErrors(d: Draft): FieldError[] {
  const errors: FieldError[] = [];
  const whole: Array<[keyof Draft, string[]]> = [
    ['sessionsPerParticipant', ['sessionsPerParticipant']],
    ['durationWeeks', ['durationWeeks']],
    ['cadenceDays', ['cadenceDays']],
    ['sessionMinutes', ['sessionMinutes']],
    ['capacity', ['capacity']],
    ['minNoticeHours', ['policy', 'minNoticeHours']],
    ['horizonDays', ['policy', 'horizonDays']],
    ['lateCancelHours', ['policy', 'lateCancelHours']],
    ['bufferMinutes', ['policy', 'bufferMinutes']],
    ['minDaysInRole', ['targetPopulation', 'minDaysInRole']],
    ['maxDaysInRole', ['targetPopulation', 'maxDaysInRole']],
  ];
  for (const [key, path] of whole) {
    if (Number.isNaN(wholeNumber(d[key] as string)))
      errors.push({ field: path, message: msg('Enter a whole number.') });
  }
  d.kpis.forEach((k, i) => {
    if (Number.isNaN(decimalNumber(k.baseline)) || Number.isNaN(decimalNumber(k.target)))
      errors.push({ field: ['kpis', String(i)], message: msg('Baseline and target must be numbers.') });
  });
  return errors;
}

class SetupTab implements Tab {
  readonly #host: TabHost;
  #draft: Draft | undefined;
  /** The program (or `new`) the draft was made for. */
  #draftFor: string | undefined;
  #errors: readonly FieldError[] = [];
  #saving = false;
  /** A confirmation open under the form: publish, close (with its summary) or pause. */
  #confirm: 'publish' | 'close' | undefined;
  #summary = '';
  /** The rules the live count was last asked for (debounced while the admin types). */
  #previewRules: Rules | undefined;
  #previewTimer: ReturnType<typeof setTimeout> | undefined;

  readonly #choices;
  readonly #program;
  readonly #preview;
  readonly #pickers = new Map<UnitKey | PersonKey, SearchPicker>();

  constructor(host: TabHost) {
    this.#host = host;
    const shown = (): boolean => host.activeTab === 'setup';
    this.#choices = host.createQuery({
      query: setupChoicesQuery,
      variables: () => ({ locale: host.locale }),
      pause: () => !shown(),
    });
    this.#program = host.createQuery({
      query: programSetupQuery,
      variables: () => ({ id: host.programId ?? '' }),
      pause: () => !shown() || host.programId === undefined,
    });
    this.#preview = host.createQuery({
      query: populationPreviewQuery,
      variables: () => ({ rules: this.#previewRules ?? {}, programId: host.programId ?? null }),
      pause: () => !shown() || this.#previewRules === undefined,
    });
  }

  render(): unknown {
    const id = this.#host.programId;
    if (id === undefined) {
      return this.#host.renderQuery(this.#choices, {
        loading: { label: msg('Loading the setup…'), lines: 6 },
        content: (choices) => this.#renderForm(undefined, choices),
      });
    }
    return this.#host.renderQuery(this.#program, {
      loading: { label: msg('Loading the setup…'), lines: 6 },
      content: (data) => {
        const program = data.node && 'viewerCanManage' in data.node ? data.node : undefined;
        if (!program) return html`<p class="muted pad">${msg('This item no longer exists.')}</p>`;
        return this.#host.renderQuery(this.#choices, {
          loading: { label: msg('Loading the setup…'), lines: 6 },
          content: (choices) => this.#renderForm(program, choices),
        });
      },
    });
  }

  #ensureDraft(program: Program | undefined, choices: Choices): Draft {
    const key = program?.id ?? 'new';
    if (!this.#draft || this.#draftFor !== key) {
      this.#draft = draftOf(program, choices);
      this.#draftFor = key;
      this.#errors = [];
      this.#confirm = undefined;
      this.#previewRules = rulesOf(this.#draft);
      // Made during render, after the queries took their variables: the count asks on the next update.
      queueMicrotask(() => this.#host.requestUpdate());
    }
    return this.#draft;
  }

  #renderForm(program: Program | undefined, choices: Choices): TemplateResult {
    const d = this.#ensureDraft(program, choices);
    const locale = this.#host.locale;
    const locales = choices.organisation.locales;
    const editable =
      !program || (program.viewerCanManage && !['CLOSED', 'ARCHIVED'].includes(program.status));
    const errors = this.#errors;
    const general = formLevel(errors, fieldKeys);
    const number = (key: keyof Draft, errorPath: string, label: string, hint?: string) =>
      field(
        errors,
        errorPath,
        label,
        (wiring) =>
          html`<input
            ${wiring}
            inputmode="numeric"
            .value=${d[key] as string}
            @input=${(e: Event) => this.#set(key, (e.target as HTMLInputElement).value)}
          />`,
        hint,
      );
    return html`<form
      part="form"
      class="pad setup"
      aria-label=${program ? msg(str`Setup of ${program.name}`) : msg('New program')}
      novalidate
      aria-busy=${this.#saving ? 'true' : 'false'}
      @submit=${(e: SubmitEvent) => {
        e.preventDefault();
        void this.#save(program);
      }}
    >
      ${
        general.length > 0
          ? html`<div class="form__error" role="alert" part="form-error">
              ${general.map((e) => html`<p>${e.message}</p>`)}
            </div>`
          : nothing
      }
      <fieldset ?disabled=${!editable || this.#saving}>
        <legend>${msg('Program')}</legend>
        ${this.#texts(locales[0] ?? 'en', true)}
        ${
          locales.length > 1
            ? html`<details
                class="translations"
                ?open=${locales.slice(1).some((l) => d.names[l] || d.objectives[l])}
              >
                <summary>${msg('Name and objective in other languages (optional)')}</summary>
                ${locales.slice(1).map((l) => this.#texts(l, false))}
              </details>`
            : nothing
        }
        ${this.#checkboxes(
          'languages',
          msg('Coaching languages'),
          locales.map((l) => ({ value: l, label: languageName(l, locale) })),
          d.languages,
          (values) => (d.languages = values),
        )}
        ${this.#checkboxes(
          'focusCapabilities',
          msg('Focus capabilities (at most 5)'),
          choices.capabilities.edges.map(({ node }) => ({ value: node.code, label: node.name })),
          d.focusCapabilities,
          (values) => (d.focusCapabilities = values),
        )}
      </fieldset>

      <fieldset ?disabled=${!editable || this.#saving}>
        <legend>${msg('Sessions and dates')}</legend>
        <div class="grid">
          ${number('sessionsPerParticipant', 'sessionsPerParticipant', msg('Sessions per participant'))}
          ${number('cadenceDays', 'cadenceDays', msg('Days between sessions'))}
          ${number('sessionMinutes', 'sessionMinutes', msg('Session length (minutes)'))}
          ${number('durationWeeks', 'durationWeeks', msg('Duration (weeks)'))}
          ${number('capacity', 'capacity', msg('Capacity'), msg('Empty: no limit.'))}
          ${this.#date('startsOn', msg('Starts on'))} ${this.#date('endsOn', msg('Ends on'))}
        </div>
      </fieldset>

      <fieldset ?disabled=${!editable || this.#saving}>
        <legend>${msg('Booking and cancellation')}</legend>
        <div class="grid">
          ${number('minNoticeHours', 'policy.minNoticeHours', msg('Notice to book (hours)'))}
          ${number('horizonDays', 'policy.horizonDays', msg('Bookable ahead (days)'))}
          ${number('lateCancelHours', 'policy.lateCancelHours', msg('Late cancellation within (hours)'))}
          ${number('bufferMinutes', 'policy.bufferMinutes', msg('Buffer between sessions (minutes)'))}
        </div>
      </fieldset>

      <fieldset ?disabled=${!editable || this.#saving}>
        <legend>${msg('KPIs')}</legend>
        ${this.#renderKpis(d)}
      </fieldset>

      <fieldset ?disabled=${!editable || this.#saving}>
        <legend>${msg('Who it is for')}</legend>
        ${this.#unitPicker('orgUnits', msg('Org units'), d.orgUnits)}
        ${this.#unitPicker('excludedOrgUnits', msg('Excluded org units'), d.excludedOrgUnits)}
        ${this.#checkboxes(
          'targetPopulation.jobLevels',
          msg('Job levels'),
          jobLevels.map((level) => ({ value: level, label: jobLevelLabel(level) })),
          d.jobLevels,
          (values) => {
            d.jobLevels = values;
            this.#rulesChanged();
          },
        )}
        <div class="grid">
          ${this.#ruleNumber('minDaysInRole', msg('At least … days in role'))}
          ${this.#ruleNumber('maxDaysInRole', msg('At most … days in role'), msg('183 ≈ promoted in the last six months.'))}
          ${field(
            errors,
            'targetPopulation.managesManagers',
            msg('Manages managers'),
            (wiring) =>
              html`<select
                ${wiring}
                @change=${(e: Event) => {
                  d.managesManagers = (e.target as HTMLSelectElement).value as Draft['managesManagers'];
                  this.#rulesChanged();
                }}
              >
                <option value="" ?selected=${d.managesManagers === ''}>${msg('Either')}</option>
                <option value="true" ?selected=${d.managesManagers === 'true'}>${msg('Yes')}</option>
                <option value="false" ?selected=${d.managesManagers === 'false'}>${msg('No')}</option>
              </select>`,
          )}
        </div>
        ${field(
          errors,
          'targetPopulation.timeZones',
          msg('Time zones'),
          (wiring) =>
            html`<input
              ${wiring}
              dir="ltr"
              autocomplete="off"
              .value=${d.timeZones}
              @input=${(e: Event) => {
                d.timeZones = (e.target as HTMLInputElement).value;
                this.#rulesChanged();
              }}
            />`,
          msg('IANA names separated by commas, e.g. Europe/Madrid, Asia/Dubai. Empty: every zone.'),
        )}
        ${this.#checkboxes(
          'targetPopulation.locales',
          msg('Languages people speak'),
          locales.map((l) => ({ value: l, label: languageName(l, locale) })),
          d.locales,
          (values) => {
            d.locales = values;
            this.#rulesChanged();
          },
        )}
        ${this.#personPicker('includedPeople', msg('Always included'), msg('Nobody named.'))}
        ${this.#personPicker('excludedPeople', msg('Always excluded'), msg('Nobody named.'))}
        ${this.#renderPopulation()}
      </fieldset>

      ${
        program?.status === 'CLOSED' || program?.status === 'ARCHIVED'
          ? html`<section class="outcome">
              <h3>${msg('Outcome summary')}</h3>
              ${program.outcomeSummary.map((s) => html`<p lang=${s.locale} dir="auto">${s.text}</p>`)}
            </section>`
          : nothing
      }
      ${editable ? this.#renderActions(program) : nothing}
    </form>`;
  }

  /** The name and objective in one language; the organisation's first language is required. */
  #texts(l: string, primary: boolean): TemplateResult {
    const d = this.#draft!;
    const language = languageName(l, this.#host.locale);
    return html`${field(
      this.#errors,
      primary ? 'names' : `names-${l}`,
      primary ? msg('Name') : msg(str`Name in ${language}`),
      (wiring) =>
        html`<input
          ${wiring}
          lang=${l}
          dir="auto"
          maxlength="200"
          autocomplete="off"
          ?required=${primary}
          .value=${d.names[l] ?? ''}
          @input=${(e: Event) => {
            d.names = { ...d.names, [l]: (e.target as HTMLInputElement).value };
          }}
        />`,
    )}
    ${field(
      this.#errors,
      primary ? 'objectives' : `objectives-${l}`,
      primary ? msg('Objective') : msg(str`Objective in ${language}`),
      (wiring) =>
        html`<textarea
          ${wiring}
          lang=${l}
          dir="auto"
          rows="2"
          maxlength="2000"
          ?required=${primary}
          .value=${d.objectives[l] ?? ''}
          @input=${(e: Event) => {
            d.objectives = { ...d.objectives, [l]: (e.target as HTMLTextAreaElement).value };
          }}
        ></textarea>`,
    )}`;
  }

  #renderKpis(d: Draft): TemplateResult {
    const errors = this.#errors;
    const kpiError = errorFor(errors, 'kpis');
    return html`${d.kpis.length === 0 ? html`<p class="muted">${msg('No KPIs yet.')}</p>` : nothing}
      <ul class="kpis">
        ${d.kpis.map((k, i) => {
          const input = (key: 'name' | 'unit' | 'baseline' | 'target', label: string, mode?: string) =>
            html`<div class="field" part="field">
              <label for=${`kpi-${i}-${key}`}>${label}</label>
              <input
                id=${`kpi-${i}-${key}`}
                dir=${key === 'name' ? 'auto' : nothing}
                inputmode=${mode ?? nothing}
                autocomplete="off"
                .value=${k[key]}
                @input=${(e: Event) => {
                  k[key] = (e.target as HTMLInputElement).value;
                }}
              />
            </div>`;
          return html`<li class="kpi grid" data-kpi=${i}>
            ${input('name', msg(str`KPI ${i + 1}`))} ${input('unit', msg('Unit'))}
            ${input('baseline', msg('Baseline'), 'decimal')} ${input('target', msg('Target'), 'decimal')}
            <button
              type="button"
              class="secondary"
              part="action-button"
              data-action="remove-kpi"
              aria-label=${msg(str`Remove KPI ${i + 1}`)}
              @click=${() => {
                d.kpis = d.kpis.filter((x) => x !== k);
                this.#host.requestUpdate();
              }}
            >
              ${msg('Remove')}
            </button>
          </li>`;
        })}
      </ul>
      ${kpiError ? html`<p class="field__error" part="field-error" role="alert">${kpiError}</p>` : nothing}
      <button
        type="button"
        class="secondary"
        part="action-button"
        data-action="add-kpi"
        @click=${() => {
          d.kpis = [
            ...d.kpis,
            { id: undefined, otherNames: [], name: '', unit: '', baseline: '', target: '' },
          ];
          this.#host.requestUpdate();
        }}
      >
        ${msg('Add a KPI')}
      </button>`;
  }

  #date(key: 'startsOn' | 'endsOn', label: string): TemplateResult {
    const d = this.#draft!;
    return field(
      this.#errors,
      key,
      label,
      (wiring) =>
        html`<input
          ${wiring}
          type="date"
          .value=${d[key]}
          @input=${(e: Event) => (d[key] = (e.target as HTMLInputElement).value)}
        />`,
    );
  }

  #ruleNumber(key: 'minDaysInRole' | 'maxDaysInRole', label: string, hint?: string): TemplateResult {
    const d = this.#draft!;
    return field(
      this.#errors,
      `targetPopulation.${key}`,
      label,
      (wiring) =>
        html`<input
          ${wiring}
          inputmode="numeric"
          .value=${d[key]}
          @input=${(e: Event) => {
            d[key] = (e.target as HTMLInputElement).value;
            this.#rulesChanged();
          }}
        />`,
      hint,
    );
  }

  /** A group of checkboxes named by a fieldset, with the group's error. */
  #checkboxes(
    key: string,
    legend: string,
    options: ReadonlyArray<{ value: string; label: string }>,
    selected: readonly string[],
    onChange: (values: string[]) => void,
  ): TemplateResult {
    const error = errorFor(this.#errors, key);
    const id = `setup-${key.replace(/\W/g, '-')}`;
    return html`<fieldset
      class="choices"
      part="field"
      data-field=${key}
      aria-invalid=${error ? 'true' : 'false'}
      aria-describedby=${error ? `${id}-error` : nothing}
    >
      <legend>${legend}</legend>
      <div class="grid">
        ${options.map(
          (o) =>
            html`<label class="check"
              ><input
                type="checkbox"
                value=${o.value}
                .checked=${selected.includes(o.value)}
                @change=${(e: Event) => {
                  const on = (e.target as HTMLInputElement).checked;
                  onChange(on ? [...selected, o.value] : selected.filter((v) => v !== o.value));
                  this.#host.requestUpdate();
                }}
              />
              ${o.label}</label
            >`,
        )}
      </div>
      ${error ? html`<p class="field__error" id=${`${id}-error`} part="field-error">${error}</p>` : nothing}
    </fieldset>`;
  }

  /** The search box adding to `key`, made on first use and kept (with its text) across renders. */
  #pickerFor(key: UnitKey | PersonKey): SearchPicker {
    let picker = this.#pickers.get(key);
    if (!picker) {
      const gateway = this.#host.gateway;
      const search = async (text: string): Promise<PickerOption[] | undefined> => {
        const search = text.trim() || null;
        if (key === 'orgUnits' || key === 'excludedOrgUnits') {
          const { data } = await query(gateway, unitSearchQuery, { search });
          return data?.orgUnits.edges.map(({ node }) => ({
            id: node.id,
            label: node.name,
            detail: formatNumber(node.peopleCount, { locale: this.#host.locale }),
          }));
        }
        const { data } = await query(gateway, personSearchQuery, { search });
        return data?.people.edges.map(({ node }) => ({
          id: node.id,
          label: node.name,
          detail: node.orgUnit?.name,
        }));
      };
      const pick = ({ id, label }: PickerOption): void => {
        const d = this.#draft!;
        if (key === 'orgUnits' || key === 'excludedOrgUnits') {
          if (!d[key].some((r) => r.id === id))
            d[key] = [...d[key], { id, name: label, includeSubtree: true }];
        } else if (!d[key].some((p) => p.id === id)) {
          d[key] = [...d[key], { id, name: label }];
        }
        this.#rulesChanged();
        this.#host.announce(msg(str`${label} added.`));
      };
      picker = new SearchPicker(`setup-${key}-add`, search, pick, () => this.#host.requestUpdate());
      this.#pickers.set(key, picker);
    }
    return picker;
  }

  /** Chosen entries (with a remove button and, for units, their subtree switch) and a search to add one. */
  #chosenList<T extends Named>(
    key: UnitKey | PersonKey,
    errorPath: string,
    legend: string,
    chosen: T[],
    none: string,
    add: string,
    extra: (entry: T, set: (next: T[]) => void) => unknown,
  ): TemplateResult {
    const d = this.#draft! as unknown as Record<string, T[]>;
    const error = errorFor(this.#errors, errorPath);
    const errorId = `setup-${key}-add-error`;
    const set = (next: T[]): void => {
      d[key] = next;
      this.#rulesChanged();
      this.#host.requestUpdate();
    };
    return html`<fieldset class="choices" part="field" data-field=${errorPath}>
      <legend>${legend}</legend>
      ${
        chosen.length === 0
          ? html`<p class="muted">${none}</p>`
          : html`<ul class="units">
              ${chosen.map(
                (entry) =>
                  html`<li data-id=${entry.id}>
                    <span dir="auto">${entry.name}</span>
                    ${extra(entry, set)}
                    <button
                      type="button"
                      class="secondary"
                      part="action-button"
                      aria-label=${msg(str`Remove ${entry.name}`)}
                      @click=${() => set(chosen.filter((r) => r !== entry))}
                    >
                      ${msg('Remove')}
                    </button>
                  </li>`,
              )}
            </ul>`
      }
      ${this.#pickerFor(key).render(add, !!error, error ? errorId : undefined)}
      ${error ? html`<p class="field__error" id=${errorId} part="field-error">${error}</p>` : nothing}
    </fieldset>`;
  }

  /** People named outright: in (or out) whatever the other rules say. */
  #personPicker(key: PersonKey, legend: string, none: string): TemplateResult {
    return this.#chosenList(
      key,
      `targetPopulation.${key === 'includedPeople' ? 'includedPersonIds' : 'excludedPersonIds'}`,
      legend,
      this.#draft![key],
      none,
      msg('Find a person'),
      () => nothing,
    );
  }

  #unitPicker(key: UnitKey, legend: string, chosen: UnitRule[]): TemplateResult {
    return this.#chosenList(
      key,
      `targetPopulation.${key}`,
      legend,
      chosen,
      key === 'orgUnits' ? msg('Every org unit.') : msg('None excluded.'),
      msg('Add an org unit'),
      (rule, set) =>
        html`<label class="check"
          ><input
            type="checkbox"
            .checked=${rule.includeSubtree}
            @change=${(e: Event) =>
              set(
                chosen.map((r) =>
                  r === rule ? { ...r, includeSubtree: (e.target as HTMLInputElement).checked } : r,
                ),
              )}
          />
          ${msg('with the units below')}</label
        >`,
    );
  }

  #renderPopulation(): TemplateResult {
    const locale = this.#host.locale;
    const preview = this.#preview;
    const result = preview.data?.programPopulationPreview;
    let body: unknown;
    if (this.#previewTimer !== undefined || preview.loading) {
      body = html`<p>${msg('Counting who matches…')}</p>`;
    } else if (preview.error && !result) {
      body = html`<p>${this.#host.describeError(preview.error)}</p>
        <button type="button" class="secondary" part="action-button" @click=${() => preview.retry()}>
          ${msg('Count again')}
        </button>`;
    } else if (result && result.userErrors.length > 0) {
      body = html`<p class="field__error">${result.userErrors.map((e) => e.message).join(' ')}</p>`;
    } else if (result) {
      const count = formatNumber(result.count, { locale });
      const overlap = formatNumber(result.overlapCount, { locale });
      body = html`<p>
          <strong data-count=${result.count}>${msg(str`${count} people match`)}</strong>${
            result.overlapCount > 0
              ? html`,
                  <span data-overlap=${result.overlapCount}
                    >${msg(str`${overlap} of them already in another program`)}</span
                  >`
              : nothing
          }
        </p>
        ${
          result.overlaps.length > 0
            ? html`<p class="muted">
                ${formatList(
                  result.overlaps.map((o) => `${o.program.name} (${formatNumber(o.count, { locale })})`),
                  { locale },
                )}
              </p>`
            : nothing
        }
        ${
          result.sample.length > 0
            ? html`<p class="muted">
                ${msg(
                  str`For example: ${formatList(
                    result.sample.map((p) => p.name),
                    { locale },
                  )}`,
                )}
              </p>`
            : nothing
        }`;
    }
    return html`<div class="population" part="population" role="status" aria-live="polite">${body}</div>`;
  }

  #renderActions(program: Program | undefined): TemplateResult {
    const status = program?.status;
    const confirm = this.#confirm;
    const count = this.#preview.data?.programPopulationPreview.count;
    return html`<div class="form__actions">
        <button type="submit" part="save-button" ?disabled=${this.#saving}>
          ${this.#saving ? msg('Saving…') : program ? msg('Save changes') : msg('Create draft')}
        </button>
        ${
          status === 'DRAFT'
            ? html`<button
                type="button"
                part="action-button"
                data-action="publish"
                ?disabled=${this.#saving}
                aria-expanded=${confirm === 'publish' ? 'true' : 'false'}
                @click=${() => this.#ask('publish')}
              >
                ${msg('Publish…')}
              </button>`
            : nothing
        }
        ${
          status === 'ACTIVE'
            ? html`<button
                type="button"
                class="secondary"
                part="action-button"
                data-action="pause"
                ?disabled=${this.#saving}
                @click=${() => void this.#transition(program!, 'pause')}
              >
                ${msg('Pause')}
              </button>`
            : nothing
        }
        ${
          status === 'PAUSED'
            ? html`<button
                type="button"
                part="action-button"
                data-action="resume"
                ?disabled=${this.#saving}
                @click=${() => void this.#transition(program!, 'resume')}
              >
                ${msg('Resume')}
              </button>`
            : nothing
        }
        ${
          status === 'ACTIVE' || status === 'PAUSED'
            ? html`<button
                type="button"
                class="secondary"
                part="action-button"
                data-action="close"
                ?disabled=${this.#saving}
                aria-expanded=${confirm === 'close' ? 'true' : 'false'}
                @click=${() => this.#ask('close')}
              >
                ${msg('Close the program…')}
              </button>`
            : nothing
        }
      </div>
      ${
        confirm === 'publish' && program
          ? this.#confirmation(
              'publish',
              html`${
                count === undefined
                  ? msg('Publish the program and invite everyone it is for?')
                  : msg(
                      str`Publish the program and invite the ${formatNumber(count, { locale: this.#host.locale })} people it is for?`,
                    )
              }
              ${msg('Unsaved changes are saved first.')}`,
              msg('Publish and invite'),
              () => void this.#publish(program),
            )
          : nothing
      }
      ${
        confirm === 'close' && program
          ? this.#confirmation(
              'close',
              msg('Closing ends the program: participants are completed and open invitations withdrawn.'),
              msg('Close the program'),
              () => void this.#close(program),
              field(
                this.#errors,
                'outcomeSummary',
                msg('Outcome summary'),
                (wiring) =>
                  html`<textarea
                    ${wiring}
                    rows="3"
                    maxlength="2000"
                    dir="auto"
                    .value=${this.#summary}
                    @input=${(e: Event) => (this.#summary = (e.target as HTMLTextAreaElement).value)}
                  ></textarea>`,
              ),
            )
          : nothing
      }`;
  }

  /** The question before publishing or closing, with what it asks for, the step itself and a way back. */
  #confirmation(
    kind: 'publish' | 'close',
    question: unknown,
    confirmLabel: string,
    onConfirm: () => void,
    extra: unknown = nothing,
  ): TemplateResult {
    return html`<div class="confirm" role="group" aria-labelledby="confirm-heading" data-confirm=${kind}>
      <p id="confirm-heading" tabindex="-1">${question}</p>
      ${extra}
      <div class="form__actions">
        <button type="button" part="action-button" data-action=${`confirm-${kind}`} @click=${onConfirm}>
          ${confirmLabel}
        </button>
        <button type="button" class="secondary" part="action-button" @click=${() => this.#ask(undefined)}>
          ${msg('Cancel')}
        </button>
      </div>
    </div>`;
  }

  #ask(confirm: 'publish' | 'close' | undefined): void {
    this.#confirm = confirm;
    if (confirm) this.#host.focusAfterUpdate('#confirm-heading');
    this.#host.requestUpdate();
  }

  #set(key: keyof Draft, value: string): void {
    (this.#draft as unknown as Record<string, string>)[key] = value;
  }

  /** The live count follows the rules 400 ms after the admin stops typing. */
  #rulesChanged(): void {
    clearTimeout(this.#previewTimer);
    this.#previewTimer = setTimeout(() => {
      this.#previewTimer = undefined;
      if (this.#draft) this.#previewRules = rulesOf(this.#draft);
      this.#host.requestUpdate();
    }, 400);
    this.#host.requestUpdate();
  }

  /** The input both create and update take, from the draft. */
  #input(program: Program | undefined) {
    const d = this.#draft!;
    const texts = (byLocale: Record<string, string>) =>
      Object.entries(byLocale)
        .map(([locale, t]) => ({ locale, text: t.trim() }))
        .filter((t) => t.text !== '');
    const int = (t: string): number | null => wholeNumber(t) ?? null;
    const dec = (t: string): number | null => decimalNumber(t) ?? null;
    const first = Object.keys(d.names)[0] ?? d.languages[0] ?? 'en';
    return {
      names: texts(d.names),
      objectives: texts(d.objectives),
      languages: d.languages,
      sessionsPerParticipant: int(d.sessionsPerParticipant),
      durationWeeks: int(d.durationWeeks),
      cadenceDays: int(d.cadenceDays),
      sessionMinutes: program && program.status !== 'DRAFT' ? null : int(d.sessionMinutes),
      startsOn: d.startsOn || null,
      endsOn: d.endsOn || null,
      capacity: int(d.capacity),
      policy: {
        minNoticeHours: int(d.minNoticeHours),
        horizonDays: int(d.horizonDays),
        lateCancelHours: int(d.lateCancelHours),
        bufferMinutes: int(d.bufferMinutes),
      },
      focusCapabilities: d.focusCapabilities,
      kpis: d.kpis.map((k) => ({
        id: k.id ?? null,
        names: [...(k.name.trim() ? [{ locale: first, text: k.name.trim() }] : []), ...k.otherNames],
        unit: k.unit.trim() || null,
        baseline: dec(k.baseline),
        target: dec(k.target),
      })),
      targetPopulation: rulesOf(d),
    };
  }

  /** Saves the draft; the saved program, or undefined (and the form says why) when refused. */
  async #save(program: Program | undefined): Promise<Saved | undefined> {
    const local = localErrors(this.#draft!);
    if (local.length > 0) return this.#refused(local);
    this.#begin();
    const input = this.#input(program);
    if (!program) {
      const { sessionMinutes, ...rest } = input;
      const result = await mutate(this.#host.gateway, createProgramMutation, {
        input: { ...rest, sessionMinutes },
      });
      const saved = result.data?.createProgram.program;
      if (!saved) return this.#refused(result.data?.createProgram.userErrors, result.error);
      this.#done(msg(str`Program “${saved.name}” created as a draft.`));
      // The new program's draft starts from what the gateway saved.
      this.#draft = undefined;
      this.#host.dispatchEvent(
        new ProgramSavedEvent({ programId: saved.id, status: saved.status, created: true }),
      );
      this.#host.open(saved.id, 'setup');
      return saved;
    }
    const { capacity, ...rest } = input;
    const result = await mutate(this.#host.gateway, updateProgramMutation, {
      input: {
        programId: program.id,
        ...rest,
        ...(capacity === null ? { clearCapacity: true } : { capacity }),
      },
    });
    const saved = result.data?.updateProgram.program;
    if (!saved) return this.#refused(result.data?.updateProgram.userErrors, result.error);
    this.#done(msg(str`Changes to “${saved.name}” saved.`));
    this.#host.dispatchEvent(
      new ProgramSavedEvent({ programId: saved.id, status: saved.status, created: false }),
    );
    return saved;
  }

  async #publish(program: Program): Promise<void> {
    const saved = await this.#save(program);
    if (!saved) return;
    this.#begin();
    const result = await mutate(this.#host.gateway, publishProgramMutation, {
      input: { programId: program.id },
    });
    const payload = result.data?.publishProgram;
    if (!payload?.program) {
      this.#refused(payload?.userErrors, result.error);
      return;
    }
    const locale = this.#host.locale;
    this.#done(
      payload.waitlistedCount > 0
        ? msg(
            str`Published. ${formatNumber(payload.invitedCount, { locale })} people invited, ${formatNumber(payload.waitlistedCount, { locale })} waitlisted.`,
          )
        : msg(str`Published. ${formatNumber(payload.invitedCount, { locale })} people invited.`),
    );
    this.#host.dispatchEvent(
      new ProgramPublishedEvent({ programId: program.id, invited: payload.invitedCount }),
    );
  }

  async #transition(program: Program, to: 'pause' | 'resume'): Promise<void> {
    this.#begin();
    const result =
      to === 'pause'
        ? await mutate(this.#host.gateway, pauseProgramMutation, { input: { programId: program.id } })
        : await mutate(this.#host.gateway, resumeProgramMutation, { input: { programId: program.id } });
    const payload =
      result.data && 'pauseProgram' in result.data ? result.data.pauseProgram : result.data?.resumeProgram;
    if (!payload?.program) {
      this.#refused(payload?.userErrors, result.error);
      return;
    }
    this.#done(to === 'pause' ? msg('Program paused.') : msg('Program resumed.'));
    this.#host.dispatchEvent(
      new ProgramSavedEvent({ programId: program.id, status: payload.program.status, created: false }),
    );
  }

  async #close(program: Program): Promise<void> {
    this.#begin();
    const summary = this.#summary.trim();
    const result = await mutate(this.#host.gateway, closeProgramMutation, {
      input: {
        programId: program.id,
        outcomeSummary: summary ? [{ locale: this.#host.locale, text: summary }] : [],
      },
    });
    const payload = result.data?.closeProgram;
    if (!payload?.program) {
      this.#refused(payload?.userErrors, result.error);
      return;
    }
    this.#summary = '';
    this.#done(msg('Program closed.'));
    this.#host.dispatchEvent(
      new ProgramSavedEvent({ programId: program.id, status: payload.program.status, created: false }),
    );
  }

  #begin(): void {
    this.#saving = true;
    this.#errors = [];
    this.#host.notice(undefined);
  }

  #done(announcement: string): void {
    this.#saving = false;
    this.#confirm = undefined;
    this.#errors = [];
    this.#host.announce(announcement);
  }

  #refused(userErrors: readonly FieldError[] | undefined, error?: GatewayError): undefined {
    this.#saving = false;
    this.#errors = refusalErrors(this.#host, userErrors, error);
    this.#host.notice(msg('The coaching service refused this. The form says why.'));
    this.#host.focusAfterUpdate('[aria-invalid="true"], [part~="form-error"]');
    return undefined;
  }
}

export function createTab(host: TabHost): Tab {
  return new SetupTab(host);
}
