import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers/cli';
import { runAndSave } from '../helpers/corpus';
import { plannedInput, SCHEME } from '../helpers/corpus-run';
import { unzipParts } from '../helpers/ooxml-package';
import { sameBytes } from '../helpers/package-diff';
import { EXAMPLE_SCHEME, SOURCE_SHEET } from '../helpers/paths';

describe('the run the package tests make', () => {
  it.each(['pivot_table_named_range.xlsx', 'package.openpyxl-macro.xlsm'])('writes for %s the very package handleplan run writes', async (file) => {
    const dir = mkdtempSync(join(tmpdir(), 'handleplan-package-cli-'));
    const input = join(dir, file);
    const output = join(dir, `out-${file}`);
    const planted = plannedInput(file);
    writeFileSync(input, planted.bytes);
    const cli = await runCli('run', input, '--scheme', EXAMPLE_SCHEME, '--sheet', SOURCE_SHEET, '-o', output);
    expect([cli.code, cli.err]).toEqual([0, '']);
    const byCli = unzipParts(new Uint8Array(readFileSync(output)));
    const byTests = unzipParts(await runAndSave(planted.bytes, SCHEME, SOURCE_SHEET));
    expect([...byCli.keys()]).toEqual([...byTests.keys()]);
    expect([...byCli].filter(([name, bytes]) => !sameBytes(bytes, byTests.get(name))).map(([name]) => name)).toEqual([]);
  });
});
