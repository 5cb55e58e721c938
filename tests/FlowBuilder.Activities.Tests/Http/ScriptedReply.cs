namespace FlowBuilder.Activities.Tests.Http;

/// <summary>How the loopback receiver answers one request. With <see cref="Hold"/>, it answers only when that task
/// completes; a client that gives up first shows in <see cref="LoopbackReceiver.Aborted"/>.</summary>
public sealed record ScriptedReply(int Status, string? Body = null, string? ContentType = null)
{
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    public Task? Hold { get; init; }

    public static ScriptedReply Json(int status, string json) => new(status, json, "application/json");
}
