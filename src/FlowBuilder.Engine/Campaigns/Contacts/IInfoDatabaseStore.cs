namespace FlowBuilder.Engine.Campaigns.Contacts;

/// <summary>Information databases and their records; the product's are the <c>info_databases</c> and <c>info_records</c> tables.
/// <see cref="IContactStore.FindInfoAsync"/> reads the same records.</summary>
public interface IInfoDatabaseStore
{
    ValueTask<IReadOnlyList<InfoDatabase>> ListAsync(string companyId, CancellationToken cancellationToken);

    ValueTask<InfoDatabase?> GetAsync(string companyId, string databaseId, CancellationToken cancellationToken);

    /// <summary>Adds or renames the database (by id); its records are kept.</summary>
    ValueTask SaveAsync(InfoDatabase database, CancellationToken cancellationToken);

    /// <summary>Adds the records, replacing any with the same key, in one transaction; returns how many were written.</summary>
    ValueTask<long> UpsertRecordsAsync(string companyId, string databaseId, IAsyncEnumerable<InfoRecord> records, CancellationToken cancellationToken);

    ValueTask<InfoRecord?> FindRecordAsync(string companyId, string databaseId, string key, CancellationToken cancellationToken);
}
