import { prepareSheet } from '../../src/adapters/office/prepared-write';
import { cellJobs, packJobs } from '../../src/adapters/office/write-jobs';
import { BLANK, LayoutCell, SheetLayout, text, wrappedText } from '../../src/core/layout';
import { FakeExcel } from '../fakes/fake-excel';

/** A sheet of the program's whose first rows are wide and whose many later rows are narrow, heavy enough to go in several parts. */
function wideThenNarrow(): SheetLayout {
  const wide: LayoutCell[][] = Array.from({ length: 3 }, (_, r) => Array.from({ length: 6 }, (_, c) => text(`Overskrift ${r}.${c}`, { bold: true })));
  const narrow: LayoutCell[][] = Array.from({ length: 6000 }, (_, r) => [wrappedText(`Indsats nummer ${r} med et langt navn, der fylder godt i en anmodning`), BLANK]);
  return { sheetName: 'Bilag 1', rows: [...wide, ...narrow], merges: [], columnWidths: [72, 11] };
}

describe('a write prepared for Office.js before anything is queued', () => {
  it('is plain data, so it crosses from the pane’s worker to the page as it is', () => {
    const prepared = prepareSheet(wideThenNarrow());
    expect(structuredClone(prepared)).toEqual(prepared);
  });

  it('writes each part of the rows as wide as its own rows, as the layout’s rows were queued one part at a time', async () => {
    const layout = wideThenNarrow();
    const prepared = prepareSheet(layout);
    expect(prepared.parts.length).toBeGreaterThan(1);
    expect(prepared.parts.map((part) => part.width)).toEqual([6, ...prepared.parts.slice(1).map(() => 2)]);
    const excel = new FakeExcel();
    excel.addSheet('Bilag 1');
    await excel.run(async (context) => {
      for (const batch of packJobs(cellJobs(prepared))) {
        for (const job of batch) job.queue(context as never);
        // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per request of ~4 MB, as the adapter's write
        await context.sync();
      }
    });
    const sheet = excel.sheet('Bilag 1');
    const last = layout.rows.length - 1;
    // The first part's range is six columns wide; a later part's two: nothing is written beyond its rows.
    expect(sheet?.cell(1, 5)).toMatchObject({ value: 'Overskrift 1.5', numberFormat: '@' });
    expect(sheet?.cell(last, 0)).toMatchObject({ value: 'Indsats nummer 5999 med et langt navn, der fylder godt i en anmodning', numberFormat: '@' });
    expect(sheet?.cell(last, 1)).toMatchObject({ value: '', numberFormat: 'General' });
    expect(sheet?.cell(last, 2)).toBeUndefined();
    expect(sheet?.cell(prepared.parts[1]?.from ?? 0, 5)).toBeUndefined();
  });
});
