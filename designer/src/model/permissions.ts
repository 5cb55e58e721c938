// Who may open which page and do what: the one table the nav, the page gate and every button ask (the server decides;
// this only keeps people from clicking what it would refuse). Names as GET /api/me lists them (Engine/Accounts/PermissionNames.cs).

export const PERMISSIONS = [
  'flows.read', 'flows.write', 'flows.run', 'campaigns.read', 'campaigns.write', 'campaigns.control', 'numbers.read', 'numbers.write',
  'calls.read', 'integrations.write', 'billing.read', 'billing.manage', 'users.manage', 'system',
] as const;
export type PermissionName = (typeof PERMISSIONS)[number];

export const ROLES = ['viewer', 'operator', 'manager', 'admin'] as const;
export type RoleName = (typeof ROLES)[number];

/** A page: its name in sentences, and the permission its reads need (null: every signed-in person; `public`: no sign-in). */
export interface PageRule {
  name: string;
  needs: PermissionName | null | 'public';
}

/** Every page of the designer by its route's `page` (router.ts). A page missing here needs only a signed-in person. */
export const PAGE_RULES: Record<string, PageRule> = {
  'sign-in': { name: 'Sign in', needs: 'public' },
  setup: { name: 'Set-up', needs: 'public' },
  operator: { name: 'the operator desk', needs: 'public' },
  'not-found': { name: 'this page', needs: null },
  flows: { name: 'Flows', needs: 'flows.read' },
  editor: { name: 'the flow editor', needs: 'flows.read' },
  instances: { name: 'Instances', needs: 'flows.read' },
  instance: { name: 'the instance', needs: 'flows.read' },
  campaigns: { name: 'Campaigns', needs: 'campaigns.read' },
  'campaign-new': { name: 'New campaign', needs: 'campaigns.write' },
  campaign: { name: 'the campaign', needs: 'campaigns.read' },
  groups: { name: 'Contacts', needs: 'campaigns.read' },
  group: { name: 'the contact group', needs: 'campaigns.read' },
  'do-not-call': { name: 'Do not call', needs: 'campaigns.read' },
  'click-to-call': { name: 'Click-to-call', needs: 'campaigns.read' },
  'click-to-call-new': { name: 'New click-to-call campaign', needs: 'campaigns.write' },
  'click-to-call-campaign': { name: 'the click-to-call campaign', needs: 'campaigns.read' },
  'click-to-call-requests': { name: 'Callback requests', needs: 'campaigns.read' },
  'click-to-call-statistics': { name: 'Click-to-call statistics', needs: 'campaigns.read' },
  company: { name: 'Company', needs: 'billing.read' },
  tariffs: { name: 'Tariffs', needs: 'billing.read' },
  tariff: { name: 'the tariff', needs: 'billing.read' },
  account: { name: 'Account', needs: 'billing.read' },
  dashboard: { name: 'Dashboard', needs: 'billing.read' },
  users: { name: 'Users', needs: 'users.manage' },
  'api-keys': { name: 'API keys', needs: 'users.manage' },
  companies: { name: 'Companies', needs: 'system' },
};

/** Everything a button does that the server guards, and the permission it needs. */
export const ACTIONS = {
  'flows.edit': 'flows.write',
  'flows.run': 'flows.run',
  'instances.cancel': 'flows.run',
  'campaigns.edit': 'campaigns.write',
  'campaigns.control': 'campaigns.control',
  'contacts.edit': 'campaigns.write',
  'doNotCall.edit': 'campaigns.write',
  'clickToCall.edit': 'campaigns.write',
  'clickToCall.control': 'campaigns.control',
  'tariffs.edit': 'system',
  'company.edit': 'billing.manage',
  'company.assignTariff': 'system',
  'users.manage': 'users.manage',
  'apiKeys.manage': 'users.manage',
  'companies.manage': 'system',
} as const satisfies Record<string, PermissionName>;
export type Action = keyof typeof ACTIONS;

/** What is said of a permission when it is missing: what it lets a person do. */
const DOES: Record<PermissionName, string> = {
  'flows.read': 'see flows', 'flows.write': 'edit flows', 'flows.run': 'run flows', 'campaigns.read': 'see campaigns',
  'campaigns.write': 'edit campaigns and contacts', 'campaigns.control': 'start and stop campaigns', 'numbers.read': 'see numbers',
  'numbers.write': 'edit numbers', 'calls.read': 'see calls', 'integrations.write': 'edit integrations', 'billing.read': 'see billing',
  'billing.manage': 'change the company details', 'users.manage': 'manage users and API keys', system: 'manage tariffs and companies',
};

export const allows = (permissions: readonly string[] | undefined, needs: PermissionName | null) =>
  needs === null || (permissions ?? []).includes(needs);

export const mayDo = (permissions: readonly string[] | undefined, action: Action) => allows(permissions, ACTIONS[action]);

export const pageRuleOf = (page: string): PageRule => PAGE_RULES[page] ?? { name: 'this page', needs: null };

/** Whether a signed-in person with these permissions may open the page. */
export function mayOpen(permissions: readonly string[] | undefined, page: string): boolean {
  const needs = pageRuleOf(page).needs;
  return needs === 'public' || allows(permissions, needs);
}

/** "Viewer", or "System administrator" for those who are. */
export function roleLabel(role: string, isSystemAdministrator = false): string {
  if (isSystemAdministrator) return 'System administrator';
  return role ? role.charAt(0).toUpperCase() + role.slice(1) : 'Unknown';
}

/** The panel shown instead of a page the caller may not open. */
export function pageDeniedText(role: string, page: string): string {
  return `Your role ${roleLabel(role)} cannot open ${pageRuleOf(page).name}: ask an Admin.`;
}

/** The title of a button the caller may not use: what is missing and who to ask. */
export function actionDeniedTitle(role: string, action: Action): string {
  const needs = ACTIONS[action];
  return `Your role ${roleLabel(role)} cannot ${DOES[needs]}: it needs ${needs}. Ask an Admin of your company.`;
}
