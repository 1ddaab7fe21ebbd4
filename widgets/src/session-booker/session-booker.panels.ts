import type { mutate } from '@coachwork/client';
import type { DocumentType } from '@coachwork/schema/gql';
import type { msg, str } from '@lit/localize';
import type { html, nothing, TemplateResult } from 'lit';
import type { formatNumber } from '../shared/format.js';
import type {
  coachFields,
  enrolmentQuery,
  sessionFields,
  suggestionsQuery,
} from './session-booker.graphql.js';
import { cancelMutation, feedbackMutation } from './session-booker.panels.graphql.js';

/**
 * What the booker shows rarely: the suggested coaches (a coach is chosen once per enrolment) and
 * the panels for cancelling a session and rating one. Loaded with import() the first time one is
 * shown, so what a page loads first does not carry their templates and texts (the size
 * budget; README "Distribution and size"). The element keeps their state and actions; these only
 * render.
 *
 * The cancel and feedback mutations are sent from here too, so their documents load with the
 * panels; the element still decides what the answer means.
 *
 * Lit, @lit/localize and the client come in through `kit` rather than imports: a module this chunk imported
 * would also be one the element imports, and the bundler would then move every such module into a
 * third file that loads up front. `kit.msg` is still @lit/localize's `msg` (lit-localize finds the
 * calls by type), and `html` keeps its name so the build minifies the templates.
 */
export interface PanelKit {
  readonly html: typeof html;
  readonly nothing: typeof nothing;
  readonly msg: typeof msg;
  readonly str: typeof str;
  readonly formatNumber: typeof formatNumber;
  readonly mutate: typeof mutate;
}

type Session = DocumentType<typeof sessionFields>;
type Detail = DocumentType<typeof enrolmentQuery>;
type Capability = Extract<
  NonNullable<Detail['node']>,
  { status: unknown }
>['program']['focusCapabilities'][number];

type Coach = DocumentType<typeof coachFields>;
type Suggestion = NonNullable<
  Extract<DocumentType<typeof suggestionsQuery>['node'], { coachSuggestions: unknown }>
>['coachSuggestions'][number];

export interface PanelContext {
  readonly kit: PanelKit;
  readonly gateway: string;
  readonly locale: string;
  readonly busy: boolean;
  /** The instant in words, in the zone the booker shows. */
  when(startsAt: string): string;
  back(): void;
}

/** `hours`: the late-cancellation window, formatted in the booker's locale. */
export function renderCancel(
  context: PanelContext,
  session: Session,
  hours: string,
  cancel: () => void,
): TemplateResult {
  const { html, msg, str } = context.kit;
  const policy = session.cancellationPolicy;
  return html`<div class="body panel" part="panel">
    <h3 tabindex="-1">${msg('Cancel this session?')}</h3>
    <p class="when">${context.when(session.startsAt)}</p>
    <p class="policy ${policy.lateNow ? 'policy--late' : ''}" data-late=${policy.lateNow ? 'true' : 'false'}>
      ${
        policy.lateNow
          ? msg(
              str`This is less than ${hours} hours before the session: cancelling now is late and the session still counts as one of your sessions.`,
            )
          : msg(str`You can cancel free of charge until ${context.when(policy.lateFrom)}.`)
      }
    </p>
    <label class="field">
      <span>${msg('Reason (optional)')}</span>
      <textarea rows="2" maxlength="1000" id="cancel-reason"></textarea>
    </label>
    <div class="actions">
      <button type="button" class="danger" part="confirm-button" ?disabled=${context.busy} @click=${cancel}>
        ${msg('Cancel session')}
      </button>
      <button type="button" class="secondary" part="back-button" @click=${context.back}>
        ${msg('Keep session')}
      </button>
    </div>
  </div>`;
}

/** Tags the text so the build minifies it as CSS (scripts/build/minify-templates.mjs). */
const css = (strings: TemplateStringsArray): string => strings.join('');

/**
 * The coach list's and the panels' rules, added to the element's styles when this module loads
 * (logical properties, as in session-booker.styles.ts).
 */
export const panelCss = css`
  button.danger {
    color: var(--_color-on-accent);
    background: var(--_color-danger);
    border-color: var(--_color-danger);
  }
  .coaches {
    display: grid;
    gap: var(--_space-3);
  }
  .coach {
    display: grid;
    gap: var(--_space-2);
    padding: var(--_space-3);
    border: var(--_border-width) solid var(--_color-border);
    border-radius: var(--_radius-small);
    background: var(--_color-surface-muted);
  }
  .coach__head {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: var(--_space-2);
  }
  .coach button {
    justify-self: start;
  }
  .reasons {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-1);
  }
  .reasons li {
    padding: 0 var(--_space-2);
    border: var(--_border-width) solid var(--_color-border);
    border-radius: var(--_radius-pill);
    background: var(--_color-surface);
    font-size: var(--_font-size-small);
  }
  .policy {
    padding: var(--_space-2) var(--_space-3);
    border-inline-start: 4px solid var(--_color-accent);
    background: var(--_color-surface-muted);
  }
  .policy--late {
    border-inline-start-color: var(--_color-danger);
  }
  fieldset {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
    margin: 0;
    padding: var(--_space-2);
    border: var(--_border-width) solid var(--_color-border);
    border-radius: var(--_radius-small);
  }
  legend {
    padding: 0 var(--_space-1);
  }
  .choice {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-1);
  }
`;

export function cancelSession(context: PanelContext, sessionId: string, reason: string | null) {
  return context.kit.mutate(context.gateway, cancelMutation, { input: { sessionId, reason } });
}

export interface FeedbackForm {
  readonly coachName: string;
  readonly startsAt: string;
  /** 1–5; 0 while none is chosen. */
  rating: number;
  readonly capabilities: Set<string>;
}

export function renderFeedback(
  context: PanelContext,
  form: FeedbackForm,
  focusCapabilities: readonly Capability[],
  submit: (event: Event) => void,
): TemplateResult {
  const { html, nothing, msg, str } = context.kit;
  const labels = [
    msg('1 – Poor'),
    msg('2 – Fair'),
    msg('3 – Good'),
    msg('4 – Very good'),
    msg('5 – Excellent'),
  ];
  return html`<form class="body panel" part="panel" @submit=${submit}>
    <h3 tabindex="-1">${msg(str`Rate your session with ${form.coachName}`)}</h3>
    <p class="muted">${context.when(form.startsAt)}</p>
    <fieldset class="rating">
      <legend>${msg('How useful was it?')}</legend>
      ${labels.map(
        (label, i) =>
          html`<label class="choice">
            <input
              type="radio"
              name="rating"
              value=${i + 1}
              ?checked=${form.rating === i + 1}
              @change=${() => {
                form.rating = i + 1;
              }}
            />
            <span>${label}</span>
          </label>`,
      )}
    </fieldset>
    ${
      focusCapabilities.length > 0
        ? html`<fieldset class="caps">
            <legend>${msg('What did you work on? (optional)')}</legend>
            ${focusCapabilities.map(
              (capability) =>
                html`<label class="choice">
                  <input
                    type="checkbox"
                    value=${capability.id}
                    @change=${(e: Event) => {
                      if ((e.target as HTMLInputElement).checked) form.capabilities.add(capability.id);
                      else form.capabilities.delete(capability.id);
                    }}
                  />
                  <span>${capability.name}</span>
                </label>`,
            )}
          </fieldset>`
        : nothing
    }
    <label class="field">
      <span>${msg('Comment (optional)')}</span>
      <textarea rows="3" maxlength="4000" id="feedback-comment"></textarea>
    </label>
    <div class="actions">
      <button type="submit" part="confirm-button" ?disabled=${context.busy}>${msg('Send feedback')}</button>
      <button type="button" class="secondary" part="back-button" @click=${context.back}>
        ${msg('Back')}
      </button>
    </div>
  </form>`;
}

export function submitFeedback(
  context: PanelContext,
  sessionId: string,
  form: FeedbackForm,
  comment: string | null,
) {
  return context.kit.mutate(context.gateway, feedbackMutation, {
    input: { sessionId, rating: form.rating, capabilities: [...form.capabilities], comment },
  });
}

export function renderCoaches(
  context: PanelContext,
  suggestions: readonly Suggestion[],
  choose: (coach: Coach) => void,
): TemplateResult {
  const { html, nothing, msg, str } = context.kit;
  return html`<ul class="coaches" part="coaches">
    ${suggestions.map(({ coach, reasons }) => {
      return html`<li class="coach" part="coach" data-coach=${coach.id}>
        <div class="coach__head">
          <h4>${coach.name}</h4>
          <span class="muted">${coach.credential.replace('_', ' ')}</span>
        </div>
        ${coach.bio ? html`<p class="muted">${coach.bio}</p>` : nothing}
        <ul class="reasons" part="reasons" aria-label=${msg(str`Why ${coach.name}`)}>
          ${reasons.map((reason) => html`<li>${reasonText(context, reason)}</li>`)}
        </ul>
        <button type="button" part="choose-button" ?disabled=${context.busy} @click=${() => choose(coach)}>
          ${msg(str`Choose ${coach.name}`)}
        </button>
      </li>`;
    })}
  </ul>`;
}

function reasonText({ kit, locale }: PanelContext, reason: Suggestion['reasons'][number]): string {
  const { msg, str, formatNumber } = kit;
  switch (reason.code) {
    case 'LANGUAGE': {
      const name = reason.language ? languageName(reason.language, locale) : '';
      return msg(str`Speaks ${name}`);
    }
    case 'HOURS_OVERLAP': {
      const hours = formatNumber(reason.hours ?? 0, { locale, maximumFractionDigits: 1 });
      return msg(str`${hours} h a week within your working hours`);
    }
    case 'SPECIALTY':
      return msg(str`Specialises in ${reason.capability?.name ?? ''}`);
    case 'GOAL_FIT':
      return msg(str`Fits your goal: ${reason.capability?.name ?? ''}`);
    case 'RATING': {
      const average = formatNumber(reason.ratingAverage ?? 0, {
        locale,
        minimumFractionDigits: 1,
        maximumFractionDigits: 1,
      });
      const count = reason.ratingCount ?? 0;
      const shown = formatNumber(count, { locale });
      return count === 1
        ? msg(str`Rated ${average} (1 rating)`)
        : msg(str`Rated ${average} (${shown} ratings)`);
    }
  }
}

function languageName(tag: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}
