import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import 'graphiql/style.css';
import './graphiql.css';
import { getToken } from './session';

// GraphiQL served by the binary itself, so it works without internet. It sends the app's
// session token when one is open in this tab.
const fetcher = createGraphiQLFetcher({
  url: '/graphql',
  headers: getToken() ? { Authorization: `Bearer ${getToken()}` } : undefined,
});

createRoot(document.getElementById('graphiql')!).render(
  <StrictMode>
    <GraphiQL fetcher={fetcher} defaultQuery={"{\n  network { name memberCount }\n}\n"} />
  </StrictMode>,
);
