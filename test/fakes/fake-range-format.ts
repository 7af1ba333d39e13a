/** A range's format in the fake: font, alignment, wrap, borders and column width. */
import type { FakeContext } from './fake-context';
import type { FakeRange } from './fake-range';
import { CALL_OVERHEAD, DEFAULT_COLUMN_WIDTH, FakeCell, OfficeError, refuseWhenSheetProtected } from './fake-sheet';

export class FakeRangeFormat {
  readonly font: { bold: boolean; italic: boolean };
  readonly borders: { getItem: (edge: string) => { style: string; weight: string } };

  constructor(
    private readonly context: FakeContext,
    private readonly range: FakeRange,
  ) {
    const set = (apply: (cell: FakeCell) => void): void => this.edit(apply);
    this.font = {
      set bold(on: boolean) {
        set((cell) => (on ? (cell.bold = true) : delete cell.bold));
      },
      get bold(): boolean {
        throw new Error('The fake does not load font.bold');
      },
      set italic(on: boolean) {
        set((cell) => (on ? (cell.italic = true) : delete cell.italic));
      },
      get italic(): boolean {
        throw new Error('The fake does not load font.italic');
      },
    };
    this.borders = {
      getItem: (edge: string) => {
        const border = { style: 'Continuous', weight: 'Thin' };
        const apply = (): void =>
          set((cell) => {
            const borders = { ...(cell.borders ?? {}) };
            if (border.style === 'None') delete borders[edge];
            else borders[edge] = `${border.style}/${border.weight}`;
            if (Object.keys(borders).length === 0) delete cell.borders;
            else cell.borders = borders;
          });
        return {
          set style(value: string) {
            border.style = value;
            apply();
          },
          get style(): string {
            return border.style;
          },
          set weight(value: string) {
            border.weight = value;
            apply();
          },
          get weight(): string {
            return border.weight;
          },
        };
      },
    };
  }

  set horizontalAlignment(value: string) {
    this.edit((cell) => (value === 'General' ? delete cell.horizontalAlignment : (cell.horizontalAlignment = value)));
  }

  set verticalAlignment(value: string) {
    this.edit((cell) => (value === 'Bottom' ? delete cell.verticalAlignment : (cell.verticalAlignment = value)));
  }

  set wrapText(on: boolean) {
    this.edit((cell) => (on ? (cell.wrapText = true) : delete cell.wrapText));
  }

  /** A format change to every cell of the range; refused on a protected sheet, as in Excel. */
  private edit(apply: (cell: FakeCell) => void): void {
    this.context.queueWrite(CALL_OVERHEAD, () => {
      refuseWhenSheetProtected(this.range.worksheet.sheet());
      this.range.forEach(apply);
    });
  }

  load(props: string): this {
    if (props !== 'columnWidth') throw new Error(`The fake cannot load RangeFormat.${props}`);
    this.context.queue(CALL_OVERHEAD, () => {
      const { from } = this.range.bounds();
      this.loadedWidth = this.range.worksheet.sheet().columnWidths.get(from.col) ?? DEFAULT_COLUMN_WIDTH;
      return 8;
    });
    return this;
  }

  private loadedWidth: number | undefined;

  get columnWidth(): number {
    if (this.loadedWidth === undefined) throw new OfficeError('PropertyNotLoaded', 'columnWidth');
    return this.loadedWidth;
  }

  set columnWidth(points: number) {
    this.context.queue(CALL_OVERHEAD, () => {
      const { from, to } = this.range.bounds();
      const sheet = this.range.worksheet.sheet();
      refuseWhenSheetProtected(sheet);
      for (let col = from.col; col <= to.col; col += 1) {
        if (points === DEFAULT_COLUMN_WIDTH) sheet.columnWidths.delete(col);
        else sheet.columnWidths.set(col, points);
      }
    });
  }
}
