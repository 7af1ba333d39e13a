import { OfficeWorkbook } from '../../src/adapters/office/office-workbook';
import { PAYLOAD_BUDGET } from '../../src/adapters/office/host';
import { runPlan } from '../../src/core/run';
import { Scheme } from '../../src/core/scheme';
import { FakeExcel } from '../fakes/fake-excel';
import { SyntheticPlan } from './synthetic-plan';

export interface OfficeRunFigures {
  readonly syncs: number;
  readonly requestBytes: number;
  readonly largestRequest: number;
  readonly responseBytes: number;
  readonly largestResponse: number;
  /** Responses Excel refused as over 5 MB (each costs one sync before the sheet is read in parts). */
  readonly refused: number;
  /** The budget: four syncs, and one more per 4 MB part beyond the first, each way. */
  readonly allowedSyncs: number;
}

export interface OfficeFigures {
  readonly first: OfficeRunFigures;
  readonly again: OfficeRunFigures;
}


/** A full run through the Office.js adapter on the counting fake Excel: a first run, then a re-run. */
export async function benchOffice(plan: SyntheticPlan, scheme: Scheme): Promise<OfficeFigures> {
  const excel = new FakeExcel();
  excel.addSheet(plan.sheetName, plan.rows);
  const workbook = new OfficeWorkbook(excel as never);
  const measureRun = async (): Promise<OfficeRunFigures> => {
    const [syncs, requests, responses, refused] = [excel.syncs, excel.requestBytes.length, excel.responseBytes.length, excel.rejectedResponses];
    const outcome = await runPlan(workbook, scheme, { write: true });
    if (!outcome.written) throw new Error('the synthetic plan was not written through the Office adapter');
    const sent = excel.requestBytes.slice(requests);
    const received = excel.responseBytes.slice(responses);
    const total = (bytes: number[]): number => bytes.reduce((a, b) => a + b, 0);
    return {
      syncs: excel.syncs - syncs,
      requestBytes: total(sent),
      largestRequest: Math.max(0, ...sent),
      responseBytes: total(received),
      largestResponse: Math.max(0, ...received),
      refused: excel.rejectedResponses - refused,
      allowedSyncs: 4 + Math.ceil(total(sent) / PAYLOAD_BUDGET) - 1 + Math.max(0, Math.ceil(total(received) / PAYLOAD_BUDGET) - 1),
    };
  };
  const first = await measureRun();
  const again = await measureRun();
  return { first, again };
}
