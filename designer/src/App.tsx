import { Link } from './components/Link';
import { OfflineBanner } from './components/OfflineBanner/OfflineBanner';
import { lazy, Suspense, useEffect } from 'react';
import { NotAllowed } from './components/NotAllowed/NotAllowed';
import { UserMenu } from './components/UserMenu/UserMenu';
import { mayOpen, pageRuleOf } from './model/permissions';
import { signInPathFor } from './model/signInRedirect';
import { EditorPage } from './pages/EditorPage/EditorPage';
import { navigate, useRoute } from './router';
import { useAuth } from './store/authStore';

// The editor is what people open most and comes with the first script; the other pages are chunks of their own.
const FlowsPage = lazy(() => import('./pages/FlowsPage/FlowsPage').then((m) => ({ default: m.FlowsPage })));
const InstancePage = lazy(() => import('./pages/InstancePage/InstancePage').then((m) => ({ default: m.InstancePage })));
const CampaignsPage = lazy(() => import('./pages/CampaignsPage/CampaignsPage').then((m) => ({ default: m.CampaignsPage })));
const NewCampaignPage = lazy(() => import('./pages/CampaignsPage/NewCampaignPage').then((m) => ({ default: m.NewCampaignPage })));
const CampaignPage = lazy(() => import('./pages/CampaignPage/CampaignPage').then((m) => ({ default: m.CampaignPage })));
const GroupsPage = lazy(() => import('./pages/GroupsPage/GroupsPage').then((m) => ({ default: m.GroupsPage })));
const GroupPage = lazy(() => import('./pages/GroupPage/GroupPage').then((m) => ({ default: m.GroupPage })));
const DoNotCallPage = lazy(() => import('./pages/DoNotCallPage/DoNotCallPage').then((m) => ({ default: m.DoNotCallPage })));
const OperatorPage = lazy(() => import('./pages/OperatorPage/OperatorPage').then((m) => ({ default: m.OperatorPage })));
const ClickToCallCampaignsPage = lazy(() => import('./pages/ClickToCallCampaignsPage/ClickToCallCampaignsPage').then((m) => ({ default: m.ClickToCallCampaignsPage })));
const ClickToCallCampaignPage = lazy(() => import('./pages/ClickToCallCampaignPage/ClickToCallCampaignPage').then((m) => ({ default: m.ClickToCallCampaignPage })));
const CallbackRequestsPage = lazy(() => import('./pages/CallbackRequestsPage/CallbackRequestsPage').then((m) => ({ default: m.CallbackRequestsPage })));
const ClickToCallStatisticsPage = lazy(() => import('./pages/ClickToCallStatisticsPage/ClickToCallStatisticsPage').then((m) => ({ default: m.ClickToCallStatisticsPage })));
const CompanyPage = lazy(() => import('./pages/CompanyPage/CompanyPage').then((m) => ({ default: m.CompanyPage })));
const TariffsPage = lazy(() => import('./pages/TariffsPage/TariffsPage').then((m) => ({ default: m.TariffsPage })));
const TariffPage = lazy(() => import('./pages/TariffsPage/TariffPage').then((m) => ({ default: m.TariffPage })));
const SignInPage = lazy(() => import('./pages/SignInPage/SignInPage').then((m) => ({ default: m.SignInPage })));
const SetupPage = lazy(() => import('./pages/SetupPage/SetupPage').then((m) => ({ default: m.SetupPage })));
const UsersPage = lazy(() => import('./pages/UsersPage/UsersPage').then((m) => ({ default: m.UsersPage })));
const ApiKeysPage = lazy(() => import('./pages/ApiKeysPage/ApiKeysPage').then((m) => ({ default: m.ApiKeysPage })));
const CompaniesPage = lazy(() => import('./pages/CompaniesPage/CompaniesPage').then((m) => ({ default: m.CompaniesPage })));
const DashboardPage = lazy(() => import('./pages/DashboardPage/DashboardPage').then((m) => ({ default: m.DashboardPage })));
const AccountPage = lazy(() => import('./pages/AccountPage/AccountPage').then((m) => ({ default: m.AccountPage })));
const InstancesPage = lazy(() => import('./pages/InstancesPage/InstancesPage').then((m) => ({ default: m.InstancesPage })));

export function App() {
  const route = useRoute();
  const status = useAuth((s) => s.status);
  const me = useAuth((s) => s.me);
  const isPublic = pageRuleOf(route.page).needs === 'public';
  useEffect(() => { void useAuth.getState().load(); }, []);
  // Signed out (or never signed in): every page but the public ones sends people to sign in, and back here after.
  useEffect(() => {
    if (status === 'signed-out' && !isPublic) navigate(signInPathFor(location.pathname + location.search), { replace: true });
  }, [status, isPublic]);
  const can = (page: string) => mayOpen(me?.permissions, page);

  if (!isPublic && status !== 'signed-in') {
    return (
      <div className="app">
        <header className="topbar"><span className="brand">FlowBuilder</span></header>
        <main className="content">
          {status === 'failed'
            ? <div className="page"><h1>Cannot reach FlowBuilder</h1><p className="error-text" role="alert">{useAuth.getState().error}</p>
                <button type="button" onClick={() => void useAuth.getState().load()}>Try again</button></div>
            : <div className="page muted">Loading…</div>}
        </main>
      </div>
    );
  }

  return (
    <div className="app">
      <OfflineBanner />
      <header className="topbar">
        <Link href="/" className="brand">FlowBuilder</Link>
        {me && (
        <nav>
          {can('dashboard') && <Link href="/dashboard" className={route.page === 'dashboard' ? 'active' : ''}>Dashboard</Link>}
          {can('flows') && <Link href="/" className={route.page === 'flows' || route.page === 'editor' ? 'active' : ''}>Flows</Link>}
          {can('instances') && <Link href="/instances" className={route.page === 'instances' || route.page === 'instance' ? 'active' : ''}>Instances</Link>}
          {can('campaigns') && <Link href="/campaigns" className={route.page.startsWith('campaign') ? 'active' : ''}>Campaigns</Link>}
          {can('click-to-call') && <Link href="/click-to-call" className={route.page.startsWith('click-to-call') ? 'active' : ''}>Click-to-call</Link>}
          {can('groups') && <Link href="/groups" className={route.page === 'groups' || route.page === 'group' ? 'active' : ''}>Contacts</Link>}
          {can('do-not-call') && <Link href="/do-not-call" className={route.page === 'do-not-call' ? 'active' : ''}>Do not call</Link>}
          <Link href="/operator" className={route.page === 'operator' ? 'active' : ''}>Operator</Link>
          {can('tariffs') && <Link href="/tariffs" className={route.page === 'tariffs' || route.page === 'tariff' ? 'active' : ''}>Tariffs</Link>}
          {can('company') && <Link href="/settings/company" className={route.page === 'company' ? 'active' : ''}>Company</Link>}
          <a href="/openapi/v1.json" target="_blank" rel="noreferrer">API</a>
        </nav>
        )}
        {me && <UserMenu />}
      </header>
      <main className="content">
        <Suspense fallback={<div className="page muted">Loading…</div>}>
        {me && !isPublic && !can(route.page) ? <NotAllowed role={me.user.role} page={route.page} /> : <>
        {route.page === 'sign-in' && <SignInPage next={route.next} />}
        {route.page === 'setup' && <SetupPage />}
        {route.page === 'users' && <UsersPage />}
        {route.page === 'api-keys' && <ApiKeysPage />}
        {route.page === 'companies' && <CompaniesPage />}
        {route.page === 'flows' && <FlowsPage />}
        {route.page === 'editor' && <EditorPage key={`${route.flowId}@${route.version ?? 'draft'}`} flowId={route.flowId} version={route.version} />}
        {route.page === 'instances' && <InstancesPage flowId={route.flowId} status={route.status} />}
        {route.page === 'instance' && <InstancePage key={route.instanceId} instanceId={route.instanceId} />}
        {route.page === 'campaigns' && <CampaignsPage />}
        {route.page === 'campaign-new' && <NewCampaignPage />}
        {route.page === 'campaign' && <CampaignPage key={route.campaignId} campaignId={route.campaignId} />}
        {route.page === 'groups' && <GroupsPage />}
        {route.page === 'group' && <GroupPage key={route.groupId} groupId={route.groupId} />}
        {route.page === 'do-not-call' && <DoNotCallPage />}
        {route.page === 'operator' && <OperatorPage />}
        {route.page === 'click-to-call' && <ClickToCallCampaignsPage />}
        {route.page === 'click-to-call-new' && <ClickToCallCampaignPage key="new" />}
        {route.page === 'click-to-call-campaign' && <ClickToCallCampaignPage key={route.campaignId} campaignId={route.campaignId} />}
        {route.page === 'click-to-call-requests' && <CallbackRequestsPage key={`${route.failed}:${route.campaignId ?? ''}`} failed={route.failed} campaignId={route.campaignId} />}
        {route.page === 'click-to-call-statistics' && <ClickToCallStatisticsPage />}
        {route.page === 'company' && <CompanyPage />}
        {route.page === 'tariffs' && <TariffsPage />}
        {route.page === 'tariff' && <TariffPage key={route.tariffId} tariffId={route.tariffId} />}
        {route.page === 'dashboard' && <DashboardPage />}
        {route.page === 'account' && <AccountPage />}
        {route.page === 'not-found' && (
          <div className="page"><h1>Not found</h1><p>Nothing lives at {route.path}. <Link href="/">Back to the flows</Link>.</p></div>
        )}
        </>}
        </Suspense>
      </main>
    </div>
  );
}
