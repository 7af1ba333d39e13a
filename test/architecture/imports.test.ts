import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
import { ROOT } from '../helpers/paths';

/** Which folders of src each folder may import from, and which packages. One pure core, thin edges. */
const RULES: Record<string, { folders: string[]; packages: string[] }> = {
  'src/core': { folders: ['src/core', 'src/messages'], packages: ['decimal.js'] },
  'src/messages': { folders: ['src/messages', 'src/core'], packages: [] },
  'src/adapters/xlsx': { folders: ['src/adapters/xlsx', 'src/core'], packages: ['fflate', 'saxes'] },
  // Office.js is a global from Microsoft's CDN, never a package import.
  'src/adapters/office': { folders: ['src/adapters/office', 'src/core', 'src/messages'], packages: [] },
  'src/taskpane': {
    folders: ['src/taskpane', 'src/core', 'src/messages', 'src/adapters/xlsx', 'src/adapters/office'],
    packages: ['react', 'react-dom/client', '@fluentui/react-components'],
  },
  'src/cli': { folders: ['src/cli', 'src/core', 'src/messages', 'src/adapters/xlsx'], packages: ['node:'] },
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|require\(['"]([^'"]+)['"]\)|import\(['"]([^'"]+)['"]\)/g)].map(
    (m) => m[1] ?? m[2] ?? m[3] ?? '',
  );
}

function folderOf(file: string): string | undefined {
  const path = relative(ROOT, file).split('\\').join('/');
  return Object.keys(RULES).find((folder) => path.startsWith(`${folder}/`));
}

describe('the direction of imports', () => {
  const files = sourceFiles(join(ROOT, 'src'));

  it('finds the source files it checks', () => {
    expect(files.filter((f) => folderOf(f) === 'src/core').length).toBeGreaterThan(10);
  });

  it.each(files.map((f) => [relative(ROOT, f), f]))('%s imports only what its layer may', (_, file) => {
    const folder = folderOf(file);
    if (folder === undefined) return;
    const rule = RULES[folder];
    for (const specifier of importsOf(file)) {
      if (specifier.startsWith('.')) {
        const target = relative(ROOT, resolve(dirname(file), specifier)).split('\\').join('/');
        expect({ specifier, allowed: rule?.folders.some((f) => target.startsWith(`${f}/`)) }).toEqual({ specifier, allowed: true });
      } else {
        expect({ specifier, allowed: rule?.packages.some((p) => specifier === p || specifier.startsWith(p)) }).toEqual({ specifier, allowed: true });
      }
    }
  });

  it('keeps the core free of host APIs even by global name', () => {
    for (const file of files.filter((f) => folderOf(f) === 'src/core')) {
      const code = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      expect({ file, uses: /\b(Office|Excel|window|document|process|require)\s*[.(]/.test(code) }).toEqual({ file, uses: false });
    }
  });

  it('never lets the Excel pane reach the .xlsx library, directly or through other files', () => {
    const seen = new Set<string>();
    const visit = (file: string): void => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const specifier of importsOf(file)) {
        expect({ file: relative(ROOT, file), specifier, xlsx: ['exceljs', 'fflate', 'saxes'].includes(specifier) || specifier.includes('adapters/xlsx') }).toEqual({ file: relative(ROOT, file), specifier, xlsx: false });
        if (!specifier.startsWith('.')) continue;
        const base = resolve(dirname(file), specifier);
        const target = [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find((candidate) => files.includes(candidate));
        if (target !== undefined) visit(target);
      }
    };
    visit(join(ROOT, 'src', 'taskpane', 'excel.tsx'));
    expect(seen.size).toBeGreaterThan(20);
  });
});
