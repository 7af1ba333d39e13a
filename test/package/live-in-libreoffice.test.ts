import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SHAPE_CASES, shapeFileName } from '../fixtures/shape-cases';
import { recalculatedInCalc, ShownSheet } from '../helpers/libreoffice-recalc';
import { disagreements, formulaCount, shapeFixtureWithDraftedScheme, WrittenPlan, writtenPlan } from '../helpers/live-proof';
import { EXAMPLE_WORKBOOK } from '../helpers/paths';
import { partText, setPartText, sheetEntries, unzipParts, zipParts } from '../helpers/ooxml-package';
import { hedenstedScheme } from '../helpers/scheme';
import { sofficeAvailable } from '../helpers/soffice';

const describeWithCalc = sofficeAvailable() ? describe : describe.skip;

interface Case {
  readonly name: string;
  readonly file: string;
  readonly written: WrittenPlan;
}

describeWithCalc('live formulas, recalculated by LibreOffice on opening', () => {
  const dir = mkdtempSync(join(tmpdir(), 'handleplan-live-'));
  const altered = join(dir, 'altered.xlsx');
  let cases: Case[];
  let shown: Map<string, Map<string, ShownSheet>>;

  beforeAll(async () => {
    const inputs = [
      { name: 'the Hedensted plan', bytes: new Uint8Array(readFileSync(EXAMPLE_WORKBOOK)), scheme: hedenstedScheme(), sheet: undefined as string | undefined },
      ...(await Promise.all(SHAPE_CASES.map(async (c) => ({ name: shapeFileName(c), ...(await shapeFixtureWithDraftedScheme(shapeFileName(c))) })))),
    ];
    cases = await Promise.all(
      inputs.map(async (input, i) => {
        const written = await writtenPlan(input.bytes, input.scheme, input.sheet);
        const file = join(dir, `live-${i}.xlsx`);
        writeFileSync(file, await written.workbook.toBuffer());
        return { name: input.name, file, written };
      }),
    );
    // The Hedensted result with one effect formula changed and its cached figure kept: only recalculating tells them apart.
    const hedensted = cases[0] as Case;
    const parts = unzipParts(readFileSync(hedensted.file));
    const part = sheetEntries(parts).find((s) => s.name === hedensted.written.sheet)?.part ?? '';
    setPartText(parts, part, partText(parts, part).replace(/<f>([^<]*)<\/f>/, '<f>$1+1</f>'));
    writeFileSync(altered, zipParts(parts));
    // One Calc process for every workbook: starting it is most of the cost.
    shown = recalculatedInCalc([...cases.map((c) => c.file), altered]);
  });

  it.each(['the Hedensted plan', ...SHAPE_CASES.map(shapeFileName)])('shows the core’s figures in the effect and gap columns, their sums, Bilag 1 and the gap sheet of %s', (name) => {
    const chosen = cases.find((c) => c.name === name);
    if (chosen === undefined) throw new Error(`No case ${name}`);
    expect(disagreements(shown.get(chosen.file), chosen.written.result)).toEqual([]);
  });

  it('proves something: the Hedensted plan is written with formulas in its columns, Bilag 1 and the gap sheet', () => {
    const hedensted = cases.find((c) => c.name === 'the Hedensted plan');
    expect(hedensted?.written.result.gapSheet).toBeDefined();
    expect(formulaCount(hedensted!.written.result)).toBeGreaterThan(100);
    // A formula that computes something else than the core is seen, though its cached figure is the core's,
    // and so are the sums and the gap sheet that read it.
    const seen = disagreements(shown.get(altered), hedensted!.written.result);
    expect(seen.some((d) => d.startsWith(`${hedensted!.written.sheet}!`))).toBe(true);
    expect(seen.some((d) => d.startsWith(`${hedensted!.written.result.gapSheet?.sheetName ?? '-'}!`))).toBe(true);
  });
});
