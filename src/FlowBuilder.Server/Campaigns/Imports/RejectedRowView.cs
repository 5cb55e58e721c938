using FlowBuilder.Campaigns.Import;

namespace FlowBuilder.Server.Campaigns.Imports;

internal sealed record RejectedRowView(long Line, IReadOnlyList<string> Reasons, IReadOnlyList<string> Values)
{
    public static RejectedRowView From(RejectedContactRow row) => new(row.Line, row.Reasons, row.Values);
}
