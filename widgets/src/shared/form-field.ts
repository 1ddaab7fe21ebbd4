import { html, noChange, nothing, type TemplateResult } from 'lit';
import { Directive, directive, type DirectiveResult, type ElementPart } from 'lit/directive.js';

interface Wiring {
  id: string;
  invalid: boolean;
  /** Ids of the hint and the error, space-separated; empty when the field shows neither. */
  describedBy: string;
}

class WiringDirective extends Directive {
  render(_wiring: Wiring): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [wiring]: [Wiring]): typeof noChange {
    const control = part.element;
    control.id = wiring.id;
    control.setAttribute('aria-invalid', wiring.invalid ? 'true' : 'false');
    if (wiring.describedBy) control.setAttribute('aria-describedby', wiring.describedBy);
    else control.removeAttribute('aria-describedby');
    return noChange;
  }
}

const wire = directive(WiringDirective);

/** An element binding that gives a field's control its id, aria-invalid and aria-describedby. */
export type ControlWiring = DirectiveResult<typeof WiringDirective>;

/**
 * A labelled control with its hint and inline error. `control` puts `wiring` on the element the
 * label names (html`<input ${wiring} name="title" />`), so that every form ties its label, hint and
 * error to the control the same way.
 */
export function formField(
  id: string,
  label: string,
  error: string | undefined,
  control: (wiring: ControlWiring) => TemplateResult,
  hint?: string,
): TemplateResult {
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return html`<div class="field" part="field">
    <label for=${id}>${label}</label>
    ${control(wire({ id, invalid: error !== undefined, describedBy }))}
    ${hint ? html`<p class="muted hint" id=${`${id}-hint`}>${hint}</p>` : nothing}
    ${error ? html`<p class="field__error" id=${`${id}-error`} part="field-error">${error}</p>` : nothing}
  </div>`;
}
