namespace FlowBuilder.Server.ClickToCall.Settings;

/// <summary>A campaign's requests by where they stand now (failed: either failed status).</summary>
internal sealed record CallbackCountsView(long Waiting, long Calling, long Completed, long Failed);
