/** The request context a batch gets: its queue, the workbook, the application and the runtime. */
import type { FakeExcel } from './fake-excel';
import { namesOf, Operation, Proxy } from './fake-proxy';
import { CALL_OVERHEAD, FakeSheet, OfficeError } from './fake-sheet';
import { FakeWorksheetCollection } from './fake-worksheet';

export class FakeContext {
  private pending: Operation[] = [];
  readonly workbook: FakeWorkbook;
  readonly runtime: { enableEvents: boolean };
  readonly application: FakeApplication;

  constructor(readonly excel: FakeExcel) {
    this.workbook = new FakeWorkbook(this);
    this.application = new FakeApplication(this);
    const context = this;
    this.runtime = {
      set enableEvents(on: boolean) {
        context.queue(CALL_OVERHEAD, () => {
          excel.enableEvents = on;
        });
      },
      get enableEvents(): boolean {
        return excel.enableEvents;
      },
    };
  }

  queue(bytes: number, apply: () => number | void): void {
    this.pending.push({ bytes, apply });
  }

  /** A write to a sheet: raises a change event, marked as this add-in's, when events are on. */
  queueWrite(bytes: number, apply: () => void, where?: () => { sheet: FakeSheet; address: string }): void {
    this.queue(bytes, () => {
      apply();
      const target = where?.();
      if (target !== undefined) this.excel.raise(target.sheet, target.address, 'ThisLocalAddin');
      else if (this.excel.enableEvents) this.excel.changeEvents += 1;
    });
  }

  async sync(): Promise<void> {
    const queue = this.pending;
    this.pending = [];
    this.excel.runSync(queue);
  }

  trackedObjects = { add: (): void => undefined, remove: (): void => undefined };
}

class FakeApplication extends Proxy {
  readonly cultureInfo: { numberFormat: FakeNumberFormatInfo };
  constructor(context: FakeContext) {
    super(context);
    this.cultureInfo = { numberFormat: new FakeNumberFormatInfo(context) };
  }

  /** Excel's own separators and whether it uses the system's instead (ExcelApi 1.11). */
  load(props?: string | string[]): this {
    if (!this.context.excel.supports('1.11')) throw new OfficeError('ApiNotFound', 'Application separators need ExcelApi 1.11');
    const own = this.context.excel.excelSeparators;
    const values: Record<string, unknown> = { decimalSeparator: own.decimal, thousandsSeparator: own.group, useSystemSeparators: own.useSystem };
    this.queueLoad(namesOf(props), (name) => {
      if (!(name in values)) throw new Error(`The fake cannot load Application.${name}`);
      return values[name];
    });
    return this;
  }

  get decimalSeparator(): string {
    return this.get('decimalSeparator');
  }

  get thousandsSeparator(): string {
    return this.get('thousandsSeparator');
  }

  get useSystemSeparators(): boolean {
    return this.get('useSystemSeparators');
  }

  /** "It is the developer's responsibility to re-calc the workbook": what this sync changes leaves its dependents as they were. */
  suspendApiCalculationUntilNextSync(): void {
    this.context.queue(CALL_OVERHEAD, () => this.context.excel.calculation.suspendUntilNextSync());
  }

  calculate(_type: 'Recalculate' | 'Full' | 'FullRebuild'): void {
    this.context.queue(CALL_OVERHEAD, () => this.context.excel.calculation.recalculate());
  }
}

class FakeNumberFormatInfo extends Proxy {
  load(props?: string | string[]): this {
    if (!this.context.excel.supports('1.11')) throw new OfficeError('ApiNotFound', 'cultureInfo needs ExcelApi 1.11');
    const { decimal, group } = this.context.excel.separators;
    this.queueLoad(namesOf(props), (name) => (name === 'numberDecimalSeparator' ? decimal : name === 'numberGroupSeparator' ? group : undefined));
    return this;
  }

  get numberDecimalSeparator(): string {
    return this.get('numberDecimalSeparator');
  }

  get numberGroupSeparator(): string {
    return this.get('numberGroupSeparator');
  }
}

class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly protection: FakeWorkbookProtection;
  constructor(context: FakeContext) {
    this.worksheets = new FakeWorksheetCollection(context);
    this.protection = new FakeWorkbookProtection(context);
  }
}

/** Workbook.protection (ExcelApi 1.7): whether the workbook's structure is protected. */
class FakeWorkbookProtection extends Proxy {
  load(props?: string | string[]): this {
    this.queueLoad(namesOf(props), () => this.context.excel.structureProtected);
    return this;
  }

  get protected(): boolean {
    return this.get('protected');
  }
}
