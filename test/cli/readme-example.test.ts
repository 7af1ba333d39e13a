import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers/cli';

const ROOT = join(__dirname, '..', '..');

/** The output block that follows the README's example commands for a fixture. */
function readmeOutputAfter(command: string): string {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const from = readme.indexOf(command);
  const block = /```text\n([\s\S]*?)```/.exec(readme.slice(from));
  if (from < 0 || block === null) throw new Error(`README has no output after »${command}«`);
  return block[1] as string;
}

describe('the README’s example of a shape', () => {
  it('is what init and run print on the fixture, with the drafted scheme untouched', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'handleplan-readme-'));
    const workbook = join(dir, 'shape.years-down-groups.xlsx');
    copyFileSync(join(ROOT, 'test', 'fixtures', 'shape.years-down-groups.xlsx'), workbook);
    expect((await runCli('init', workbook, '-o', join(dir, 'opfølgning.json'))).code).toBe(0);
    const run = await runCli('run', workbook, '--scheme', join(dir, 'opfølgning.json'), '-o', join(dir, 'opfølgning-beregnet.xlsx'));
    expect(run.code).toBe(0);
    expect(`${run.out.split(`${dir}/`).join('')}\n`).toBe(readmeOutputAfter('npx handleplan run shape.years-down-groups.xlsx'));
  });
});
