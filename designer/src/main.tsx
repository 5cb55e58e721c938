import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/style.css';
import './styles.css';
import { App } from './App';
import { api } from './api/client';
import { adoptEarlyRequests, hasPrefetched, prefetch } from './api/prefetch';
import { parseRoute } from './router';

// Opening a flow: its data loads while the app's code does (index.html started it already when it could).
adoptEarlyRequests();
const route = parseRoute(location.pathname, location.search);
if (route.page === 'editor' && !route.version && !hasPrefetched(`flow:${route.flowId}`)) {
  prefetch('activities', api.activities);
  prefetch(`flow:${route.flowId}`, () => api.flow(route.flowId));
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
