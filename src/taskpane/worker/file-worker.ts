// The browser page's worker: the .xlsx file is opened, read, checked, computed and written here, off the
// page's thread, so the page answers clicks and shows its progress while a long plan is worked through.
import { serveCalls, WorkerScope } from './calls';
import { fileCalls } from './file-calls';

serveCalls(self as unknown as WorkerScope, fileCalls());
