import { Decimal } from '../decimal';
import { amount, BLANK, CellStyle, LayoutCell, PLAIN, SheetLayout, text } from '../layout';
import { decimalsToShow, numberFormatFor } from '../money';
import { SINCE_DA } from '../../messages/rounds-da';
import { ZERO } from './round';
import { BridgeYear, Since } from './since';

/** A cell's look apart from its value and number format, as amount() takes it. */

const bold = { bold: true };
const heading = { bold: true, borderBottom: 'thin' as const, wrap: true, align: 'center' as const };
const BRIDGE_PARTS = ['priceLevel', 'targets', 'changedEffects', 'newInitiatives', 'droppedInitiatives'] as const;

/**
 * What moved since a round, as a sheet: per initiative its effect and gap then and now, and per year the
 * bridge from the gap at the round to today's, part by part, as the committee reads it.
 */
export function sinceToLayout(since: Since, minDecimals: number): SheetLayout {
  const labels = since.years;
  const all: (Decimal | null)[] = [];
  for (const initiative of since.initiatives) for (const y of initiative.years) all.push(y.effectThen, y.effectNow, y.gapThen, y.gapNow);
  for (const year of since.bridge) if (year !== null) all.push(year.gapThen, year.gapNow, ...BRIDGE_PARTS.map((part) => year[part]));
  const format = numberFormatFor(decimalsToShow(all, minDecimals));
  // A part that is nothing may be a negated zero; a sheet has no such number, so it goes in as 0.
  const figure = (value: Decimal | null, style: CellStyle = PLAIN): LayoutCell => amount(value !== null && value.isZero() ? ZERO : value, format, style);
  const change = (then: Decimal | null, now: Decimal | null): Decimal | null => (then === null && now === null ? null : (now ?? new Decimal(0)).minus(then ?? new Decimal(0)));

  const rows: LayoutCell[][] = [
    [text(SINCE_DA.title(since.round, since.closed), bold)],
    ...(since.priceStep.kind === 'not-converted' ? [[text(SINCE_DA.priceNotConverted(since.priceStep.from, since.priceStep.to), { italic: true })]] : []),
    [],
    [...SINCE_DA.initiativeColumns, ...labels.flatMap((label) => SINCE_DA.yearColumns(label))].map((h) => text(h, heading)),
    ...since.initiatives.map((initiative) => [
      text(initiative.name, { wrap: true }),
      text(SINCE_DA.kind[initiative.kind]),
      ...initiative.years.flatMap((y) => [figure(y.effectThen), figure(y.effectNow), figure(change(y.effectThen, y.effectNow)), figure(y.gapThen), figure(y.gapNow)]),
    ]),
    [],
    [text(SINCE_DA.bridge, bold)],
    [text(SINCE_DA.bridgeNote, { italic: true })],
    [BLANK, ...labels.map((label) => text(label, heading))],
    bridgeRow(SINCE_DA.bridgeRows.gapThen(since.round), since.bridge, (year) => year.gapThen, figure, bold),
    ...BRIDGE_PARTS.map((part) => bridgeRow(SINCE_DA.bridgeRows[part], since.bridge, (year) => year[part], figure, PLAIN)),
    bridgeRow(SINCE_DA.bridgeRows.gapNow, since.bridge, (year) => year.gapNow, figure, { bold: true, borderTop: 'thin' as const }),
  ];
  return {
    sheetName: SINCE_DA.sheetName(since.round),
    rows,
    merges: [],
    columnWidths: [48, 12, ...labels.flatMap(() => [11, 11, 11, 11, 11])],
    frozenRows: 0,
  };
}

function bridgeRow(
  label: string,
  bridge: readonly (BridgeYear | null)[],
  pick: (year: BridgeYear) => Decimal,
  figure: (value: Decimal | null, style?: CellStyle) => LayoutCell,
  style: CellStyle,
): LayoutCell[] {
  return [text(label, style), ...bridge.map((year) => figure(year === null ? null : pick(year), style))];
}
