/**
 * Light or dark, as Excel is. Office.context.officeTheme is undefined in Excel on the web (office-js
 * #6134), where the browser's colour scheme stands in, and Excel does not update it when the user
 * changes theme in some web views (#713): the pane asks again when Office or the browser reports a
 * change, and otherwise keeps light.
 */
export type PaneTheme = 'light' | 'dark';

/** The theme from Office's body background colour ("#RRGGBB"), else from the browser's preference, else light. */
export function paneTheme(officeBackground: string | undefined, prefersDark: boolean): PaneTheme {
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(officeBackground ?? '');
  if (match === null) return prefersDark ? 'dark' : 'light';
  const [r, g, b] = match.slice(1).map((h) => parseInt(h, 16)) as [number, number, number];
  return 0.299 * r + 0.587 * g + 0.114 * b < 128 ? 'dark' : 'light';
}

/** The theme now, read afresh from Office and the browser. */
export function currentPaneTheme(): PaneTheme {
  const prefersDark = typeof window.matchMedia === 'function' && window.matchMedia('(prefers-color-scheme: dark)').matches;
  return paneTheme(Office.context?.officeTheme?.bodyBackgroundColor, prefersDark);
}

/** Calls back when the theme may have changed: the browser's colour scheme, and Office's theme event where the host has it. */
export function onPaneThemeChange(changed: () => void): void {
  if (typeof window.matchMedia === 'function') window.matchMedia('(prefers-color-scheme: dark)').addEventListener('change', changed);
  const themeEvent = (Office.EventType as Record<string, unknown> | undefined)?.OfficeThemeChanged as Office.EventType | undefined;
  const document = Office.context?.document;
  if (themeEvent === undefined || typeof document?.addHandlerAsync !== 'function') return;
  try {
    // Hosts without the event answer through the callback with a failure, which leaves the browser's signal.
    document.addHandlerAsync(themeEvent, changed, () => undefined);
  } catch {
    // An older Office.js throws for an event the host does not know.
  }
}
