// The Excel pane's worker: the core reads, validates and computes a sheet here, off the page's thread, so
// the pane answers clicks and shows its progress while a long plan is worked through.
import { analysisCalls } from './analysis-calls';
import { serveCalls, WorkerScope } from './calls';

serveCalls(self as unknown as WorkerScope, analysisCalls);
