import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { ROOT } from '../helpers/paths';

/** Every .ts/.tsx file under a folder. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** The files of src a file imports, type-only imports and re-exports included (the compiler's own pre-parser). */
function localImports(file: string): string[] {
  const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  return importedFiles
    .map((imported) => imported.fileName)
    .filter((specifier) => specifier.startsWith('.'))
    .map((specifier) => resolve(dirname(file), specifier))
    .flatMap((base) => [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].filter((candidate) => existsSync(candidate)).slice(0, 1));
}

/** The import cycles among files, each as the list of files from its first member back to it. */
export function importCycles(files: readonly string[]): string[][] {
  const edges = new Map(files.map((file) => [file, localImports(file)]));
  const cycles: string[][] = [];
  const done = new Set<string>();
  const path: string[] = [];
  const onPath = new Set<string>();
  const visit = (file: string): void => {
    if (onPath.has(file)) {
      cycles.push([...path.slice(path.indexOf(file)), file]);
      return;
    }
    if (done.has(file)) return;
    path.push(file);
    onPath.add(file);
    for (const next of edges.get(file) ?? []) visit(next);
    onPath.delete(file);
    path.pop();
    done.add(file);
  };
  for (const file of files) visit(file);
  return cycles;
}

describe('import cycles', () => {
  const files = sourceFiles(join(ROOT, 'src'));
  const shown = (cycle: string[]): string => cycle.map((file) => relative(ROOT, file)).join(' → ');

  it('finds a cycle made only of type imports', () => {
    const dir = join(ROOT, 'test', 'architecture', 'cycle-sample');
    expect(importCycles(sourceFiles(dir)).map(shown)).toEqual([
      'test/architecture/cycle-sample/a.ts → test/architecture/cycle-sample/b.ts → test/architecture/cycle-sample/a.ts',
    ]);
  });

  it('finds none in src, type-only imports included', () => {
    expect(files.length).toBeGreaterThan(40);
    expect(importCycles(files).map(shown)).toEqual([]);
  });
});
