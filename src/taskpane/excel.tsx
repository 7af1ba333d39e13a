import { FluentProvider, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { officeHost } from '../adapters/office/host';
import { App } from './App';
import { ExcelSession } from './excel-session';
import { NotInExcel } from './NotInExcel';

// The task pane in Excel. Office.js comes from Microsoft's CDN (taskpane.html); it is never bundled.
const root = document.getElementById('root');
if (root === null) throw new Error('The page has no #root element');
const view = createRoot(root);

void Office.onReady().then((info) => {
  const theme = isDark(Office.context?.officeTheme?.bodyBackgroundColor) ? webDarkTheme : webLightTheme;
  view.render(
    <FluentProvider theme={theme} style={{ minHeight: '100vh' }}>
      {info.host === Office.HostType.Excel ? <App openWorkbook={(scheme) => ExcelSession.open(officeHost(), scheme)} /> : <NotInExcel />}
    </FluentProvider>,
  );
});

/** Office's theme colour is "#RRGGBB"; a dark background means Excel runs in a dark theme. */
function isDark(colour: string | undefined): boolean {
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour ?? '');
  if (match === null) return false;
  const [r, g, b] = match.slice(1).map((h) => parseInt(h, 16)) as [number, number, number];
  return 0.299 * r + 0.587 * g + 0.114 * b < 128;
}
