import { expect } from '@open-wc/testing';
import { html, render } from 'lit';
import { formField } from './form-field.js';
import { expectAccessible } from './testing/expect-accessible.js';

let container: HTMLElement;
beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
});
afterEach(() => container.remove());

/** Renders (or renders again, as a form does after a failed save) one text field. */
function show(error?: string, hint?: string): HTMLInputElement {
  render(
    formField('goal-title', 'Title', error, (wiring) => html`<input ${wiring} name="title" />`, hint),
    container,
  );
  return container.querySelector('input')!;
}

describe('formField', () => {
  it('names the control by its label, and marks it valid while there is no error', async () => {
    const input = show();
    expect(input.id).to.equal('goal-title');
    expect(container.querySelector('label')!.htmlFor).to.equal('goal-title');
    expect(input.getAttribute('aria-invalid')).to.equal('false');
    expect(input.hasAttribute('aria-describedby')).to.equal(false);
    expect(container.querySelector('[part="field"]')).not.to.equal(null);
    await expectAccessible(container);
  });

  it('reads the hint, then the error, with the control', async () => {
    const input = show('Give the goal a title.', 'Short and concrete.');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(input.getAttribute('aria-describedby')).to.equal('goal-title-hint goal-title-error');
    expect(container.querySelector('#goal-title-hint')!.textContent).to.equal('Short and concrete.');
    const error = container.querySelector('#goal-title-error')!;
    expect(error.getAttribute('part')).to.equal('field-error');
    expect(error.textContent).to.equal('Give the goal a title.');
    await expectAccessible(container);
  });

  it('unwires the error once it is corrected', () => {
    show('Give the goal a title.');
    const input = show(undefined, 'Short and concrete.');
    expect(input.getAttribute('aria-invalid')).to.equal('false');
    expect(input.getAttribute('aria-describedby')).to.equal('goal-title-hint');
    expect(container.querySelector('#goal-title-error')).to.equal(null);
    expect(show().hasAttribute('aria-describedby')).to.equal(false);
  });
});
