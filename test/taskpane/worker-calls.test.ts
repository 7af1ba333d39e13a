import { readFileSync } from 'node:fs';
import { MessageChannel } from 'node:worker_threads';
import { XlsxWorkbook } from '../../src/adapters/xlsx/xlsx-workbook';
import { Decimal } from '../../src/core/decimal';
import { misuse, MisuseError } from '../../src/core/misuse';
import { analysePlan } from '../../src/core/plan';
import { FileSession } from '../../src/taskpane/file-session';
import { PaneProblem } from '../../src/taskpane/scheme-file';
import { analysisCalls } from '../../src/taskpane/worker/analysis-calls';
import { Calls, serveCalls, WorkerClient, WorkerPort, WorkerScope, WorkerUnavailable } from '../../src/taskpane/worker/calls';
import { fileCalls } from '../../src/taskpane/worker/file-calls';
import { ELEMENTS_PER_PART } from '../../src/taskpane/worker/in-parts';
import { analysisOffThePage } from '../../src/taskpane/worker/analysis-off-the-page';
import { fileSessionsOffThePage } from '../../src/taskpane/worker/files-off-the-page';
import { EXAMPLE_SCHEME, EXAMPLE_WORKBOOK, SOURCE_SHEET } from '../helpers/paths';
import { hedenstedScheme } from '../helpers/scheme';

/**
 * A worker in the test: the calls are served at one end of a real MessageChannel, so every message is
 * copied as postMessage copies it and arrives in a task of its own. Counts the messages the page gets.
 */
function channelWorker(calls: Calls): { port: WorkerPort; received: () => number } {
  const { port1: page, port2: worker } = new MessageChannel();
  let received = 0;
  page.on('message', () => (received += 1));
  serveCalls(
    {
      postMessage: (message) => worker.postMessage(message),
      addEventListener: (_type, listener) => worker.on('message', (data: unknown) => listener({ data })),
    } satisfies WorkerScope,
    calls,
  );
  const port: WorkerPort = {
    postMessage: (message) => page.postMessage(message),
    addEventListener: (type, listener) => {
      if (type === 'message') page.on('message', (data: unknown) => listener(Object.assign(new Event('message'), { data })));
    },
  };
  afterAll(() => {
    page.close();
    worker.close();
  });
  return { port, received: () => received };
}

/** A worker whose script the web view refused: it reports an error, and never answers. */
function refusedWorker(): WorkerPort {
  const listeners: ((event: Event) => void)[] = [];
  return {
    postMessage: () => setTimeout(() => listeners.forEach((listener) => listener(Object.assign(new Event('error'), { message: 'refused by the policy' })))),
    addEventListener: (type, listener) => {
      if (type === 'error') listeners.push(listener);
    },
  };
}

const schemeFile = { name: 'scheme.json', text: readFileSync(EXAMPLE_SCHEME, 'utf8') };
const workbookFile = () => ({ name: 'plan.xlsx', data: new Uint8Array(readFileSync(EXAMPLE_WORKBOOK)).buffer });

describe('calls to a worker', () => {
  const rows = Array.from({ length: 1234 }, (_, i) => ({ amount: new Decimal(i).div(8) }));
  const worker = channelWorker({
    rows: async () => rows,
    refuse: async () => {
      throw misuse('nothing-to-undo');
    },
    noScheme: async () => {
      throw new PaneProblem('Projektmappen har intet skema.');
    },
  });
  const client = new WorkerClient<{ rows: () => Promise<typeof rows>; refuse: () => Promise<void>; noScheme: () => Promise<void> }>(worker.port);

  it('answers with the worker’s value, a long array coming in parts of its own, each in one message', async () => {
    const before = worker.received();
    const answer = await client.call('rows');
    expect(answer.map((row) => row.amount.toString())).toEqual(rows.map((row) => row.amount.toString()));
    expect(answer[1233]?.amount).toBeInstanceOf(Decimal);
    expect(worker.received() - before).toBe(Math.ceil(rows.length / ELEMENTS_PER_PART) + 1);
  });

  it('brings a refusal and a problem with the file back as the errors the pane knows, with their Danish text', async () => {
    const refusal = await client.call('refuse').catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(MisuseError);
    expect(refusal).toMatchObject({ reason: 'nothing-to-undo', message: misuse('nothing-to-undo').message });
    await expect(client.call('noScheme')).rejects.toThrow(new PaneProblem('Projektmappen har intet skema.'));
    await expect(client.call('noScheme')).rejects.toBeInstanceOf(PaneProblem);
  });

  it('refuses every call, in Danish, once the worker has failed', async () => {
    const failed = new WorkerClient<typeof analysisCalls>(refusedWorker());
    const first = await failed.call('analyse', { sheetName: 'x', rows: [], hiddenRows: new Set(), hiddenColumns: new Set(), merges: [] }, hedenstedScheme(), { sheetNames: [] }).catch((error: unknown) => error);
    expect(first).toBeInstanceOf(WorkerUnavailable);
    expect((first as WorkerUnavailable).detail).toBe('refused by the policy');
    expect((first as Error).message).toMatch(/^Handleplan holdt op med at regne i baggrunden/);
  });
});

describe('the Excel pane’s analysis off the page', () => {
  let grid: Awaited<ReturnType<XlsxWorkbook['readSheet']>>;
  beforeAll(async () => {
    grid = await (await XlsxWorkbook.fromBuffer(readFileSync(EXAMPLE_WORKBOOK))).readSheet(SOURCE_SHEET);
  });
  const worker = channelWorker(analysisCalls);
  const onThePage = () => analysePlan(grid, hedenstedScheme(), { sheetNames: [SOURCE_SHEET] });

  it('gives in the worker the findings, figures, columns and Bilag 1 the page would have made', async () => {
    const before = worker.received();
    const result = await analysisOffThePage(() => worker.port)(grid, hedenstedScheme(), { sheetNames: [SOURCE_SHEET] });
    expect(worker.received()).toBeGreaterThan(before);
    expect(result).toEqual(onThePage());
    expect(result.computation?.totals[0]?.planGap).toBeInstanceOf(Decimal);
  });

  it('runs on the page where the web view has no worker', async () => {
    await expect(analysisOffThePage(undefined)(grid, hedenstedScheme(), { sheetNames: [SOURCE_SHEET] })).resolves.toEqual(onThePage());
  });

  it('runs on the page when the worker cannot start or its script is refused', async () => {
    const cannotStart = () => {
      throw new Error('SecurityError');
    };
    await expect(analysisOffThePage(cannotStart)(grid, hedenstedScheme(), { sheetNames: [SOURCE_SHEET] })).resolves.toEqual(onThePage());
    const refused = analysisOffThePage(refusedWorker);
    await expect(refused(grid, hedenstedScheme(), { sheetNames: [SOURCE_SHEET] })).resolves.toEqual(onThePage());
    // Once refused, the next analysis goes straight to the page.
    await expect(refused(grid, hedenstedScheme(), { sheetNames: [SOURCE_SHEET] })).resolves.toEqual(onThePage());
  });
});

describe('the browser page’s file in the worker', () => {
  const worker = channelWorker(fileCalls());

  it('validates, fixes, computes and saves the file as the page itself would', async () => {
    const inWorker = await fileSessionsOffThePage(() => worker.port)(workbookFile(), schemeFile);
    const onPage = await FileSession.open(workbookFile(), schemeFile);
    expect(inWorker.constructor.name).toBe('WorkerFileSession');
    expect(inWorker.title).toBe('plan.xlsx');
    expect(inWorker.scheme).toEqual(onPage.scheme);
    await expect(inWorker.sheets()).resolves.toEqual(await onPage.sheets());
    const validated = await inWorker.validate();
    expect(validated).toEqual(await onPage.validate());
    const fixes = validated.result.findings.flatMap((f) => (f.fix === undefined ? [] : [f.fix]));
    expect(fixes.length).toBeGreaterThan(0);
    expect(await inWorker.applyFixes(fixes)).toEqual(await onPage.applyFixes(fixes));
    const computed = await inWorker.run();
    expect(computed.written).toBe(true);
    expect(computed).toEqual(await onPage.run());
    await inWorker.saveSettings((settings) => ({ ...settings, sheet: SOURCE_SHEET }));
    await expect(inWorker.settings()).resolves.toEqual({ sheet: SOURCE_SHEET, columns: {} });
  });

  it('asks for the scheme when the workbook has none, as on the page', async () => {
    await expect(fileSessionsOffThePage(() => worker.port)(workbookFile())).rejects.toBeInstanceOf(PaneProblem);
  });

  it('opens the file on the page where the browser has no worker or it is refused', async () => {
    for (const start of [undefined, refusedWorker]) {
      const session = await fileSessionsOffThePage(start)(workbookFile(), schemeFile);
      expect(session).toBeInstanceOf(FileSession);
    }
  });
});
