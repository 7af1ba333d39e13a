import { readFileSync } from 'node:fs';
import { MessageChannel } from 'node:worker_threads';
import { XlsxWorkbook } from '../../src/adapters/xlsx/xlsx-workbook';
import { Decimal } from '../../src/core/decimal';
import { misuse, MisuseError } from '../../src/core/misuse';
import type { OfficeWorkbook } from '../../src/adapters/office/office-workbook';
import { schemeToLayout } from '../../src/core/scheme-sheet';
import { ExcelSession } from '../../src/taskpane/excel-session';
import { viewOfFake } from '../adapters/harnesses';
import { FakeExcel, FakeSheet } from '../fakes/fake-excel';
import { SeedSheet, seedFromLayout, seedFromWorkbook } from '../helpers/seed';
import { FileSession } from '../../src/taskpane/file-session';
import { PaneProblem } from '../../src/taskpane/scheme-file';
import { AskPage, Calls, serveCalls, WorkerClient, WorkerPort, WorkerScope, WorkerUnavailable } from '../../src/taskpane/worker/calls';
import { fileCalls } from '../../src/taskpane/worker/file-calls';
import { ELEMENTS_PER_PART } from '../../src/taskpane/worker/in-parts';
import { excelCalls, ExcelCalls } from '../../src/taskpane/worker/excel-calls';
import { plansOffThePage, RunPlan } from '../../src/taskpane/worker/plans-off-the-page';
import { fileSessionsOffThePage } from '../../src/taskpane/worker/files-off-the-page';
import { EXAMPLE_SCHEME, EXAMPLE_WORKBOOK, SOURCE_SHEET } from '../helpers/paths';
import { hedenstedScheme } from '../helpers/scheme';

/**
 * A worker in the test: the calls are served at one end of a real MessageChannel, so every message is
 * copied as postMessage copies it and arrives in a task of its own. Counts the messages the page gets.
 */
function channelWorker(calls: Calls | ((ask: AskPage) => Calls)): { port: WorkerPort; received: () => number } {
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
    const failed = new WorkerClient<ExcelCalls>(refusedWorker());
    const first = await failed.call('run', hedenstedScheme(), { write: false }).catch((error: unknown) => error);
    expect(first).toBeInstanceOf(WorkerUnavailable);
    expect((first as WorkerUnavailable).detail).toBe('refused by the policy');
    expect((first as Error).message).toMatch(/^Handleplan holdt op med at regne i baggrunden/);
  });
});

describe('the Excel pane’s runs off the page', () => {
  let sheets: SeedSheet[];
  beforeAll(async () => {
    sheets = [...(await seedFromWorkbook(await XlsxWorkbook.fromBuffer(readFileSync(EXAMPLE_WORKBOOK)))), seedFromLayout(schemeToLayout(hedenstedScheme()))];
  });
  const worker = channelWorker(excelCalls);
  /** The pane's session on a fake Excel holding the Hedensted plan and its scheme sheet; the core runs where `runOn` says. */
  const open = async (runOn?: (office: OfficeWorkbook) => RunPlan): Promise<{ excel: FakeExcel; session: ExcelSession }> => {
    const excel = new FakeExcel();
    for (const { name, rows } of sheets) excel.addSheet(name, rows);
    return { excel, session: await ExcelSession.open(excel as never, undefined, undefined, runOn) };
  };
  const round = { name: 'BO2 2026', closed: '2026-11-30' };

  it('validates, computes and closes a round in the worker as on the page, and the page writes the same cells in the same syncs', async () => {
    const inWorker = await open(plansOffThePage(() => worker.port));
    const onPage = await open();
    const before = worker.received();
    const validated = await inWorker.session.validate();
    expect(worker.received()).toBeGreaterThan(before);
    expect(validated).toEqual(await onPage.session.validate());
    expect(validated.result.computation?.totals[0]?.planGap).toBeInstanceOf(Decimal);
    const computed = await inWorker.session.run(undefined, round);
    expect(computed.written).toBe(true);
    expect(computed).toEqual(await onPage.session.run(undefined, round));
    expect(viewOfFake(inWorker.excel)).toEqual(viewOfFake(onPage.excel));
    expect(inWorker.excel.requestBytes).toEqual(onPage.excel.requestBytes);
    // A re-run replaces what the last one wrote, and undo puts it back, as on the page.
    expect(await inWorker.session.run()).toEqual(await onPage.session.run());
    await expect(inWorker.session.undo()).resolves.toEqual(await onPage.session.undo());
    expect(viewOfFake(inWorker.excel)).toEqual(viewOfFake(onPage.excel));
    expect(inWorker.excel.requestBytes).toEqual(onPage.excel.requestBytes);
  });

  it('brings a refusal of the write back to the pane as the refusal it knows', async () => {
    const { excel, session } = await open(plansOffThePage(() => worker.port));
    (excel.sheet(SOURCE_SHEET) as FakeSheet).protected = true;
    const refusal = await session.run().catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(MisuseError);
    expect(refusal).toMatchObject({ reason: 'sheet-protected', message: misuse('sheet-protected', SOURCE_SHEET).message });
  });

  it('runs on the page where the web view has no worker, the worker cannot start or its script is refused', async () => {
    const onPage = await (await open()).session.validate();
    const cannotStart = () => {
      throw new Error('SecurityError');
    };
    for (const start of [undefined, cannotStart, refusedWorker]) {
      const { session } = await open(plansOffThePage(start));
      await expect(session.validate()).resolves.toEqual(onPage);
      // Once refused, the next run goes straight to the page.
      await expect(session.validate()).resolves.toEqual(onPage);
    }
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
