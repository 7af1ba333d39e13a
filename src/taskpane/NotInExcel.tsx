import type React from 'react';
import { Link, MessageBar, MessageBarBody, Title2 } from '@fluentui/react-components';

/** The pane's page opened outside Excel: say so, and point to the browser page that works on files. */
export function NotInExcel(): React.JSX.Element {
  return (
    <main style={{ padding: 16 }}>
      <Title2 as="h1">Handleplan</Title2>
      <MessageBar intent="info">
        <MessageBarBody>
          Denne side er opgaveruden i Excel. Åbn den fra knappen »Handleplan« under Startside i Excel, eller brug <Link href="index.html">browsersiden</Link>, der arbejder på en
          .xlsx-fil.
        </MessageBarBody>
      </MessageBar>
    </main>
  );
}
