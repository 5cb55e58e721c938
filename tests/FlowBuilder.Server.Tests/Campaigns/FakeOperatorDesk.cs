using System.Collections.Concurrent;
using FlowBuilder.Campaigns.Operators;
using FlowBuilder.Engine.Campaigns.Operators;

namespace FlowBuilder.Server.Tests.Campaigns;

/// <summary>The operator desk as the API sees it: each operator's state, calls only when Ready, dispositions recorded.</summary>
public sealed class FakeOperatorDesk(TimeProvider time) : IOperatorDesk
{
    private static readonly string[] Codes = ["interested", "do-not-call"];
    private readonly ConcurrentDictionary<string, OperatorView> _views = new(StringComparer.Ordinal);

    public ConcurrentQueue<(string Extension, string AttemptId, string Code, string? Notes)> Dispositions { get; } = new();

    public ValueTask<OperatorCommandResult> LoginAsync(string companyId, string campaignId, string extension, CancellationToken cancellationToken) =>
        Set(new OperatorView(extension, campaignId, OperatorState.Ready, time.GetUtcNow(), false, null, null, null, null, Codes));

    public ValueTask<OperatorCommandResult> LogoutAsync(string extension, CancellationToken cancellationToken) =>
        ValueTask.FromResult(_views.TryRemove(extension, out var view)
            ? OperatorCommandResult.Ok(view with { State = OperatorState.LoggedOut })
            : new OperatorCommandResult(null, "not-found", $"Operator {extension} is not signed in."));

    public ValueTask<OperatorCommandResult> ReadyAsync(string extension, CancellationToken cancellationToken) => Move(extension, OperatorState.Ready);

    public ValueTask<OperatorCommandResult> PauseAsync(string extension, CancellationToken cancellationToken) => Move(extension, OperatorState.Paused);

    public ValueTask<OperatorCommandResult> CallAsync(string extension, CancellationToken cancellationToken)
    {
        if (_views.TryGetValue(extension, out var view) && view.State != OperatorState.Ready)
            return ValueTask.FromResult(new OperatorCommandResult(view, "conflict", $"Operator {extension} is {view.State}: get ready before calling."));
        return Move(extension, OperatorState.Talking);
    }

    public ValueTask<OperatorCommandResult> SkipAsync(string extension, CancellationToken cancellationToken) => Move(extension, OperatorState.Ready);

    public ValueTask<OperatorCommandResult> SubmitDispositionAsync(string extension, string attemptId, string code, string? notes, CancellationToken cancellationToken)
    {
        if (!Codes.Contains(code)) return ValueTask.FromResult(new OperatorCommandResult(null, "invalid", $"'{code}' is not one of the campaign's disposition codes."));
        Dispositions.Enqueue((extension, attemptId, code, notes));
        return Move(extension, OperatorState.Ready);
    }

    public OperatorView? Get(string extension) => _views.GetValueOrDefault(extension);

    public IReadOnlyList<OperatorView> List(string campaignId) => _views.Values.Where(v => v.CampaignId == campaignId).OrderBy(v => v.Extension).ToList();

    private ValueTask<OperatorCommandResult> Move(string extension, OperatorState state) =>
        _views.TryGetValue(extension, out var view)
            ? Set(view with { State = state, Since = time.GetUtcNow() })
            : ValueTask.FromResult(new OperatorCommandResult(null, "not-found", $"Operator {extension} is not signed in."));

    private ValueTask<OperatorCommandResult> Set(OperatorView view)
    {
        _views[view.Extension] = view;
        return ValueTask.FromResult(OperatorCommandResult.Ok(view));
    }
}
