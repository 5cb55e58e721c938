namespace FlowBuilder.Data.Webhooks;

/// <summary>Wait for Callback tokens that have been used, so a second POST of the same callback resumes nothing.
/// Tokens are kept as SHA-256 hashes.</summary>
public interface ICallbackTokenLedger
{
    /// <summary>Marks the token used; false when it already was.</summary>
    ValueTask<bool> TryUseAsync(string tokenHash, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Records which instance the used token resumed.</summary>
    ValueTask SetInstanceAsync(string tokenHash, string instanceId, CancellationToken cancellationToken);

    /// <summary>Forgets a use that resumed nothing (unknown token).</summary>
    ValueTask ForgetAsync(string tokenHash, CancellationToken cancellationToken);

    /// <summary>The finished instance whose recorded outputs hold this token (a callback URL it handed out), if any.</summary>
    ValueTask<string?> FindFinishedInstanceAsync(string token, CancellationToken cancellationToken);

    ValueTask<int> DeleteUsedBeforeAsync(DateTimeOffset before, CancellationToken cancellationToken);
}
