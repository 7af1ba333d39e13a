import { join } from 'node:path';
import { ROOT } from './paths';

/** Serves a folder on a free localhost port: the same server `npm run serve` uses. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
export const serveFolder = (require(join(ROOT, 'scripts', 'serve.js')) as { serveFolder: (folder: string, port?: number) => Promise<{ url: string; close: () => Promise<void> }> }).serveFolder;
