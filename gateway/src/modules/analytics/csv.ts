/**
 * The heatmap as CSV (RFC 4180): exactly the cells the viewer was sent, so a
 * suppressed cell is written as `suppressed` and never as a number.
 */
import type { Translate } from '../../i18n/translate.js';
import { localised } from '../../i18n/localised.js';
import type { HeatmapCellResult, HeatmapResult, HeatmapRowResult } from './heatmap.js';

/**
 * Quotes every field, and defuses text a spreadsheet would run as a formula
 * (a unit named "=HYPERLINK(…)"), per OWASP's CSV-injection advice.
 */
function field(text: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

const number = (value: number, digits: number): string => String(Number(value.toFixed(digits)));

function cellFields(result: HeatmapResult, cell: HeatmapCellResult, t: Translate): string[] {
  if (cell.suppressed || cell.value === null || cell.count === null) {
    return [field(t('analytics.csvSuppressed', { reason: cell.reason ?? 'none' })), field('')];
  }
  const value = result.metric === 'PARTICIPATION_RATE' ? number(cell.value * 100, 1) : number(cell.value, 3);
  // Numbers are written bare: a negative delta is not a formula.
  return [value, String(cell.count)];
}

/**
 * `locale` names the capabilities (any tag their names carry); `t` words the
 * headers and suppressed cells. Numbers stay bare (`3.375`, not `3,375`) so a
 * spreadsheet in any locale reads them as numbers.
 */
export function heatmapCsv(result: HeatmapResult, locale: string, t: Translate): string {
  const unitLabel = result.metric === 'PARTICIPATION_RATE' ? ' (%)' : '';
  const header = [
    field(t('analytics.csvUnit')),
    field(t('analytics.csvKind')),
    field(t('analytics.csvLevel')),
    field(t('analytics.csvManagers')),
    ...result.columns.flatMap((column) => {
      const name = localised(column.capability.names, locale) ?? column.capability.code;
      return [field(`${name}${unitLabel}`), field(`${name} (n)`)];
    }),
  ];
  const row = (
    label: string,
    kind: string,
    level: string,
    people: string,
    cells: HeatmapCellResult[],
  ): string =>
    [
      field(label),
      field(kind),
      field(level),
      field(people),
      ...cells.flatMap((cell) => cellFields(result, cell, t)),
    ].join(',');
  const unitRow = (r: HeatmapRowResult): string =>
    row(r.unit.name, r.unit.kind, String(r.level), String(r.peopleCount), r.cells);
  const lines = [
    header.join(','),
    row(
      t('analytics.csvOrganisation'),
      'ORGANISATION',
      '',
      '',
      result.columns.map((column) => column.organisation),
    ),
    ...(result.total ? [unitRow(result.total)] : []),
    ...result.rows.map(unitRow),
  ];
  return `${lines.join('\r\n')}\r\n`;
}
