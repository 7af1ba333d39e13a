import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { fileSessionsOffThePage } from './worker/files-off-the-page';
import { startFileWorker } from './worker/start-workers';

// The browser page: the pane without Excel, working on .xlsx files the user opens.
const root = document.getElementById('root');
if (root === null) throw new Error('The page has no #root element');
// The file is opened, read, computed and written in a worker, so the page never freezes on a long plan.
const openFile = fileSessionsOffThePage(startFileWorker);
createRoot(root).render(
  <FluentProvider theme={webLightTheme}>
    <App openFile={openFile} />
  </FluentProvider>,
);
