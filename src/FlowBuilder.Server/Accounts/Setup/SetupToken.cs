using System.Security.Cryptography;
using System.Text;

namespace FlowBuilder.Server.Accounts.Setup;

/// <summary>The one-off token a set-up from another machine must give; printed in the server log at start while no user exists.</summary>
internal sealed class SetupToken
{
    public string Value { get; } = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    public bool Matches(string? candidate) =>
        candidate is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(candidate.Trim()), Encoding.UTF8.GetBytes(Value));
}
