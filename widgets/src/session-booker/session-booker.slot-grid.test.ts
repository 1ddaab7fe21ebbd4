import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement } from 'lit';
import { GridNavigationController } from '../shared/grid-navigation.js';
import { expectAccessible } from '../shared/testing/expect-accessible.js';
import { mount } from '../shared/testing/mount.js';
import { layOutSlots, renderSlotGrid, type Slot, type SlotLayout } from './session-booker.slot-grid.js';
import { slotGridStyles } from './session-booker.slot-grid.styles.js';

const slot = (startsAt: string, minutes = 60): Slot => ({
  startsAt,
  endsAt: new Date(Date.parse(startsAt) + minutes * 60_000).toISOString(),
});

describe('layOutSlots', () => {
  const days = ['2026-03-27', '2026-03-28', '2026-03-29', '2026-03-30'];

  it('puts each slot under its local day and start time in the zone shown', () => {
    const slots = [slot('2026-03-27T08:00:00Z'), slot('2026-03-27T13:00:00Z'), slot('2026-03-30T08:00:00Z')];
    const madrid = layOutSlots(slots, days, 'Europe/Madrid');
    expect(madrid.times).to.deep.equal(['09:00', '10:00', '14:00']);
    expect(madrid.slotAt('2026-03-27', '09:00')).to.equal(slots[0]);
    expect(madrid.slotAt('2026-03-27', '14:00')).to.equal(slots[1]);
    // Summer time began on the 29th: the same UTC hour is an hour later on the wall clock.
    expect(madrid.slotAt('2026-03-30', '10:00')).to.equal(slots[2]);
    expect(madrid.slotAt('2026-03-30', '09:00')).to.equal(undefined);
    expect([...madrid.openDays]).to.deep.equal(['2026-03-27', '2026-03-30']);
  });

  it('moves a slot to the day it falls on in the zone, and leaves out days not shown', () => {
    const late = slot('2026-03-27T23:30:00Z');
    const tokyo = layOutSlots([late, slot('2026-04-02T01:00:00Z')], days, 'Asia/Tokyo');
    expect(tokyo.slotAt('2026-03-28', '08:30')).to.equal(late);
    expect(tokyo.times).to.deep.equal(['08:30']);
    expect(layOutSlots([late], days, 'America/Los_Angeles').slotAt('2026-03-27', '16:30')).to.equal(late);
  });
});

class SlotGridProbe extends LitElement {
  static override styles = [slotGridStyles];
  layout!: SlotLayout;
  chosen: Slot[] = [];
  readonly grid = new GridNavigationController(this, {
    size: () => ({ rows: this.layout.times.length, columns: this.layout.days.length }),
    cell: ({ row, column }) => this.renderRoot.querySelector<HTMLElement>(`[data-cell="${row}-${column}"]`),
    activate: ({ row, column }) => {
      const found = this.layout.slotAt(this.layout.days[column]!, this.layout.times[row]!);
      if (found) this.chosen.push(found);
    },
  });

  protected override render(): unknown {
    this.grid.clamp();
    return html`<h3 id="title">Pick a time</h3>
      ${renderSlotGrid({
        layout: this.layout,
        locale: 'en',
        timeZone: 'UTC',
        grid: this.grid,
        labelledBy: 'title',
        select: (chosen) => this.chosen.push(chosen),
      })}`;
  }
}
customElements.define('cw-slot-grid-probe', SlotGridProbe);

describe('renderSlotGrid', () => {
  const slots = [slot('2026-03-27T09:00:00Z'), slot('2026-03-28T10:00:00Z')];
  const days = ['2026-03-27', '2026-03-28', '2026-03-29'];

  async function probe(): Promise<SlotGridProbe> {
    const el = mount<SlotGridProbe>(html`<cw-slot-grid-probe></cw-slot-grid-probe>`);
    el.layout = layOutSlots(slots, days, 'UTC');
    el.requestUpdate();
    await el.updateComplete;
    return el;
  }

  it('is a labelled grid of days by times, gaps named for screen readers, one tab stop', async () => {
    const el = await probe();
    const grid = el.shadowRoot!.querySelector('[role="grid"]')!;
    expect(grid.getAttribute('aria-labelledby')).to.equal('title');
    const headers = [...grid.querySelectorAll('th')].map((th) => th.textContent!.replace(/\s+/g, ' ').trim());
    expect(headers).to.deep.equal(['Fri Mar 27', 'Sat Mar 28', 'Sun Mar 29 No times']);
    expect(grid.querySelectorAll('td[part~="slot"]')).to.have.length(2);
    expect(grid.querySelectorAll('td.gap')).to.have.length(4);
    expect(grid.querySelector('td.gap')!.textContent!.trim()).to.equal('Not available');
    expect(grid.querySelectorAll('[tabindex="0"]')).to.have.length(1);
    await expectAccessible(el);
  });

  it('chooses a slot by click, and by keyboard from where the focus went', async () => {
    const el = await probe();
    el.shadowRoot!.querySelector<HTMLElement>('td[part~="slot"]')!.click();
    expect(el.chosen).to.deep.equal([slots[0]]);
    el.shadowRoot!.querySelector<HTMLElement>('[data-cell="0-0"]')!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.getAttribute('data-cell')).to.equal('1-1');
    await sendKeys({ press: 'Enter' });
    expect(el.chosen).to.deep.equal([slots[0], slots[1]]);
    // A gap chooses nothing.
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    await sendKeys({ press: ' ' });
    expect(el.chosen).to.have.length(2);
  });
});

describe('the grid’s formatting', () => {
  /** Locales of the Intl.DateTimeFormat objects created while `work` runs. */
  async function formattersMadeDuring(work: () => Promise<void>): Promise<string[]> {
    const made: string[] = [];
    const original = Intl.DateTimeFormat;
    Intl.DateTimeFormat = new Proxy(original, {
      construct(target, args: ConstructorParameters<typeof Intl.DateTimeFormat>) {
        made.push(String(args[0]));
        return Reflect.construct(target, args) as Intl.DateTimeFormat;
      },
    });
    try {
      await work();
    } finally {
      Intl.DateTimeFormat = original;
    }
    return made;
  }

  it('lays out in the page’s language only, and renders again without making a formatter', async () => {
    // A zone no other test lays out in: its formatter is made here, not found in a cache.
    const made = await formattersMadeDuring(async () => {
      layOutSlots([slot('2026-03-27T09:00:00Z')], ['2026-03-27'], 'Pacific/Chatham');
    });
    // A regional variant (en-GB) would load its own locale data in the first render.
    expect(made).to.deep.equal(['en']);

    const el = mount<SlotGridProbe>(html`<cw-slot-grid-probe></cw-slot-grid-probe>`);
    el.layout = layOutSlots([slot('2026-03-27T09:00:00Z')], ['2026-03-27', '2026-03-28'], 'UTC');
    el.requestUpdate();
    await el.updateComplete;
    const again = await formattersMadeDuring(async () => {
      el.layout = layOutSlots([slot('2026-03-27T09:00:00Z')], ['2026-03-27', '2026-03-28'], 'UTC');
      el.requestUpdate();
      await el.updateComplete;
    });
    expect(again).to.deep.equal([]);
  });
});
