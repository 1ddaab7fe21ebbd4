import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement, html as litHtml } from 'lit';
import { GridNavigationController, type GridActivationKey, type GridPosition } from './grid-navigation.js';
import { expectAccessible } from './testing/expect-accessible.js';
import { mount } from './testing/mount.js';

/** A grid of `rows` × `columns` cells driven by the controller, as the booker and heatmap drive theirs. */
class GridProbe extends LitElement {
  static override properties = { rows: { type: Number }, columns: { type: Number } };
  rows = 4;
  columns = 5;
  /** Rendered rows, from the first: fewer than `rows` stands for a virtualised grid scrolled away. */
  renderedRows: number | undefined;
  pageRows: number | undefined = 2;
  pages: Array<-1 | 1> | undefined;
  activated: Array<[GridPosition, GridActivationKey]> = [];
  moves: GridPosition[] = [];

  readonly grid = new GridNavigationController(this, {
    size: () => ({ rows: this.rows, columns: this.columns }),
    cell: ({ row, column }) =>
      this.renderRoot.querySelector<HTMLElement>(`[data-row="${row}"][data-col="${column}"]`),
    pageRows: () => this.pageRows ?? 0,
    activate: (position, key) => this.activated.push([position, key]),
    moved: (position) => this.moves.push(position),
  });

  /** The same grid, with PageUp/PageDown handed to the host (the booker's next days). */
  readonly paged = new GridNavigationController(this, {
    size: () => ({ rows: this.rows, columns: this.columns }),
    cell: () => null,
    page: (direction) => this.pages?.push(direction),
  });

  protected override render(): unknown {
    this.grid.clamp();
    const shown = Math.min(this.rows, this.renderedRows ?? this.rows);
    return litHtml`<div role="grid" aria-label="Probe" @keydown=${this.grid.onKeyDown}>
      ${Array.from(
        { length: shown },
        (_, row) =>
          litHtml`<div role="row">
            ${Array.from(
              { length: this.columns },
              (_, column) =>
                litHtml`<span
                  role="gridcell"
                  data-row=${row}
                  data-col=${column}
                  tabindex=${this.grid.tabIndex(row, column)}
                  @focus=${() => this.grid.track(row, column)}
                  >${row}·${column}</span
                >`,
            )}
          </div>`,
      )}
    </div>`;
  }
}
customElements.define('cw-grid-probe', GridProbe);

function probe(dir: 'ltr' | 'rtl' = 'ltr'): GridProbe {
  return mount<GridProbe>(html`<cw-grid-probe dir=${dir}></cw-grid-probe>`);
}

const focused = (el: GridProbe): [number, number] | null => {
  const cell = el.shadowRoot!.activeElement as HTMLElement | null;
  return cell ? [Number(cell.dataset['row']), Number(cell.dataset['col'])] : null;
};

const tabStops = (el: GridProbe) => el.shadowRoot!.querySelectorAll('[tabindex="0"]').length;

async function press(el: GridProbe, ...keys: string[]): Promise<void> {
  for (const key of keys) {
    const [modifier, pressed] = key.includes('+') ? key.split('+') : [undefined, key];
    if (modifier) await sendKeys({ down: modifier });
    await sendKeys({ press: pressed! });
    if (modifier) await sendKeys({ up: modifier });
    await el.updateComplete;
  }
}

async function start(el: GridProbe, row = 0, column = 0): Promise<void> {
  await el.updateComplete;
  el.shadowRoot!.querySelector<HTMLElement>(`[data-row="${row}"][data-col="${column}"]`)!.focus();
  await el.updateComplete;
}

describe('GridNavigationController', () => {
  it('keeps exactly one cell in the tab order, and it follows focus by pointer or Tab', async () => {
    const el = probe();
    await el.updateComplete;
    expect(tabStops(el)).to.equal(1);
    expect(el.grid.position).to.deep.equal({ row: 0, column: 0 });
    el.shadowRoot!.querySelector<HTMLElement>('[data-row="2"][data-col="3"]')!.focus();
    await el.updateComplete;
    expect(el.grid.position).to.deep.equal({ row: 2, column: 3 });
    expect(el.grid.tabIndex(2, 3)).to.equal(0);
    expect(tabStops(el)).to.equal(1);
    await expectAccessible(el);
  });

  it('moves with the arrow keys and stops at the edges', async () => {
    const el = probe();
    await start(el);
    await press(el, 'ArrowRight', 'ArrowRight', 'ArrowDown');
    expect(focused(el)).to.deep.equal([1, 2]);
    await press(el, 'ArrowUp', 'ArrowUp', 'ArrowUp');
    expect(focused(el)).to.deep.equal([0, 2]);
    await press(el, 'ArrowLeft', 'ArrowLeft', 'ArrowLeft');
    expect(focused(el)).to.deep.equal([0, 0]);
    await press(el, 'ArrowDown', 'ArrowDown', 'ArrowDown', 'ArrowDown', 'ArrowDown');
    expect(focused(el)).to.deep.equal([3, 0]);
    expect(el.moves.at(-1)).to.deep.equal({ row: 3, column: 0 });
    expect(tabStops(el)).to.equal(1);
  });

  it('swaps left and right in a right-to-left layout', async () => {
    const el = probe('rtl');
    await start(el, 1, 2);
    await press(el, 'ArrowLeft');
    expect(focused(el)).to.deep.equal([1, 3]);
    await press(el, 'ArrowRight', 'ArrowRight');
    expect(focused(el)).to.deep.equal([1, 1]);
  });

  it('goes to the row’s ends with Home and End, and to the corners with Ctrl', async () => {
    const el = probe();
    await start(el, 2, 2);
    await press(el, 'End');
    expect(focused(el)).to.deep.equal([2, 4]);
    await press(el, 'Home');
    expect(focused(el)).to.deep.equal([2, 0]);
    await press(el, 'Control+End');
    expect(focused(el)).to.deep.equal([3, 4]);
    await press(el, 'Control+Home');
    expect(focused(el)).to.deep.equal([0, 0]);
  });

  it('pages by the rows the host names, within the grid', async () => {
    const el = probe();
    await start(el, 0, 1);
    await press(el, 'PageDown');
    expect(focused(el)).to.deep.equal([2, 1]);
    await press(el, 'PageDown');
    expect(focused(el)).to.deep.equal([3, 1]);
    await press(el, 'PageUp', 'PageUp');
    expect(focused(el)).to.deep.equal([0, 1]);
  });

  it('hands PageUp and PageDown to the host when it pages by itself', async () => {
    const el = probe();
    await el.updateComplete;
    el.pages = [];
    const event = (key: string) => new KeyboardEvent('keydown', { key, cancelable: true });
    const down = event('PageDown');
    el.paged.onKeyDown(down);
    el.paged.onKeyDown(event('PageUp'));
    expect(el.pages).to.deep.equal([1, -1]);
    expect(down.defaultPrevented).to.equal(true);
    expect(el.paged.position).to.deep.equal({ row: 0, column: 0 });
  });

  it('activates the focused cell with Enter and Space, and leaves other keys alone', async () => {
    const el = probe();
    await start(el, 1, 1);
    await press(el, 'Enter', ' ');
    expect(el.activated).to.deep.equal([
      [{ row: 1, column: 1 }, 'Enter'],
      [{ row: 1, column: 1 }, ' '],
    ]);
    const letter = new KeyboardEvent('keydown', { key: 'a', cancelable: true });
    el.grid.onKeyDown(letter);
    expect(letter.defaultPrevented).to.equal(false);
    expect(el.grid.position).to.deep.equal({ row: 1, column: 1 });
  });

  it('keeps the tab stop inside the grid when the grid shrinks under it', async () => {
    const el = probe();
    await start(el, 3, 4);
    el.rows = 2;
    el.columns = 3;
    await el.updateComplete;
    expect(el.grid.position).to.deep.equal({ row: 1, column: 2 });
    expect(tabStops(el)).to.equal(1);
  });

  it('focuses a cell that was not rendered yet once it is (a virtualised row scrolled into view)', async () => {
    const el = probe();
    el.renderedRows = 2;
    await start(el, 1, 0);
    await press(el, 'ArrowDown');
    // Row 2 is not rendered: the focus stays where it was until it is.
    expect(focused(el)).to.deep.equal([1, 0]);
    expect(el.grid.position).to.deep.equal({ row: 2, column: 0 });
    el.renderedRows = undefined;
    el.requestUpdate();
    await el.updateComplete;
    expect(focused(el)).to.deep.equal([2, 0]);
  });

  it('moves the tab stop on the host’s say, focusing it or not', async () => {
    const el = probe();
    await start(el);
    el.grid.moveTo(2, 2, { focus: false });
    await el.updateComplete;
    expect(focused(el)).to.deep.equal([0, 0]);
    expect(el.grid.tabIndex(2, 2)).to.equal(0);
    el.grid.moveTo(3, 1);
    await el.updateComplete;
    expect(focused(el)).to.deep.equal([3, 1]);
  });
});
