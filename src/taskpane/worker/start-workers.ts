import type { StartWorker } from './calls';

// Each worker is its own script: webpack bundles it from the `new Worker(new URL(…, import.meta.url))`
// below and gives it the name in the options. The project is type-checked as CommonJS, where tsc does not
// allow import.meta; webpack, which builds the pages, reads it as the module's own address.

/** The Excel pane's worker (core-worker.ts); undefined where the web view has no Worker. */
export const startCoreWorker: StartWorker =
  typeof Worker === 'undefined'
    ? undefined
    : () =>
        // @ts-expect-error TS1343: import.meta is resolved by webpack, not by the CommonJS type-check.
        new Worker(new URL('./core-worker.ts', import.meta.url), { name: 'core-worker' });

/** The browser page's worker (file-worker.ts); undefined where the browser has no Worker. */
export const startFileWorker: StartWorker =
  typeof Worker === 'undefined'
    ? undefined
    : () =>
        // @ts-expect-error TS1343: import.meta is resolved by webpack, not by the CommonJS type-check.
        new Worker(new URL('./file-worker.ts', import.meta.url), { name: 'file-worker' });
