namespace FlowBuilder.Server.Accounts.Hosting;

/// <summary>Section <c>FlowBuilder:Accounts:Bootstrap</c>: a system administrator and an API key created at start when missing.</summary>
internal sealed class BootstrapOptions
{
    /// <summary>With <see cref="Password"/>: the system administrator created in company "default" when no user exists.</summary>
    public string? Email { get; set; }

    public string? Password { get; set; }

    public string? Name { get; set; }

    /// <summary>A full key <c>fbk_&lt;id&gt;_&lt;secret&gt;</c> stored as system-administrator key "bootstrap" when its id is unknown.</summary>
    public string? ApiKey { get; set; }
}
