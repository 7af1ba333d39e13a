/** What every proxy of the fake shares: queued calls, loads readable only after their sync, sizes. */
import type { FakeContext } from './fake-context';
import type { FakeExcel } from './fake-excel';
import { CALL_OVERHEAD, OfficeError } from './fake-sheet';

export interface Operation {
  bytes: number;
  /** Returns the bytes of its response, if it loads anything. */
  apply: () => number | void;
}

export function sizeOf(data: unknown): number {
  return JSON.stringify(data ?? null).length;
}

/** Base of every proxy: loaded properties become readable only after the sync that loads them. */
export class Proxy {
  protected readonly loaded = new Map<string, unknown>();
  constructor(protected readonly context: FakeContext) {}

  protected get<T>(name: string): T {
    if (!this.loaded.has(name)) throw new OfficeError('PropertyNotLoaded', `The property '${name}' is not available. Load it and call context.sync() first.`);
    return this.loaded.get(name) as T;
  }

  protected queueLoad(names: string[], read: (name: string) => unknown): void {
    this.context.queue(CALL_OVERHEAD, () => {
      let bytes = 0;
      for (const name of names) {
        const value = read(name);
        this.loaded.set(name, value);
        bytes += sizeOf(value);
      }
      return bytes;
    });
  }
}

export function namesOf(props: string | string[] | undefined): string[] {
  if (props === undefined) return [];
  return (Array.isArray(props) ? props : props.split(',')).map((p) => p.trim()).filter((p) => p !== '');
}

/** Excel refuses changes to the sheets of a workbook whose structure is protected. */
export function refuseWhenStructureProtected(excel: FakeExcel): void {
  if (excel.structureProtected) throw new OfficeError('InvalidOperation', 'The workbook is protected.');
}
