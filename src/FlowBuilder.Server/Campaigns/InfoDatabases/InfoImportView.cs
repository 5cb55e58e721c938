using FlowBuilder.Server.Campaigns.Imports;

namespace FlowBuilder.Server.Campaigns.InfoDatabases;

/// <summary>What an information database import did; <see cref="Rejected"/> holds the first 100 rows without a usable key.</summary>
internal sealed record InfoImportView(long Imported, long RejectedRows, IReadOnlyList<RejectedRowView> Rejected);
