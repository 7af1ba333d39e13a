import type { Fix } from '../../core/findings';
import type { RunOutcome } from '../../core/run';
import type { CloseRound } from '../../core/rounds/run-rounds';
import type { Scheme } from '../../core/scheme';
import type { AddinSettings } from '../../core/settings';
import { downloadOf } from '../file-session';
import type { WorkbookFile } from '../pane-state';
import type { SchemeFile } from '../scheme-file';
import type { PlanSession } from '../session';
import type { WorkerClient } from './calls';
import type { FileCalls } from './file-calls';

/**
 * The browser page's session when the file is held by the worker (file-worker.ts): each step is a call
 * to the worker, which runs it on the file with the same FileSession the page would otherwise run itself.
 */
export class WorkerFileSession implements PlanSession {
  private constructor(
    private readonly worker: WorkerClient<FileCalls>,
    private readonly id: number,
    readonly title: string,
    private currentScheme: Scheme,
  ) {}

  /** The plan's scheme, as the worker's session last read it. */
  get scheme(): Scheme {
    return this.currentScheme;
  }

  static async open(worker: WorkerClient<FileCalls>, file: WorkbookFile, schemeFile?: SchemeFile): Promise<WorkerFileSession> {
    const { id, title, scheme } = await worker.call('open', file, schemeFile);
    return new WorkerFileSession(worker, id, title, scheme);
  }

  sheets(): Promise<readonly string[]> {
    return this.worker.call('sheets', this.id);
  }

  validate(sheet?: string): Promise<RunOutcome> {
    return this.worker.call('validate', this.id, sheet);
  }

  async reread(sheet?: string, changed?: readonly string[]): Promise<RunOutcome> {
    const { outcome, scheme } = await this.worker.call('reread', this.id, sheet, changed);
    this.currentScheme = scheme;
    return outcome;
  }

  run(sheet?: string, closeRound?: CloseRound): Promise<RunOutcome> {
    return this.worker.call('run', this.id, sheet, closeRound);
  }

  settings(): Promise<AddinSettings> {
    return this.worker.call('settings', this.id);
  }

  async saveSettings(change: (settings: AddinSettings) => AddinSettings): Promise<void> {
    await this.worker.call('saveSettings', this.id, change(await this.settings()));
  }

  applyFixes(fixes: readonly Fix[], sheet?: string): Promise<RunOutcome> {
    return this.worker.call('applyFixes', this.id, fixes, sheet);
  }

  readonly download = async (): Promise<{ url: string; name: string }> => downloadOf(await this.worker.call('bytes', this.id), this.title);
}
