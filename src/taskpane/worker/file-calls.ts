import type { Fix } from '../../core/findings';
import type { CloseRound } from '../../core/rounds/run-rounds';
import type { AddinSettings } from '../../core/settings';
import { FileSession } from '../file-session';
import type { WorkbookFile } from '../pane-state';
import type { SchemeFile } from '../scheme-file';

/**
 * What the browser page's worker does: it holds the .xlsx file the user opened and runs the session's
 * steps on it. Only the file opened last is kept; a call for one opened before is refused.
 */
export function fileCalls() {
  let opened = 0;
  let current: { readonly id: number; readonly session: FileSession } | undefined;
  const session = (id: number): FileSession => {
    if (current?.id !== id) throw new Error('Denne projektmappe er lukket: en anden er åbnet siden. Vælg projektmappen igen.');
    return current.session;
  };
  return {
    open: async (file: WorkbookFile, schemeFile: SchemeFile | undefined) => {
      const opening = await FileSession.open(file, schemeFile);
      current = { id: (opened += 1), session: opening };
      return { id: current.id, title: opening.title, scheme: opening.scheme };
    },
    sheets: async (id: number) => session(id).sheets(),
    validate: async (id: number, sheet: string | undefined) => session(id).validate(sheet),
    // A reading may read the scheme sheet again: the scheme comes back beside the outcome.
    reread: async (id: number, sheet: string | undefined, changed: readonly string[] | undefined) => {
      const outcome = await session(id).reread(sheet, changed);
      return { outcome, scheme: session(id).scheme };
    },
    run: async (id: number, sheet: string | undefined, closeRound: CloseRound | undefined) => session(id).run(sheet, closeRound),
    settings: async (id: number) => session(id).settings(),
    saveSettings: async (id: number, settings: AddinSettings) => session(id).saveSettings(() => settings),
    applyFixes: async (id: number, fixes: readonly Fix[], sheet: string | undefined) => session(id).applyFixes(fixes, sheet),
    bytes: async (id: number) => session(id).bytes(),
  };
}

export type FileCalls = ReturnType<typeof fileCalls>;
