import { expect } from '@open-wc/testing';
import type { HeatmapCellSelectEvent } from '../events/heatmap-cell-select.js';
import { until } from '../shared/testing/dom.js';
import { expectEventContract } from '../shared/testing/event-contract.js';
import { expectAccessible } from '../shared/testing/expect-accessible.js';
import { onRealGateway } from '../shared/testing/gateway.js';
import { untilLocale } from '../shared/testing/locale.js';
import { shootFrame } from '../shared/testing/framed.js';
import { HEATMAP_ADMIN, mountHeatmap, shownFigures } from './quality-heatmap.testing.js';
import type { QualityHeatmap } from './quality-heatmap.js';
import { heatmapView, shownCell, withheldCell } from './quality-heatmap.test-data.js';

const shoot = (el: QualityHeatmap, name: string) => shootFrame(el, `heatmap-session-quality-${name}`);

describe('<cw-quality-heatmap> session quality', function () {
  let gateway: string;

  onRealGateway((url) => (gateway = url));

  for (const locale of ['en', 'ar']) {
    it(`is a measure the viewer can pick, with the gateway's figures on a 1–5 scale (${locale})`, async function () {
      this.timeout(40_000);
      const el = mountHeatmap({ gateway, locale, email: HEATMAP_ADMIN });
      await untilLocale(el, locale);
      await until(() => shownFigures(el).length > 0, 'the figures');
      const select = el.shadowRoot!.querySelector<HTMLSelectElement>('[part~="controls"] select')!;
      const option = [...select.options].find((o) => o.value === 'SESSION_QUALITY')!;
      expect(option.textContent!.trim()).to.equal(
        locale === 'ar' ? 'جودة الجلسات (1–5)' : 'Session quality (1–5)',
      );
      select.value = 'SESSION_QUALITY';
      select.dispatchEvent(new Event('change'));
      const grid = () => el.shadowRoot!.querySelector('[role="grid"]');
      await until(() => grid()?.getAttribute('aria-label') === option.textContent!.trim(), 'the new measure');
      await until(() => shownFigures(el).length > 0, 'session quality figures');
      expect(el.metric).to.equal('SESSION_QUALITY');
      const minGroupSize = 5;
      for (const cell of shownFigures(el)) {
        const value = Number(
          cell
            .querySelector('.value')!
            .textContent!.replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x660))
            .replace('٫', '.'),
        );
        expect(value).to.be.within(1, 5);
        const count = Number(
          cell
            .querySelector('.count')!
            .textContent!.replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x660))
            .replace(/\D/g, ''),
        );
        expect(count).to.be.at.least(minGroupSize);
      }
      expect(el.shadowRoot!.querySelector('.legend-title')!.textContent).to.equal(option.textContent!.trim());
      await expectAccessible(el);
      await shoot(el, locale);
    });
  }

  it('withholds small and complementary cells like every other measure, and says why', async function () {
    this.timeout(20_000);
    const data = heatmapView({
      metric: 'SESSION_QUALITY',
      unit: { id: 'f1', name: 'Sales' },
      columns: [
        {
          capability: { id: 'c1', code: 'DELEGATION', name: 'Delegation' },
          organisation: shownCell(4.21, 120),
        },
        { capability: { id: 'c2', code: 'FEEDBACK', name: 'Feedback' }, organisation: shownCell(3.87, 96) },
      ],
      total: {
        unit: { id: 'f1', name: 'Sales', kind: 'FUNCTION' },
        level: 0,
        peopleCount: 16,
        hasChildren: true,
        cells: [shownCell(4.05, 16), shownCell(3.9, 8)],
      },
      rows: [
        {
          unit: { id: 'a', name: 'Team A', kind: 'TEAM' },
          level: 1,
          peopleCount: 6,
          hasChildren: false,
          cells: [withheldCell('COMPLEMENTARY'), shownCell(4.5, 6)],
        },
        {
          unit: { id: 'b', name: 'Team B', kind: 'TEAM' },
          level: 1,
          peopleCount: 7,
          hasChildren: false,
          cells: [shownCell(4, 7), withheldCell('BELOW_MIN_GROUP_SIZE')],
        },
        {
          unit: { id: 'c', name: 'Team C', kind: 'TEAM' },
          level: 1,
          peopleCount: 2,
          hasChildren: false,
          cells: [withheldCell('BELOW_MIN_GROUP_SIZE'), withheldCell('BELOW_MIN_GROUP_SIZE')],
        },
      ],
    });
    const el = mountHeatmap({ gateway: 'http://localhost:1', locale: 'en', data });
    await untilLocale(el, 'en');
    await el.updateComplete;
    const teamA = el.shadowRoot!.querySelectorAll<HTMLElement>('.body [role="row"]')[0]!;
    const withheld = teamA.querySelector<HTMLElement>('.suppressed')!;
    expect(withheld.getAttribute('part')).to.equal('cell cell-suppressed');
    expect(withheld.textContent).to.contain('Withheld so that a small group elsewhere cannot be worked out');
    expect(withheld.textContent).not.to.match(/\d/);
    expect(el.shadowRoot!.querySelectorAll('.body .suppressed')).to.have.length(4);
    // The 1–5 scale, as the 360 score's.
    expect(
      [...el.shadowRoot!.querySelectorAll('.legend-labels span')].map((s) => s.textContent),
    ).to.deep.equal(['1.00', '3.00', '5.00']);
    const picked: HeatmapCellSelectEvent[] = [];
    el.addEventListener('cw-heatmap-cell-select', (event) => picked.push(event));
    withheld.click();
    expect(picked[0]!.detail).to.deep.equal({
      unitId: 'a',
      capability: 'DELEGATION',
      metric: 'SESSION_QUALITY',
      value: null,
      count: null,
      suppressed: true,
    });
    await expectEventContract('cw-heatmap-cell-select', picked[0]!);
    await expectAccessible(el);
    await shoot(el, 'suppressed');
  });
});
