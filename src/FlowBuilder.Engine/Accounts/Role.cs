namespace FlowBuilder.Engine.Accounts;

/// <summary>What a person (or an API key) may do inside their company, from least to most. See <see cref="RolePermissions"/>.</summary>
public enum Role
{
    /// <summary>Reads everything of the company except its users and API keys; changes nothing.</summary>
    Viewer,

    /// <summary>A Viewer who may also start, pause and stop campaigns (and call back click-to-call requests); creates nothing.</summary>
    Operator,

    /// <summary>Flows, campaigns and numbers (extensions, groups, queues, lists): creates, edits, runs; no users, no billing settings.</summary>
    Manager,

    /// <summary>Everything of the company: users, API keys, campaigns, flows and billing; no system settings.</summary>
    Admin,
}
