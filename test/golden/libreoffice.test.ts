import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers/cli';
import { EXAMPLE_SCHEME, EXAMPLE_WORKBOOK, GOLDEN_BILAG1 } from '../helpers/paths';
import { sheetsAsCalcShowsThem, sofficeAvailable, withDanishSeparators } from '../helpers/soffice';

const itWithCalc = sofficeAvailable() ? it : it.skip;

describe('a real spreadsheet application opening what handleplan run writes', () => {
  itWithCalc('shows Bilag 1 exactly as the golden table', async () => {
    const output = join(mkdtempSync(join(tmpdir(), 'handleplan-calc-run-')), 'bilag.xlsx');
    expect((await runCli('run', EXAMPLE_WORKBOOK, '--scheme', EXAMPLE_SCHEME, '-o', output)).code).toBe(0);
    const shown = sheetsAsCalcShowsThem(output).get('Bilag 1');
    expect(shown).toBeDefined();
    const golden = readFileSync(GOLDEN_BILAG1, 'utf8');
    expect(withDanishSeparators((shown ?? '').replace(/\r\n/g, '\n')).replace(/\n$/, '')).toBe(golden.replace(/\n$/, ''));
  });

  it('maps only numeric cells from Calc separators to Danish ones', () => {
    expect(withDanishSeparators('Handleplan (30,3 mio. kr.)\t1,234.5\t-0.05\t2023')).toBe('Handleplan (30,3 mio. kr.)\t1.234,5\t-0,05\t2023');
  });
});
