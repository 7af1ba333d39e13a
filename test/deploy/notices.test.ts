import { join, sep } from 'node:path';
import { ROOT } from '../helpers/paths';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { packageOf } = require(join(ROOT, 'scripts', 'package-notices.js')) as {
  packageOf: (file: string) => { name: string; folder: string } | undefined;
};

const path = (...parts: string[]): string => [ROOT, ...parts].join(sep);

describe('which package a bundled file belongs to', () => {
  it('is the folder after the last node_modules, scoped packages with their scope', () => {
    expect(packageOf(path('node_modules', 'react-dom', 'cjs', 'react-dom.production.js'))).toEqual({ name: 'react-dom', folder: path('node_modules', 'react-dom') });
    expect(packageOf(path('node_modules', '@fluentui', 'react-button', 'lib', 'index.js'))).toEqual({
      name: '@fluentui/react-button',
      folder: path('node_modules', '@fluentui', 'react-button'),
    });
  });

  it('is the nested copy when a package brings its own version of another', () => {
    expect(packageOf(path('node_modules', 'a', 'node_modules', '@s', 'b', 'index.js'))).toEqual({ name: '@s/b', folder: path('node_modules', 'a', 'node_modules', '@s', 'b') });
  });

  it('is none for the project’s own files', () => {
    expect(packageOf(path('src', 'core', 'compute.ts'))).toBeUndefined();
  });
});
