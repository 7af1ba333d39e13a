import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { FileSession } from './file-session';

// The browser page: the pane without Excel, working on .xlsx files the user opens.
const root = document.getElementById('root');
if (root === null) throw new Error('The page has no #root element');
createRoot(root).render(
  <FluentProvider theme={webLightTheme}>
    <App openFile={(file, scheme) => FileSession.open(file, scheme)} />
  </FluentProvider>,
);
