namespace FlowBuilder.Engine.Campaigns.Contacts;

/// <summary>
/// A bulk insert into one group, in one transaction: nothing is visible until <see cref="CommitAsync"/>; disposing without
/// committing rolls everything back (the import's "all or nothing").
/// </summary>
public interface IContactBatchWriter : IAsyncDisposable
{
    /// <summary>Adds a validated contact (phone already E.164 and not a duplicate). Buffered; written in batches.</summary>
    ValueTask AddAsync(Contact contact, CancellationToken cancellationToken);

    ValueTask CommitAsync(CancellationToken cancellationToken);
}
