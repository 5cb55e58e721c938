namespace FlowBuilder.Server.Accounts.Hosting;

/// <summary>Section <c>FlowBuilder:Accounts</c>: sessions and the first accounts of an installation.</summary>
internal sealed class AccountsOptions
{
    public const string Section = "FlowBuilder:Accounts";

    /// <summary>How long a session cookie lives without use (sliding), in hours.</summary>
    public double SessionHours { get; set; } = 12;

    public BootstrapOptions Bootstrap { get; set; } = new();
}
