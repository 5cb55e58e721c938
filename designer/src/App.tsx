import { Link } from './components/Link';
import { OfflineBanner } from './components/OfflineBanner/OfflineBanner';
import { EditorPage } from './pages/EditorPage/EditorPage';
import { FlowsPage } from './pages/FlowsPage/FlowsPage';
import { InstancePage } from './pages/InstancePage/InstancePage';
import { InstancesPage } from './pages/InstancesPage/InstancesPage';
import { useRoute } from './router';

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
        {route.page === 'flows' && <FlowsPage />}
        {route.page === 'editor' && <EditorPage key={`${route.flowId}@${route.version ?? 'draft'}`} flowId={route.flowId} version={route.version} />}
        {route.page === 'instances' && <InstancesPage flowId={route.flowId} status={route.status} />}
        {route.page === 'instance' && <InstancePage key={route.instanceId} instanceId={route.instanceId} />}
        {route.page === 'not-found' && (
          <div className="page"><h1>Not found</h1><p>Nothing lives at {route.path}. <Link href="/">Back to the flows</Link>.</p></div>
        )}
      </main>
    </div>
  );
}
