namespace FlowBuilder.Campaigns.Import;

/// <summary>A row that was not imported: the 1-based line of the file where it starts (the header is line 1), every reason,
/// and its values as read.</summary>
public sealed record RejectedContactRow(long Line, IReadOnlyList<string> Reasons, IReadOnlyList<string> Values);
