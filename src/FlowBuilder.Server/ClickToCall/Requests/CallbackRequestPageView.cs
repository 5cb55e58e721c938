namespace FlowBuilder.Server.ClickToCall.Requests;

/// <summary>One page of requests (newest first) and how many match the filters in all.</summary>
internal sealed record CallbackRequestPageView(IReadOnlyList<CallbackRequestView> Items, long Total);
