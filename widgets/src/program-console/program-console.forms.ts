import { html, nothing, type TemplateResult } from 'lit';

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

export interface ControlAttributes {
  id: string;
  invalid: boolean;
  describedBy: string | typeof nothing;
}

/** A labelled control with its inline error (aria-invalid, aria-describedby); `hint` is read with it. */
export function field(
  errors: readonly FieldError[],
  key: string,
  label: string,
  control: (attrs: ControlAttributes) => TemplateResult,
  hint?: string,
): TemplateResult {
  const id = `setup-${key.replace(/\W/g, '-')}`;
  const error = errorFor(errors, key);
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return html`<div class="field" part="field">
    <label for=${id}>${label}</label>
    ${control({ id, invalid: error !== undefined, describedBy: described || nothing })}
    ${hint ? html`<p class="muted hint" id=${`${id}-hint`}>${hint}</p>` : nothing}
    ${error ? html`<p class="field__error" id=${`${id}-error`} part="field-error">${error}</p>` : nothing}
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
