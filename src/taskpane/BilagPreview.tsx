import { memo } from 'react';
import type React from 'react';
import { Field, makeStyles, mergeClasses, ProgressBar, tokens } from '@fluentui/react-components';
import { displayText, isFigure, SheetLayout } from '../core/layout';
import { useTableStyles } from './table-styles';
import { ROWS_PER_SLICE, useRowsInSlices } from './rows-in-slices';

/** A row's height in the preview (Fluent's extra-small table row), for the room a slice takes before it is laid out. */
const ROW_PX = 24;

const useStyles = makeStyles({
  // Each slice after the first is laid out and painted only near the screen: a Bilag 1 of thousands of rows costs the page
  // what the rows in view cost, at each slice added and at each scroll (a frame that scrolls sideways is otherwise painted
  // whole). Each slice is a table of its own, with the sheet's column widths, so the columns stay aligned.
  later: { contentVisibility: 'auto' },
  table: {
    tableLayout: 'fixed',
    borderCollapse: 'collapse',
    minWidth: '100%',
    backgroundColor: tokens.colorSubtleBackground,
    color: tokens.colorNeutralForeground1,
    fontSize: tokens.fontSizeBase200,
  },
  // The look of Fluent's extra-small table cells, in plain cells: a slice of 100 rows is 800 cells or more.
  cell: { height: `${ROW_PX}px`, padding: `0 ${tokens.spacingHorizontalS}`, verticalAlign: 'top', fontWeight: tokens.fontWeightRegular },
  bold: { fontWeight: tokens.fontWeightSemibold },
});

/**
 * Bilag 1 as it will show in Excel, in a frame of its own that scrolls sideways, its columns as wide as in the sheet.
 * A long one fills in a slice at a time, each slice a table of its own, laid out and painted only when near the screen.
 */
export function BilagPreview({ layout }: { layout: SheetLayout }): React.JSX.Element {
  const table = useTableStyles();
  const slices = useRowsInSlices(layout.rows);
  const shown = slices.reduce((sum, slice) => sum + slice.length, 0);
  const total = layout.rows.length;
  return (
    <>
      {shown < total ? (
        <Field label={`Viser ${shown.toLocaleString('da-DK')} af ${total.toLocaleString('da-DK')} rækker …`}>
          <ProgressBar value={shown / total} />
        </Field>
      ) : null}
      <div className={table.frame} role="region" aria-label={`${layout.sheetName}, vist som i arket (rul vandret for alle kolonner)`} tabIndex={0} data-testid="bilag-preview">
        {slices.map((rows, s) => (
          <BilagSlice key={s} rows={rows} widths={layout.columnWidths} label={sliceLabel(layout.sheetName, s, rows.length, total)} first={s === 0} />
        ))}
      </div>
    </>
  );
}

/** The first slice is the table; each further one says which rows it holds. */
function sliceLabel(sheetName: string, slice: number, rows: number, total: number): string {
  if (total <= ROWS_PER_SLICE) return sheetName;
  const first = slice * ROWS_PER_SLICE + 1;
  return `${sheetName}, række ${first.toLocaleString('da-DK')}–${(first + rows - 1).toLocaleString('da-DK')}`;
}

/** One slice of Bilag 1's rows; a slice on screen is not rendered again when the next one is added. */
const BilagSlice = memo(function BilagSlice({ rows, widths, label, first }: { rows: SheetLayout['rows']; widths: readonly number[]; label: string; first: boolean }): React.JSX.Element {
  const styles = useStyles();
  const table = useTableStyles();
  const figure = mergeClasses(styles.cell, table.figure);
  const classes = [styles.cell, figure, mergeClasses(styles.cell, styles.bold), mergeClasses(figure, styles.bold)];
  return (
    <div className={first ? undefined : styles.later} style={first ? undefined : { containIntrinsicHeight: `auto ${rows.length * ROW_PX}px` }}>
      <table className={styles.table} style={{ width: `${widths.reduce((sum, width) => sum + width, 0)}ch` }} aria-label={label}>
        <colgroup>
          {widths.map((width, c) => (
            // Excel's column width is in characters of its standard font's digits, as CSS's ch is.
            <col key={c} style={{ width: `${width}ch` }} />
          ))}
        </colgroup>
        <tbody>
          {rows.map((row, r) => (
            <tr key={r}>
              {row.map((cell, c) => (
                <td key={c} className={classes[(isFigure(cell) ? 1 : 0) + (cell.bold === true ? 2 : 0)]}>
                  {displayText(cell)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
});
