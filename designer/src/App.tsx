import { Link } from './components/Link';
import { OfflineBanner } from './components/OfflineBanner/OfflineBanner';
import { lazy, Suspense } from 'react';
import { EditorPage } from './pages/EditorPage/EditorPage';
import { useRoute } from './router';

// The editor is what people open most and comes with the first script; the other pages are chunks of their own.
const FlowsPage = lazy(() => import('./pages/FlowsPage/FlowsPage').then((m) => ({ default: m.FlowsPage })));
const InstancePage = lazy(() => import('./pages/InstancePage/InstancePage').then((m) => ({ default: m.InstancePage })));
const InstancesPage = lazy(() => import('./pages/InstancesPage/InstancesPage').then((m) => ({ default: m.InstancesPage })));

export function App() {
  const route = useRoute();
  return (
    <div className="app">
      <OfflineBanner />
      <header className="topbar">
        <Link href="/" className="brand">FlowBuilder</Link>
        <nav>
          <Link href="/" className={route.page === 'flows' || route.page === 'editor' ? 'active' : ''}>Flows</Link>
          <Link href="/instances" className={route.page === 'instances' || route.page === 'instance' ? 'active' : ''}>Instances</Link>
          <a href="/openapi/v1.json" target="_blank" rel="noreferrer">API</a>
        </nav>
      </header>
      <main className="content">
        <Suspense fallback={<div className="page muted">Loading…</div>}>
        {route.page === 'flows' && <FlowsPage />}
        {route.page === 'editor' && <EditorPage key={`${route.flowId}@${route.version ?? 'draft'}`} flowId={route.flowId} version={route.version} />}
        {route.page === 'instances' && <InstancesPage flowId={route.flowId} status={route.status} />}
        {route.page === 'instance' && <InstancePage key={route.instanceId} instanceId={route.instanceId} />}
        {route.page === 'not-found' && (
          <div className="page"><h1>Not found</h1><p>Nothing lives at {route.path}. <Link href="/">Back to the flows</Link>.</p></div>
        )}
        </Suspense>
      </main>
    </div>
  );
}
