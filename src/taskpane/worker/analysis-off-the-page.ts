import type { AnalyseSheet } from '../../core/run';
import { analysisCalls, AnalysisCalls } from './analysis-calls';
import { StartWorker, WorkerClient, WorkerUnavailable } from './calls';
import { asIs } from './transfer';

/**
 * The Excel pane's analysis: in the worker where there is one, so the pane never freezes while a long
 * plan is read and computed; on the page, as before, where there is none or it fails to start.
 */
export function analysisOffThePage(start: StartWorker): AnalyseSheet {
  const worker = WorkerClient.start<AnalysisCalls>(start);
  return async (grid, scheme, facts, further = []) => {
    if (worker !== undefined) {
      try {
        // The grids hold no Decimal: sent without a copy being made on the page first.
        return await worker.call('analyse', asIs(grid), scheme, facts, asIs([...further]));
      } catch (error) {
        if (!(error instanceof WorkerUnavailable)) throw error;
      }
    }
    return analysisCalls.analyse(grid, scheme, facts, further);
  };
}
