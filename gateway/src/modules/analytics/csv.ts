/**
 * The heatmap as CSV (RFC 4180): exactly the cells the viewer was sent, so a
 * suppressed cell is written as `suppressed` and never as a number.
 */
import { localised } from '../capabilities/sql.js';
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

function cellFields(result: HeatmapResult, cell: HeatmapCellResult): string[] {
  if (cell.suppressed || cell.value === null || cell.count === null) {
    const reason = cell.reason
      ? `suppressed (${cell.reason.toLowerCase().replace(/_/g, ' ')})`
      : 'suppressed';
    return [field(reason), field('')];
  }
  const value = result.metric === 'PARTICIPATION_RATE' ? number(cell.value * 100, 1) : number(cell.value, 3);
  // Numbers are written bare: a negative delta is not a formula.
  return [value, String(cell.count)];
}

export function heatmapCsv(result: HeatmapResult, locale: string): string {
  const unitLabel = result.metric === 'PARTICIPATION_RATE' ? ' (%)' : '';
  const header = [
    field('Unit'),
    field('Kind'),
    field('Level'),
    field('Managers'),
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
      ...cells.flatMap((cell) => cellFields(result, cell)),
    ].join(',');
  const unitRow = (r: HeatmapRowResult): string =>
    row(r.unit.name, r.unit.kind, String(r.level), String(r.peopleCount), r.cells);
  const lines = [
    header.join(','),
    row(
      'Organisation',
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
