namespace FlowBuilder.Engine.Messaging;

/// <summary>Each company's opt-out list; numbers are normalised with <see cref="SmsNumbers.Normalize"/>.</summary>
public interface ISmsOptOutStore
{
    ValueTask<SmsOptOut?> FindAsync(string companyId, string number, CancellationToken cancellationToken);

    ValueTask<IReadOnlyList<SmsOptOut>> ListAsync(string companyId, CancellationToken cancellationToken);

    /// <summary>Adds or replaces the entry.</summary>
    ValueTask SaveAsync(SmsOptOut optOut, CancellationToken cancellationToken);

    ValueTask<bool> DeleteAsync(string companyId, string number, CancellationToken cancellationToken);
}
