/** Small DOM builders for the Developers page: text goes in as text nodes, never as markup. */

export type Child = Node | string | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== undefined) element.setAttribute(name, value);
  }
  element.append(
    ...children.filter(
      (child): child is Node | string => child !== null && child !== undefined && child !== false,
    ),
  );
  return element;
}

/** Manifest prose: `backticks` become <code>, the rest stays text. */
export function prose(text: string | undefined): DocumentFragment {
  const fragment = document.createDocumentFragment();
  (text ?? '').split('`').forEach((piece, index) => {
    if (piece) fragment.append(index % 2 === 1 ? h('code', {}, piece) : piece);
  });
  return fragment;
}

/**
 * A data table with a caption (its accessible name); the first cell of a row is its header. Cells
 * wrap rather than scroll (developers.css), so no scroll container needs keyboard focus.
 */
export function table(
  caption: string,
  headers: readonly string[],
  rows: ReadonlyArray<readonly Child[]>,
): HTMLTableElement {
  return h(
    'table',
    {},
    h('caption', {}, caption),
    h('thead', {}, h('tr', {}, ...headers.map((header) => h('th', { scope: 'col' }, header)))),
    h(
      'tbody',
      {},
      ...rows.map((cells) =>
        h(
          'tr',
          {},
          ...cells.map((cell, index) => (index === 0 ? h('th', { scope: 'row' }, cell) : h('td', {}, cell))),
        ),
      ),
    ),
  );
}

let snippetCount = 0;

/** A labelled code block with a Copy button; the code wraps (developers.css), so it never scrolls. */
export function snippet(label: string, language: string, code: string): HTMLElement {
  const id = `snippet-${++snippetCount}`;
  const status = h('span', { class: 'snippet__status', role: 'status' });
  const copy = h(
    'button',
    { type: 'button', class: 'snippet__copy', 'aria-describedby': `${id}-label` },
    'Copy',
  );
  copy.addEventListener('click', () => {
    void navigator.clipboard
      .writeText(code)
      .then(
        () => 'Copied',
        () => 'Select the code and copy it',
      )
      .then((message) => {
        status.textContent = message;
        setTimeout(() => (status.textContent = ''), 2500);
      });
  });
  return h(
    'figure',
    { class: 'snippet' },
    h('figcaption', { class: 'snippet__label', id: `${id}-label` }, label, copy, status),
    h('pre', {}, h('code', { class: `language-${language}` }, code)),
  );
}
