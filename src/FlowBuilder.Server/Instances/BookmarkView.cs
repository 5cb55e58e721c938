using FlowBuilder.Engine.Runtime;

namespace FlowBuilder.Server.Instances;

/// <summary>What a suspended instance waits for.</summary>
internal sealed record BookmarkView(string Name, string NodeId, string? CorrelationKey, DateTimeOffset? ResumeAt, DateTimeOffset CreatedAt)
{
    public static BookmarkView? From(ActiveBookmark? bookmark) =>
        bookmark is null ? null : new(bookmark.Name, bookmark.NodeId, bookmark.CorrelationKey, bookmark.ResumeAt, bookmark.CreatedAt);
}
