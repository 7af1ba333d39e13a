/** The worksheets of the fake: the collection (load, getItem, add) and one sheet's proxy. */
import { fromA1, rangeFromA1 } from '../../src/core/a1';
import type { FakeContext } from './fake-context';
import { namesOf, Proxy, refuseWhenStructureProtected, sizeOf } from './fake-proxy';
import { FakeRange } from './fake-range';
import { CALL_OVERHEAD, FakeChangedEvent, FakeSheet, OfficeError, Visibility } from './fake-sheet';

export class FakeWorksheetCollection extends Proxy {
  private itemsLoaded: FakeWorksheet[] | undefined;

  load(props?: string | string[]): this {
    const names = namesOf(props).map((p) => p.replace(/^items\//, ''));
    this.context.queue(CALL_OVERHEAD, () => {
      const items = this.context.excel.sheets.map((sheet) => {
        const proxy = new FakeWorksheet(this.context, () => sheet);
        proxy.setLoaded(names.length === 0 ? ['name', 'visibility'] : names, sheet);
        return proxy;
      });
      this.itemsLoaded = items;
      return sizeOf(this.context.excel.sheets.map((s) => ({ name: s.name, visibility: s.visibility })));
    });
    return this;
  }

  get items(): FakeWorksheet[] {
    if (this.itemsLoaded === undefined) throw new OfficeError('PropertyNotLoaded', 'items not loaded');
    return this.itemsLoaded;
  }

  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => {
      const sheet = this.context.excel.sheet(name);
      if (sheet === undefined) throw new OfficeError('ItemNotFound', `No sheet ${name}`);
      return sheet;
    });
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this.context.excel.sheet(name), true);
  }

  add(name: string): FakeWorksheet {
    const excel = this.context.excel;
    this.context.queueWrite(CALL_OVERHEAD + sizeOf(name), () => {
      refuseWhenStructureProtected(excel);
      if (excel.sheet(name) !== undefined) throw new OfficeError('ItemAlreadyExists', `A sheet named ${name} exists`);
      excel.sheets.push(excel.newSheet(name));
    });
    return this.getItem(name);
  }
}

type SheetResolver = () => FakeSheet | undefined;

export class FakeWorksheet extends Proxy {
  private bound: FakeSheet | undefined;
  readonly protection: { load: (p: string) => { readonly protected: boolean }; readonly protected: boolean; protect: (options?: object, password?: string) => void; unprotect: (password?: string) => void };
  readonly freezePanes: { freezeRows: (count: number) => void };
  readonly pageLayout: { headersFooters: { defaultForAllPages: { centerHeader: string } } };

  constructor(
    context: FakeContext,
    private readonly resolve: SheetResolver,
    private readonly nullable = false,
  ) {
    super(context);
    const self = this;
    this.protection = {
      load: () => {
        self.queueLoad(['protected'], () => self.sheet().protected);
        return self.protection;
      },
      get protected(): boolean {
        return self.get('protected');
      },
      // WorksheetProtection.protect (ExcelApi 1.2): "Fails if the worksheet has already been protected."
      protect: (options?: object, password?: string) => {
        if (options !== undefined || password !== undefined) throw new Error('The fake protects without options or a password only');
        context.queue(CALL_OVERHEAD, () => {
          const sheet = self.sheet();
          if (sheet.protected) throw new OfficeError('InvalidOperation', 'The worksheet is already protected.');
          sheet.protected = true;
        });
      },
      unprotect: () => context.queue(CALL_OVERHEAD, () => void (self.sheet().protected = false)),
    };
    this.freezePanes = {
      freezeRows: (count: number) => context.queue(CALL_OVERHEAD, () => void (self.sheet().frozenRows = count)),
    };
    const footer = {
      set centerHeader(text: string) {
        if (!context.excel.supports('1.9')) throw new OfficeError('ApiNotFound', 'pageLayout needs ExcelApi 1.9');
        context.queue(CALL_OVERHEAD + sizeOf(text), () => void (self.sheet().centerHeader = text));
      },
      get centerHeader(): string {
        return self.sheet().centerHeader;
      },
    };
    this.pageLayout = { headersFooters: { defaultForAllPages: footer } };
  }

  /** @internal */
  setLoaded(names: string[], sheet: FakeSheet): void {
    for (const name of names) this.loaded.set(name, (sheet as unknown as Record<string, unknown>)[name]);
  }

  /** @internal The sheet, at sync time; once found, the proxy keeps pointing at it, through renames too, as in Excel. */
  sheet(): FakeSheet {
    const sheet = (this.bound ??= this.resolve());
    if (sheet === undefined) throw new OfficeError('ItemNotFound', 'The sheet does not exist');
    return sheet;
  }

  load(props?: string | string[]): this {
    this.queueLoad(namesOf(props), (name) => {
      const sheet = this.resolve();
      if (name === 'isNullObject') return sheet === undefined;
      return sheet === undefined ? undefined : (sheet as unknown as Record<string, unknown>)[name];
    });
    if (this.nullable && !namesOf(props).includes('isNullObject')) this.queueLoad(['isNullObject'], () => this.resolve() === undefined);
    return this;
  }

  get isNullObject(): boolean {
    return this.get('isNullObject');
  }

  get name(): string {
    return this.get('name');
  }

  set name(value: string) {
    this.context.queueWrite(CALL_OVERHEAD + sizeOf(value), () => {
      refuseWhenStructureProtected(this.context.excel);
      this.sheet().name = value;
    });
  }

  get visibility(): Visibility {
    return this.get('visibility');
  }

  set visibility(value: Visibility) {
    this.context.queue(CALL_OVERHEAD, () => {
      refuseWhenStructureProtected(this.context.excel);
      this.sheet().visibility = value;
    });
  }

  set position(index: number) {
    const excel = this.context.excel;
    this.context.queue(CALL_OVERHEAD, () => {
      refuseWhenStructureProtected(excel);
      const sheet = this.sheet();
      excel.sheets.splice(excel.sheets.indexOf(sheet), 1);
      excel.sheets.splice(index, 0, sheet);
    });
  }

  /** As in Excel: a very hidden sheet cannot be deleted (office-js #365, by design); make it hidden first. */
  delete(): void {
    const excel = this.context.excel;
    this.context.queueWrite(CALL_OVERHEAD, () => {
      refuseWhenStructureProtected(excel);
      const sheet = this.sheet();
      if (sheet.visibility === 'VeryHidden') throw new OfficeError('InvalidOperation', 'This operation is not permitted for the current object.');
      excel.sheets.splice(excel.sheets.indexOf(sheet), 1);
    });
  }

  /**
   * Worksheet.onChanged (ExcelApi 1.7): the handler hears of changes once the sync that makes them is done.
   * Its removal is queued in the context it was added with, and happens only when that context syncs.
   */
  get onChanged(): { add: (handler: (event: FakeChangedEvent) => unknown) => { context: FakeContext; remove: () => void } } {
    return {
      add: (handler) => {
        this.context.queue(CALL_OVERHEAD, () => void this.sheet().changedHandlers.push(handler));
        return {
          context: this.context,
          remove: () =>
            this.context.queue(CALL_OVERHEAD, () => {
              const handlers = this.sheet().changedHandlers;
              const index = handlers.indexOf(handler);
              if (index >= 0) handlers.splice(index, 1);
            }),
        };
      },
    };
  }

  activate(): void {
    this.context.queue(CALL_OVERHEAD, () => void (this.context.excel.activeSheet = this.sheet().name));
  }

  getRange(address: string): FakeRange {
    const range = address.includes(':') ? rangeFromA1(address) : { from: fromA1(address), to: fromA1(address) };
    return new FakeRange(this.context, this, () => range);
  }

  getRangeByIndexes(row: number, col: number, rowCount: number, columnCount: number): FakeRange {
    return new FakeRange(this.context, this, () => ({ from: { row, col }, to: { row: row + rowCount - 1, col: col + columnCount - 1 } }));
  }

  /** As in Excel: a sheet with no values gives its top-left cell. */
  getUsedRange(valuesOnly?: boolean): FakeRange {
    if (valuesOnly !== true) throw new Error('The fake knows only the used range of values (valuesOnly = true)');
    return new FakeRange(this.context, this, () => this.sheet().usedRange() ?? { from: { row: 0, col: 0 }, to: { row: 0, col: 0 } });
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    if (valuesOnly !== true) throw new Error('The fake knows only the used range of values (valuesOnly = true)');
    return new FakeRange(this.context, this, () => this.sheet().usedRange(), true);
  }
}
