import type { DocumentType } from '@coachwork/schema/gql';
import type { TemplateResult } from 'lit';
import type { coachFields, suggestionsQuery } from './session-booker.graphql.js';
import { css } from './session-booker.panel-css.js';
import type { PanelContext } from './session-booker.panels.js';

type Coach = DocumentType<typeof coachFields>;
type Suggestion = NonNullable<
  Extract<DocumentType<typeof suggestionsQuery>['node'], { coachSuggestions: unknown }>
>['coachSuggestions'][number];

/**
 * The coaches suggested to a participant without one, each with why (shared language, working
 * hours in common, specialties, fit with their goals, rating) and a button to choose them.
 */
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

/** The coach list's rules. */
export const coachPickerCss = css`
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
`;
