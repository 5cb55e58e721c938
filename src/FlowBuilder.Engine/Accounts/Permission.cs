namespace FlowBuilder.Engine.Accounts;

/// <summary>One thing an endpoint needs. Roles grant sets of them (<see cref="RolePermissions"/>); the API names the missing one
/// in its 403 (<see cref="PermissionNames"/>).</summary>
public enum Permission
{
    /// <summary>flows.read: flows, versions, templates, activities, media, instances.</summary>
    FlowsRead,

    /// <summary>flows.write: create, edit, publish, delete flows; media uploads; webhook secrets.</summary>
    FlowsWrite,

    /// <summary>flows.run: run flows, deliver stimuli, cancel instances, place calls, the simulator and test console, send SMS.</summary>
    FlowsRun,

    /// <summary>campaigns.read: campaigns, contacts, groups, imports, click-to-call campaigns and requests, statistics.</summary>
    CampaignsRead,

    /// <summary>campaigns.write: create, edit, delete campaigns, groups, contacts, imports, do-not-call, click-to-call campaigns.</summary>
    CampaignsWrite,

    /// <summary>campaigns.control: start, pause, resume, stop campaigns; call back or cancel click-to-call requests; comments.</summary>
    CampaignsControl,

    /// <summary>numbers.read: extensions, groups, queues, caller lists, SMS opt-outs.</summary>
    NumbersRead,

    /// <summary>numbers.write: create, edit, delete extensions, groups, queues, caller lists, SMS opt-outs.</summary>
    NumbersWrite,

    /// <summary>calls.read: call records, recordings, SMS messages, notifications and their deliveries.</summary>
    CallsRead,

    /// <summary>integrations.write: event subscriptions (webhooks out) and their deliveries.</summary>
    IntegrationsWrite,

    /// <summary>billing.read: company profile, tariffs, balance, ledger, invoices, spend, the statistics dashboard.</summary>
    BillingRead,

    /// <summary>billing.manage: the company profile and payer printed on invoices.</summary>
    BillingManage,

    /// <summary>users.manage: users of the company and its API keys.</summary>
    UsersManage,

    /// <summary>system: companies, their tariffs, balances (top-ups), credit limits; acting in any company. System administrators only.</summary>
    System,
}
