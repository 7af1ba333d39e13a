import { FluentProvider, MessageBar, MessageBarBody, Title2, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import type React from 'react';
import { createRoot } from 'react-dom/client';
import { EXCEL_API_FLOOR, officeHost } from '../adapters/office/host';
import { App } from './App';
import { ExcelSession } from './excel-session';
import { NotInExcel } from './NotInExcel';
import { currentPaneTheme, onPaneThemeChange } from './office-theme';
import { plansOffThePage } from './worker/plans-off-the-page';
import { startCoreWorker } from './worker/start-workers';

// The task pane in Excel. Office.js comes from Microsoft's CDN (taskpane.html); it is never bundled.
// Where Excel shows add-ins in Internet Explorer 11 or Edge Legacy, old-host.js has shown its message
// and removed the root: the pane does not start.
const root = document.getElementById('root');
// The worker starts while Office.js loads: the core runs there, so the pane never freezes on a long plan.
const runOn = root === null ? undefined : plansOffThePage(startCoreWorker);
if (root !== null) {
  const view = createRoot(root);
  void Office.onReady().then((info) => {
    const pane = paneFor(info.host);
    const render = (): void =>
      view.render(
        <FluentProvider theme={currentPaneTheme() === 'dark' ? webDarkTheme : webLightTheme} style={{ minHeight: '100vh' }}>
          {pane}
        </FluentProvider>,
      );
    render();
    onPaneThemeChange(render);
  });
}

function paneFor(host: Office.HostType | null): React.JSX.Element {
  if (host !== Office.HostType.Excel) return <NotInExcel />;
  // The manifest keeps older Excel out; this covers a copy of the add-in installed some other way.
  if (!Office.context.requirements.isSetSupported('ExcelApi', EXCEL_API_FLOOR)) return <ExcelTooOld />;
  return <App openWorkbook={(scheme) => ExcelSession.open(officeHost(), scheme, Excel, runOn)} />;
}

/** An Excel without the API the add-in needs: say which Excel works. */
function ExcelTooOld(): React.JSX.Element {
  return (
    <main style={{ padding: 16 }}>
      <Title2 as="h1">Handleplan</Title2>
      <MessageBar intent="warning" role="alert">
        <MessageBarBody>
          Denne udgave af Excel er for gammel til Handleplan. Brug Excel i Microsoft 365, Excel 2021 eller nyere, Excel til Mac eller Excel på nettet. Spørg jeres it-afdeling,
          hvis I er i tvivl om, hvilken udgave I har.
        </MessageBarBody>
      </MessageBar>
    </main>
  );
}
