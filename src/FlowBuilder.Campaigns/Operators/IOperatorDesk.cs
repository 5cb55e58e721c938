namespace FlowBuilder.Campaigns.Operators;

/// <summary>
/// The operator's side of a campaign (the operator page calls it through the API). An operator is an extension listed in
/// the campaign's operators; the API checks who they are. Commands return the operator's view, or an error naming what is
/// wrong (<see cref="OperatorCommandResult"/>).
/// </summary>
public interface IOperatorDesk
{
    /// <summary>Joins the campaign as Ready (preview: with the next contact's card). One campaign at a time per operator.</summary>
    ValueTask<OperatorCommandResult> LoginAsync(string companyId, string campaignId, string extension, CancellationToken cancellationToken);

    ValueTask<OperatorCommandResult> LogoutAsync(string extension, CancellationToken cancellationToken);

    /// <summary>Ready again (from Paused, or from WrapUp without a disposition).</summary>
    ValueTask<OperatorCommandResult> ReadyAsync(string extension, CancellationToken cancellationToken);

    /// <summary>No new calls until ready again; a call in progress goes on.</summary>
    ValueTask<OperatorCommandResult> PauseAsync(string extension, CancellationToken cancellationToken);

    /// <summary>Preview: place the call to the contact on the card; the contact is connected to this operator when answered.</summary>
    ValueTask<OperatorCommandResult> CallAsync(string extension, CancellationToken cancellationToken);

    /// <summary>Preview: put the card's contact back (due later) and show the next one.</summary>
    ValueTask<OperatorCommandResult> SkipAsync(string extension, CancellationToken cancellationToken);

    /// <summary>Records the disposition form on the attempt and makes the operator Ready. <c>do-not-call</c> also adds the
    /// number to the company's do-not-call list.</summary>
    ValueTask<OperatorCommandResult> SubmitDispositionAsync(string extension, string attemptId, string code, string? notes, CancellationToken cancellationToken);

    OperatorView? Get(string extension);

    IReadOnlyList<OperatorView> List(string campaignId);
}
