import type { PlanSession } from './session';

/** How long the pane waits after an edit for the next one before it reads: a burst of typing is read once. */
export const REFRESH_DELAY_MS = 500;

/**
 * Keeps the pane following the workbook in Excel: listens for edits of the plan's sheet and the scheme
 * sheet, and after a burst of them asks for one reading of the sheets that changed. Knows whether what
 * the pane shows is the workbook as it is now, so copying can tell whether it must read first.
 */
export class LiveRefresh {
  private following = '';
  private listening = false;
  private closed = false;
  private stopWatching: (() => Promise<void>) | undefined;
  /** Registrations and removals, one after the other. */
  private chain: Promise<void> = Promise.resolve();
  private readonly changed = new Set<string>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readings = 0;

  constructor(
    private readonly session: PlanSession,
    /** Reads the sheets that changed and shows the result; the pane runs it after an action of its own under way. */
    private readonly refresh: (changed: readonly string[]) => Promise<void>,
    private readonly delay: number = REFRESH_DELAY_MS,
  ) {}

  /**
   * Listens for edits of these sheets, one handler per sheet; another list (or `renew`, after the pane
   * added a sheet) removes the handlers first. Resolves to whether edits are heard: not where the
   * session cannot listen or the host refused.
   */
  follow(sheets: readonly string[], renew = ''): Promise<boolean> {
    const key = `${sheets.join('\n')}\n${renew}`;
    if (key !== this.following && !this.closed) {
      this.following = key;
      this.chain = this.chain.then(async () => {
        // The new handlers come first and the old go after, so no edit falls between them (one heard twice is read once).
        // Until then the old handlers still hear every edit: the pane stays current meanwhile.
        const previous = this.stopWatching;
        this.stopWatching = undefined;
        let heard = false;
        if (!this.closed && this.session.watch !== undefined) {
          try {
            this.stopWatching = await this.session.watch(sheets, (sheet) => this.heard(sheet));
            heard = true;
          } catch {
            // A host without the events: the Valider igen button is the way to read again.
          }
        }
        await previous?.();
        this.listening = heard;
      });
    }
    return this.chain.then(() => this.listening);
  }

  /** Whether the pane shows the workbook as it is now: edits are heard, and none waits to be read. */
  get current(): boolean {
    return this.listening && this.changed.size === 0 && this.timer === undefined && this.readings === 0;
  }

  /** The sheets changed and not yet read; the caller reads them itself (before copying), so no reading follows. */
  take(): readonly string[] {
    this.cancelTimer();
    const sheets = [...this.changed];
    this.changed.clear();
    return sheets;
  }

  /** Removes the handlers; nothing is read after. */
  close(): Promise<void> {
    this.closed = true;
    this.cancelTimer();
    this.chain = this.chain.then(() => this.unwatch());
    return this.chain;
  }

  private heard(sheet: string): void {
    if (this.closed) return;
    this.changed.add(sheet);
    this.cancelTimer();
    this.timer = setTimeout(() => {
      this.timer = undefined;
      const sheets = this.take();
      if (sheets.length === 0 || this.closed) return;
      this.readings += 1;
      void this.refresh(sheets).finally(() => {
        this.readings -= 1;
      });
    }, this.delay);
  }

  private cancelTimer(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private async unwatch(): Promise<void> {
    const stop = this.stopWatching;
    this.stopWatching = undefined;
    this.listening = false;
    await stop?.();
  }
}
