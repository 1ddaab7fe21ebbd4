import { render, type TemplateResult } from 'lit';

const containers: HTMLElement[] = [];

/**
 * Renders `template` into the document and returns its first element, without waiting for an
 * animation frame (@open-wc's fixture does for non-Lit roots, and rAF stalls in the background
 * pages wtr runs side by side). Removed after each test.
 */
export function mount<T extends Element>(template: TemplateResult): T {
  const container = document.createElement('div');
  document.body.append(container);
  containers.push(container);
  render(template, container);
  const element = container.firstElementChild;
  if (!element) throw new Error('mount: the template rendered no element');
  return element as T;
}

afterEach(() => {
  for (const container of containers.splice(0)) container.remove();
});
