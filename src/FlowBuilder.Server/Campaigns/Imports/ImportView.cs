using FlowBuilder.Campaigns.Import;

namespace FlowBuilder.Server.Campaigns.Imports;

/// <summary>An import as <c>GET /api/imports/{id}</c> shows it; <see cref="Rejected"/> holds the first 100 rejected rows.</summary>
internal sealed record ImportView(string Id, string GroupId, ContactImportStatus Status, ContactImportMode Mode, bool DryRun, long BytesRead, long? TotalBytes,
    long RowsRead, long Imported, long RejectedRows, long Duplicates, DateTimeOffset StartedAt, DateTimeOffset? FinishedAt, string? Error,
    IReadOnlyList<RejectedRowView> Rejected);
