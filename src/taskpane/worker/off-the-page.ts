import type { AnalyseSheet } from '../../core/run';
import { FileSession } from '../file-session';
import type { PaneSource } from '../pane-state';
import type { PlanSession } from '../session';
import { analysisCalls, AnalysisCalls } from './analysis-calls';
import { Calls, WorkerClient, WorkerPort, WorkerUnavailable } from './calls';
import type { FileCalls } from './file-calls';
import { asIs } from './transfer';
import { WorkerFileSession } from './worker-file-session';

/** Starts a worker; undefined where the web view has none (older Office hosts). */
export type StartWorker = (() => WorkerPort) | undefined;

function startClient<C extends Calls>(start: StartWorker): WorkerClient<C> | undefined {
  if (start === undefined) return undefined;
  try {
    return new WorkerClient<C>(start());
  } catch {
    // A web view may refuse to start a worker (a policy, a missing feature): the work is done on the page.
    return undefined;
  }
}

/**
 * The Excel pane's analysis: in the worker where there is one, so the pane never freezes while a long
 * plan is read and computed; on the page, as before, where there is none or it fails to start.
 */
export function analysisOffThePage(start: StartWorker): AnalyseSheet {
  const worker = startClient<AnalysisCalls>(start);
  return async (grid, scheme, facts) => {
    if (worker !== undefined) {
      try {
        // The grid holds no Decimal: sent without a copy being made on the page first.
        return await worker.call('analyse', asIs(grid), scheme, facts);
      } catch (error) {
        if (!(error instanceof WorkerUnavailable)) throw error;
      }
    }
    return analysisCalls.analyse(grid, scheme, facts);
  };
}

/**
 * The browser page's sessions: the .xlsx file is opened and worked on in the worker where there is one
 * (reading and writing the file is as heavy as the core), else on the page.
 */
export function fileSessionsOffThePage(start: StartWorker): NonNullable<PaneSource['openFile']> {
  const worker = startClient<FileCalls>(start);
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
