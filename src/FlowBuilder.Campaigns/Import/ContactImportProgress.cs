namespace FlowBuilder.Campaigns.Import;

/// <summary>How far an import is: <paramref name="TotalBytes"/> is null when the stream's length is unknown.</summary>
public readonly record struct ContactImportProgress(long BytesRead, long? TotalBytes, long RowsRead, long Imported, long RejectedRows, long Duplicates);
