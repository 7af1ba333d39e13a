import { join } from 'node:path';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import webpack from 'webpack';
import { ROOT } from './paths';

/** Builds test/e2e/office-stub.ts for the browser, to be served in place of office.js from the CDN. */
export async function buildOfficeStub(): Promise<string> {
  const out = mkdtempSync(join(tmpdir(), 'handleplan-stub-'));
  const compiler = webpack({
    mode: 'development',
    devtool: false,
    entry: join(ROOT, 'test', 'e2e', 'office-stub.ts'),
    output: { path: out, filename: 'office.js' },
    resolve: { extensions: ['.ts', '.js'] },
    module: { rules: [{ test: /\.ts$/, exclude: /node_modules/, use: { loader: 'swc-loader', options: { jsc: { parser: { syntax: 'typescript' }, target: 'es2020' } } } }] },
  });
  await new Promise<void>((resolve, reject) =>
    compiler.run((error, stats) => {
      if (error !== null && error !== undefined) reject(error);
      else if (stats?.hasErrors() === true) reject(new Error(stats.toString('errors-only')));
      else compiler.close(() => resolve());
    }),
  );
  return readFileSync(join(out, 'office.js'), 'utf8');
}
