import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** A cell of a grid: row 0 and column 0 are wherever the grid starts, header cells included. */
export interface GridPosition {
  readonly row: number;
  readonly column: number;
}

export type GridActivationKey = 'Enter' | ' ';

export interface GridNavigationOptions {
  /** The grid's size as rendered now, header rows and columns included. */
  size(): { rows: number; columns: number };
  /** The rendered element of a cell, to focus; null while it is not rendered (e.g. scrolled away). */
  cell(position: GridPosition): HTMLElement | null;
  /** Rows PageUp and PageDown move by. Without it (and without `page`) they do nothing. */
  pageRows?(): number;
  /**
   * PageUp (-1) and PageDown (1) turn the host's own page (the slot picker's next days) instead of
   * moving between rows. Takes precedence over `pageRows`.
   */
  page?(direction: -1 | 1): void;
  /** Enter or Space on the focused cell. */
  activate?(position: GridPosition, key: GridActivationKey): void;
  /** A key moved the focus here, before the host renders: bring a virtualised row into view. */
  moved?(position: GridPosition): void;
}

/**
 * Keyboard navigation of a WAI-ARIA grid with a roving tabindex
 * (https://www.w3.org/WAI/ARIA/apg/patterns/grid/): one cell is in the tab order, the arrow keys
 * move it (left and right swap in a right-to-left layout), Home and End go to the row's ends and
 * with Ctrl to the grid's corners, PageUp and PageDown page, Enter and Space activate. The host
 * renders `tabIndex(row, column)` on every cell, calls `track` when a cell gains focus another way
 * (pointer, Tab), and binds `onKeyDown` to the grid; the controller focuses the cell after the
 * host's next render, so a move that re-renders or scrolls rows into existence still lands.
 */
export class GridNavigationController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: GridNavigationOptions;
  #row = 0;
  #column = 0;
  #focusPending = false;

  constructor(host: ReactiveControllerHost & HTMLElement, options: GridNavigationOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  get position(): GridPosition {
    return { row: this.#row, column: this.#column };
  }

  /** 0 for the one cell in the tab order, -1 for the others. */
  tabIndex(row: number, column: number): 0 | -1 {
    return row === this.#row && column === this.#column ? 0 : -1;
  }

  /**
   * Keeps the position inside the grid when the grid shrank under it (a new page, a filter); call
   * while rendering, before the first `tabIndex`. Returns the position it keeps.
   */
  clamp(): GridPosition {
    const { rows, columns } = this.#options.size();
    this.#row = clampTo(this.#row, rows);
    this.#column = clampTo(this.#column, columns);
    return this.position;
  }

  /** A cell gained focus by pointer or Tab: it becomes the one in the tab order. */
  track(row: number, column: number): void {
    if (row === this.#row && column === this.#column) return;
    this.#row = row;
    this.#column = column;
    this.#host.requestUpdate();
  }

  /** Puts the tab stop on a cell and, unless `focus` is false, focuses it after the next render. */
  moveTo(row: number, column: number, { focus = true }: { focus?: boolean } = {}): void {
    this.#row = row;
    this.#column = column;
    if (focus) this.#focusPending = true;
    this.#host.requestUpdate();
  }

  /** Focuses the current cell after the next render (its element may be replaced by it). */
  focusAfterUpdate(): void {
    this.#focusPending = true;
    this.#host.requestUpdate();
  }

  readonly onKeyDown = (event: KeyboardEvent): void => {
    const { rows, columns } = this.#options.size();
    if (rows === 0 || columns === 0) return;
    let row = this.#row;
    let column = this.#column;
    const rtl = getComputedStyle(this.#host).direction === 'rtl';
    switch (event.key) {
      case 'ArrowRight':
        column += rtl ? -1 : 1;
        break;
      case 'ArrowLeft':
        column += rtl ? 1 : -1;
        break;
      case 'ArrowDown':
        row += 1;
        break;
      case 'ArrowUp':
        row -= 1;
        break;
      case 'Home':
        column = 0;
        if (event.ctrlKey) row = 0;
        break;
      case 'End':
        column = columns - 1;
        if (event.ctrlKey) row = rows - 1;
        break;
      case 'PageDown':
      case 'PageUp': {
        const direction = event.key === 'PageDown' ? 1 : -1;
        if (this.#options.page) {
          event.preventDefault();
          this.#options.page(direction);
          return;
        }
        if (!this.#options.pageRows) return;
        row += direction * Math.max(1, this.#options.pageRows());
        break;
      }
      case 'Enter':
      case ' ':
        if (!this.#options.activate) return;
        event.preventDefault();
        this.#options.activate(this.position, event.key);
        return;
      default:
        return;
    }
    event.preventDefault();
    this.#row = clampTo(row, rows);
    this.#column = clampTo(column, columns);
    this.#options.moved?.(this.position);
    this.focusAfterUpdate();
  };

  hostUpdated(): void {
    if (!this.#focusPending) return;
    const cell = this.#options.cell(this.position);
    // Still pending when the cell is not rendered yet (data on its way): it is focused once it is.
    if (!cell) return;
    this.#focusPending = false;
    cell.focus();
  }
}

function clampTo(index: number, length: number): number {
  return Math.min(Math.max(index, 0), Math.max(length - 1, 0));
}
