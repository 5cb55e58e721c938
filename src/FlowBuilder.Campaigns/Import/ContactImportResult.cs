namespace FlowBuilder.Campaigns.Import;

/// <summary>The outcome of an import. <see cref="Imported"/> counts the rows written (or, in a dry run, that would be);
/// <see cref="RejectedRows"/> counts every row not imported, duplicates included; <see cref="Rejected"/> holds the first ones.</summary>
public sealed record ContactImportResult(
    ContactImportStatus Status,
    long BytesRead,
    long? TotalBytes,
    long RowsRead,
    long Imported,
    long RejectedRows,
    long Duplicates,
    IReadOnlyList<RejectedContactRow> Rejected,
    string? Error = null)
{
    /// <summary>How many rejected rows a result keeps (every one goes to <see cref="ContactImportOptions.OnRejected"/>).</summary>
    public const int KeptRejections = 100;

    public char? Delimiter { get; init; }

    public IReadOnlyList<string> Headers { get; init; } = [];
}
