import { MisuseError } from '../../core/misuse';
import type { MisuseReason } from '../../messages/misuse-da';
import { PaneProblem } from '../scheme-file';
import { InParts, joinParts, packInParts } from './in-parts';
import { pack, Packed, unpack } from './transfer';

/**
 * Calls from the page to a worker, as messages: each request names a call, carries its arguments and
 * an id, and the worker answers the id with the call's value or its error. Values cross packed
 * (transfer.ts), so the core's Decimals arrive as Decimals.
 */
export type Calls = Record<string, (...args: never[]) => Promise<unknown>>;

interface Request {
  readonly id: number;
  readonly call: string;
  readonly args: Packed<unknown[]>;
}

/** An error as it crosses: its kind is kept, so the pane tells a problem with the file from a refusal or a fault. */
interface CrossingError {
  readonly name: string;
  readonly message: string;
  readonly reason?: MisuseReason;
  /** Excel's error code, for an error Excel raised. */
  readonly code?: string;
}

/**
 * A call's answer: its long arrays part by part, then the rest of its value, or its error. Meanwhile the
 * call may ask the page for something (`ask`, numbered within the worker), its arguments sent the same way.
 */
type Reply =
  | { readonly id: number; readonly part: Packed<unknown[]> }
  | { readonly id: number; readonly value: Pick<InParts<unknown>, 'rest' | 'joins'> }
  | { readonly id: number; readonly error: CrossingError }
  | { readonly id: number; readonly ask: number; readonly part: Packed<unknown[]> }
  | { readonly id: number; readonly ask: number; readonly call: string; readonly args: Pick<InParts<unknown[]>, 'rest' | 'joins'> };

/** The page's answer to what a call in the worker asked of it. */
type Answer = { readonly answer: number; readonly value: Packed<unknown> } | { readonly answer: number; readonly error: CrossingError };

/** What a call in the worker may ask of the page while it runs (the page's `answers` to that call): resolves to the page's answer. */
export type AskPage = (call: string, ...args: unknown[]) => Promise<unknown>;

/** The worker's side of its messages: `self` in the worker, or a stand-in in the tests. */
export interface WorkerScope {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
}

/** The page's side: a Worker, or a stand-in in the tests. */
export interface WorkerPort {
  postMessage(message: unknown): void;
  addEventListener(type: 'message' | 'error' | 'messageerror', listener: (event: Event) => void): void;
}

/**
 * Answers the page's calls in the worker, one after the other as they come. `calls` may be made per call
 * from a way to ask the page (for a call that reads and writes the workbook the page holds).
 */
export function serveCalls(scope: WorkerScope, calls: Calls | ((ask: AskPage) => Calls)): void {
  let asked = 0;
  const asking = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  scope.addEventListener('message', (event) => {
    const data = event.data as Request | Answer;
    if ('answer' in data) {
      const waiting = asking.get(data.answer);
      asking.delete(data.answer);
      if ('error' in data) waiting?.reject(revived(data.error));
      else waiting?.resolve(unpack(data.value));
      return;
    }
    const { id, call, args } = data;
    const ask: AskPage = (question, ...given) =>
      new Promise((resolve, reject) => {
        const number = (asked += 1);
        asking.set(number, { resolve, reject });
        const { parts, rest, joins } = packInParts(given);
        for (const part of parts) scope.postMessage({ id, ask: number, part } satisfies Reply);
        scope.postMessage({ id, ask: number, call: question, args: { rest, joins } } satisfies Reply);
      });
    const handler = (typeof calls === 'function' ? calls(ask) : calls)[call] as ((...given: unknown[]) => Promise<unknown>) | undefined;
    const answer = async (): Promise<Reply[]> => {
      try {
        if (handler === undefined) throw new Error(`The worker has no call »${call}«`);
        const { parts, rest, joins } = packInParts(await handler(...unpack(args)));
        return [...parts.map((part) => ({ id, part })), { id, value: { rest, joins } }];
      } catch (error) {
        return [{ id, error: crossing(error) }];
      }
    };
    void answer().then((replies) => {
      for (const reply of replies) scope.postMessage(reply);
    });
  });
}

function crossing(error: unknown): CrossingError {
  if (error instanceof MisuseError) return { name: error.name, message: error.message, reason: error.reason };
  const code = (error as { code?: unknown } | null)?.code;
  if (error instanceof Error) return { name: error.name, message: error.message, ...(typeof code === 'string' ? { code } : {}) };
  return { name: 'Error', message: String(error) };
}

function revived(error: CrossingError): Error {
  if (error.name === 'PaneProblem') return new PaneProblem(error.message);
  if (error.name === 'MisuseError' && error.reason !== undefined) return new MisuseError(error.reason, error.message);
  // An error Excel raised keeps its name and code: its message is Danish already (explainExcelError passes it through).
  if (error.name === 'ExcelHostError' || error.code !== undefined) return Object.assign(new Error(error.message), { name: error.name, ...(error.code === undefined ? {} : { code: error.code }) });
  return new Error(error.message);
}

/**
 * The worker could not be started, or stopped answering: where it can, the caller does the work on the
 * page instead; otherwise the user reads this.
 */
export class WorkerUnavailable extends Error {
  override readonly name = 'WorkerUnavailable';

  constructor(readonly detail: string) {
    super('Handleplan holdt op med at regne i baggrunden. Vælg projektmappen igen, eller genindlæs siden.');
  }
}

/** A call waiting for the worker's answer: the parts come first, and what the worker asks of the page meanwhile. */
interface Waiting {
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: Error) => void;
  readonly parts: unknown[][];
  readonly answers: Calls;
  readonly asks: Map<number, unknown[][]>;
}

/** Starts a worker; undefined where the web view has none (older Office hosts). */
export type StartWorker = (() => WorkerPort) | undefined;

/** The page's end of a worker's calls: each call a promise of the worker's answer. */
export class WorkerClient<C extends Calls> {
  /** The client of a worker just started; none where there is no worker or it cannot start. */
  static start<C extends Calls>(start: StartWorker): WorkerClient<C> | undefined {
    if (start === undefined) return undefined;
    try {
      return new WorkerClient<C>(start());
    } catch {
      // A web view may refuse to start a worker (a policy, a missing feature): the work is done on the page.
      return undefined;
    }
  }

  private next = 0;
  private broken: WorkerUnavailable | undefined;
  private readonly waiting = new Map<number, Waiting>();

  constructor(private readonly port: WorkerPort) {
    port.addEventListener('message', (event) => this.answered((event as MessageEvent<Reply>).data));
    // A worker whose script did not load, or that failed outside a call, answers nothing more.
    const fail = (event: Event): void => this.fail(new WorkerUnavailable((event as ErrorEvent).message ?? event.type));
    port.addEventListener('error', fail);
    port.addEventListener('messageerror', fail);
  }

  call<K extends keyof C & string>(call: K, ...args: Parameters<C[K]>): ReturnType<C[K]> {
    return this.callAnswering({}, call, ...args);
  }

  /** A call during which the worker may ask the page: `answers` are the page's calls it may make (their methods). */
  callAnswering<K extends keyof C & string>(answers: object, call: K, ...args: Parameters<C[K]>): ReturnType<C[K]> {
    const promise = new Promise<unknown>((resolve, reject) => {
      if (this.broken !== undefined) return reject(this.broken);
      const id = (this.next += 1);
      this.waiting.set(id, { resolve, reject, parts: [], answers: answers as Calls, asks: new Map() });
      this.port.postMessage({ id, call, args: pack(args) } satisfies Request);
    });
    return promise as ReturnType<C[K]>;
  }

  private answered(reply: Reply): void {
    const waiting = this.waiting.get(reply.id);
    if (waiting === undefined) return;
    if ('ask' in reply) return this.asked(waiting, reply);
    if ('part' in reply) {
      waiting.parts.push(unpack(reply.part));
      return;
    }
    this.waiting.delete(reply.id);
    if ('error' in reply) waiting.reject(revived(reply.error));
    else waiting.resolve(joinParts(reply.value.rest, reply.value.joins, waiting.parts));
  }

  /** The worker asks the page for something during a call: the asked call's arguments come part by part, then the call. */
  private asked(waiting: Waiting, ask: Extract<Reply, { ask: number }>): void {
    const parts = waiting.asks.get(ask.ask) ?? [];
    if ('part' in ask) {
      parts.push(unpack(ask.part));
      waiting.asks.set(ask.ask, parts);
      return;
    }
    waiting.asks.delete(ask.ask);
    const handler = waiting.answers[ask.call] as ((...given: unknown[]) => Promise<unknown>) | undefined;
    const answer = async (): Promise<Answer> => {
      try {
        if (handler === undefined) throw new Error(`The page has no answer to »${ask.call}«`);
        return { answer: ask.ask, value: pack(await handler(...joinParts(ask.args.rest, ask.args.joins, parts))) };
      } catch (error) {
        return { answer: ask.ask, error: crossing(error) };
      }
    };
    void answer().then((message) => this.port.postMessage(message));
  }

  private fail(error: WorkerUnavailable): void {
    this.broken = error;
    for (const waiting of this.waiting.values()) waiting.reject(error);
    this.waiting.clear();
  }
}
