// The Excel pane's worker: the core reads, validates, computes and prepares the write here, off the page's thread,
// so the pane answers clicks and shows its progress while a long plan is worked through; the page calls Office.js.
import { serveCalls, WorkerScope } from './calls';
import { excelCalls } from './excel-calls';

serveCalls(self as unknown as WorkerScope, excelCalls);
