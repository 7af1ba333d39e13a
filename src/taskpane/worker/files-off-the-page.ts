import { FileSession } from '../file-session';
import type { PaneSource } from '../pane-state';
import type { PlanSession } from '../session';
import { StartWorker, WorkerClient, WorkerUnavailable } from './calls';
import type { FileCalls } from './file-calls';
import { WorkerFileSession } from './worker-file-session';

/**
 * The browser page's sessions: the .xlsx file is opened and worked on in the worker where there is one
 * (reading and writing the file is as heavy as the core), else on the page.
 */
export function fileSessionsOffThePage(start: StartWorker): NonNullable<PaneSource['openFile']> {
  const worker = WorkerClient.start<FileCalls>(start);
  return async (file, schemeFile): Promise<PlanSession> => {
    if (worker !== undefined) {
      try {
        return await WorkerFileSession.open(worker, file, schemeFile);
      } catch (error) {
        if (!(error instanceof WorkerUnavailable)) throw error;
      }
    }
    return FileSession.open(file, schemeFile);
  };
}
