import fc from 'fast-check';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XlsxWorkbook } from '../../src/adapters/xlsx/xlsx-workbook';
import { toA1 } from '../../src/core/a1';
import { analysePlan, PlanResult } from '../../src/core/plan';
import { schemeFromWorkbook } from '../../src/core/scheme-sheet';
import { recalculatedInCalc } from '../helpers/libreoffice-recalc';
import { amountCells, disagreements, writtenPlan, writtenShape } from '../helpers/live-proof';
import { EXAMPLE_WORKBOOK } from '../helpers/paths';
import { hedenstedScheme } from '../helpers/scheme';
import { sofficeAvailable } from '../helpers/soffice';

const describeWithCalc = sofficeAvailable() ? describe : describe.skip;

/** Fixed, so a failure can be run again; fast-check prints nothing here, as the runs are checked together after one Calc process. */
const SEED = 20261130;
const RUNS = 8;

interface EditedRun {
  readonly edits: string;
  readonly file: string;
  /** The core's figures on the edited sheet, as the next run would compute them. */
  readonly expected: PlanResult;
  readonly sameShape: boolean;
}

describeWithCalc('random edits of amounts in a written plan, recalculated by LibreOffice', () => {
  it('shows the core’s figures on the edited sheet in the effect and gap columns, their sums, Bilag 1 and the gap sheet', async () => {
    const scheme = hedenstedScheme();
    const written = await writtenPlan(new Uint8Array(readFileSync(EXAMPLE_WORKBOOK)), scheme);
    const bytes = await written.workbook.toBuffer();
    // Cells whose results are live: where an amount is text, its results are values, and a finding says so.
    const notLive = new Set(written.result.findings.filter((f) => f.code === 'formula-not-live').map((f) => f.cell));
    const cells = amountCells(written.result).filter((cell) => !notLive.has(toA1(cell)));
    expect(cells.length).toBeGreaterThan(20);
    // Amounts as finance staff type them: up to 9,9 with one decimal, now and then 0.
    const edit = fc.record({ at: fc.nat({ max: cells.length - 1 }), tenths: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 99 })) });
    const samples = fc.sample(fc.array(edit, { minLength: 1, maxLength: 6 }), { seed: SEED, numRuns: RUNS });
    const dir = mkdtempSync(join(tmpdir(), 'handleplan-live-edits-'));
    const runs: EditedRun[] = await Promise.all(
      samples.map(async (edits, i) => {
        const workbook = await XlsxWorkbook.fromBuffer(bytes);
        const fixes = edits.map(({ at, tenths }) => ({ kind: 'set-number' as const, sheet: written.sheet, cell: toA1(cells[at]!), value: (tenths / 10).toFixed(1), label: '' }));
        // The user's edits only: the figures the program wrote keep their cached results, as a program that does not recalculate would leave them.
        await workbook.applyFixes(fixes);
        // The next run's scheme is the one the workbook now holds, with its sheet's target cells.
        const held = (await schemeFromWorkbook(workbook))?.scheme ?? scheme;
        const expected = analysePlan(await workbook.readSheet(written.sheet), held, await workbook.facts());
        const file = join(dir, `edited-${i}.xlsx`);
        writeFileSync(file, await workbook.toBuffer());
        return { edits: fixes.map((f) => `${f.cell}=${f.value}`).join(' '), file, expected, sameShape: writtenShape(expected).join('\n') === writtenShape(written.result).join('\n') };
      }),
    );
    const shown = recalculatedInCalc(runs.map((r) => r.file));
    // Where an edit changes how the result is written (a number format the core now gives), the file keeps its own: the figures are compared where it does not.
    const compared = runs.filter((r) => r.sameShape);
    expect(compared.length).toBeGreaterThanOrEqual(RUNS / 2);
    for (const run of compared) expect([run.edits, disagreements(shown.get(run.file), run.expected)]).toEqual([run.edits, []]);
  });
});
