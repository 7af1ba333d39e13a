import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XlsxWorkbook } from '../../src/adapters/xlsx/xlsx-workbook';
import { Decimal } from '../../src/core/decimal';
import { SinceJson } from '../../src/core/rounds/since-json';
import { runCli } from '../helpers/cli';
import { EXAMPLE_SCHEME, EXAMPLE_WORKBOOK, ROOT, SOURCE_SHEET } from '../helpers/paths';
import { sheetsAsCalcShowsThem, sofficeAvailable, withDanishSeparators } from '../helpers/soffice';

const itWithCalc = sofficeAvailable() ? it : it.skip;
const GOLDEN_SINCE = join(ROOT, 'test', 'golden', 'hedensted-since-bo1.tsv');
const dir = mkdtempSync(join(tmpdir(), 'handleplan-golden-rounds-'));
const closed = join(dir, 'bo1.xlsx');
const changed = join(dir, 'bo2.xlsx');
const written = join(dir, 'bo2-run.xlsx');
const DROPPED = 'Ny afregningsmodel for kommunale bofællesskaber og Kildebjerget fra 2023 (netto besparelse)';
let since: SinceJson;

beforeAll(async () => {
  // BO1 closed on the Hedensted plan as it is.
  expect((await runCli('run', EXAMPLE_WORKBOOK, '--scheme', EXAMPLE_SCHEME, '--close-round', 'BO1', '--date', '2026-03-31', '-o', closed)).code).toBe(0);
  // Then Kontraktforhandler realises 0,5 more in 2023 (J32: 1,35 → 1,85), and the new settlement model is dropped:
  // marked udgået in its name, and the I alt row (E38:H38) no longer counting its 2, 3, 5 and 8,3.
  const workbook = await XlsxWorkbook.fromBuffer(readFileSync(closed));
  const number = (cell: string, value: string) => ({ kind: 'set-number' as const, sheet: SOURCE_SHEET, cell, value, label: '' });
  await workbook.applyFixes([
    number('J32', '1.85'),
    { kind: 'set-text', sheet: SOURCE_SHEET, cell: 'C26', value: `${DROPPED} (udgået)`, label: '' },
    ...[['E38', '3'], ['F38', '5'], ['G38', '10'], ['H38', '22']].map(([cell, value]) => number(cell as string, value as string)),
  ]);
  writeFileSync(changed, await workbook.toBuffer());
  since = (JSON.parse((await runCli('validate', changed, '--json')).out) as { since: SinceJson }).since;
  expect((await runCli('run', changed, '-o', written)).code).toBe(0);
});

describe('what moved since BO1 on the Hedensted plan, after a realised figure changed and an initiative was dropped', () => {
  it('shows exactly those two initiatives as changed in validate --json, and every other as it was', () => {
    expect(since.round).toBe('BO1');
    expect(since.closed).toBe('2026-03-31');
    const moved = since.initiatives.filter((i) => i.kind !== 'both' || Object.values(i.years).some((y) => y.effectThen !== y.effectNow || y.gapThen !== y.gapNow));
    expect(moved.map((i) => [i.name, i.kind])).toEqual([
      [`${DROPPED} (udgået)`, 'dropped'],
      ['Kontraktforhandler', 'both'],
    ]);
    expect(moved[1]?.years['2023']).toEqual({ effectThen: '1.35', effectNow: '1.85', gapThen: '-0.35', gapNow: '-0.85' });
    expect(moved[0]?.years['2023']).toEqual({ effectThen: '2', effectNow: '2', gapThen: '0', gapNow: '0' });
  });

  it('bridges each year with an effect from BO1’s gap to today’s by exactly those changes, adding up to the øre', () => {
    const parts = ['priceLevel', 'targets', 'changedEffects', 'newInitiatives', 'droppedInitiatives'] as const;
    for (const [label, year] of Object.entries(since.bridge)) {
      if (year === null) continue;
      const sum = parts.reduce((total, part) => total.plus(year[part]), new Decimal(year.gapThen));
      expect([label, sum.toFixed()]).toEqual([label, year.gapNow]);
      expect([label, year.priceLevel, year.targets, year.newInitiatives]).toEqual([label, '0', '0', '0']);
    }
    expect(since.bridge['2023']).toMatchObject({ changedEffects: '-0.5', droppedInitiatives: '2' });
    expect(since.bridge['2024']).toMatchObject({ changedEffects: '0', droppedInitiatives: '2.2' });
    expect([since.bridge['2025'], since.bridge['2026']]).toEqual([null, null]);
  });

  itWithCalc('is shown by LibreOffice on the sheet »Ændringer siden BO1« exactly as the golden table', () => {
    const shown = sheetsAsCalcShowsThem(written).get('Ændringer siden BO1');
    expect(shown).toBeDefined();
    const golden = readFileSync(GOLDEN_SINCE, 'utf8');
    expect(withDanishSeparators((shown ?? '').replace(/\r\n/g, '\n')).replace(/\n$/, '')).toBe(golden.replace(/\n$/, ''));
  });
});
