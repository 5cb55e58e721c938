namespace FlowBuilder.Engine.CallCentre;

/// <summary>Companies' blacklists and whitelists of callers.</summary>
public interface ICallerListStore
{
    /// <summary>The company's entry for <paramref name="number"/> (compared as <see cref="CallerNumbers.Normalize"/>); null when not listed.</summary>
    ValueTask<CallerListEntry?> FindAsync(string companyId, string number, CancellationToken cancellationToken);

    ValueTask<IReadOnlyList<CallerListEntry>> ListAsync(string companyId, CallerListKind? kind, CancellationToken cancellationToken);

    /// <summary>Adds or replaces (by company and normalized number).</summary>
    ValueTask SaveAsync(CallerListEntry entry, CancellationToken cancellationToken);

    ValueTask<bool> DeleteAsync(string companyId, string number, CancellationToken cancellationToken);
}
