namespace FlowBuilder.Engine.Campaigns.Contacts;

/// <summary>A company's do-not-call list (numbers as E.164). Campaigns never dial a listed number.</summary>
public interface IDoNotCallList
{
    ValueTask<bool> ContainsAsync(string companyId, string phone, CancellationToken cancellationToken);

    /// <summary>Adds the number (again: keeps the first entry). <paramref name="source"/>: <c>api</c>, <c>import</c>, <c>operator</c>, <c>flow</c>.</summary>
    ValueTask AddAsync(string companyId, string phone, string source, CancellationToken cancellationToken);

    ValueTask<bool> RemoveAsync(string companyId, string phone, CancellationToken cancellationToken);

    ValueTask<IReadOnlyList<DoNotCallEntry>> ListAsync(string companyId, int offset, int limit, CancellationToken cancellationToken);
}
