using FlowBuilder.Engine.Campaigns.Operators;

namespace FlowBuilder.Campaigns.Operators;

/// <summary>An operator as their page and the campaign's live view show them.</summary>
/// <param name="Registered">Whether their extension has a live SIP registration (a softphone that can ring).</param>
/// <param name="Card">The contact on the card (preview) or on the call; null when none.</param>
/// <param name="AttemptId">The attempt the card and the disposition form are about.</param>
/// <param name="CallState"><c>ringing</c> (their phone or the contact's), <c>talking</c>, or null.</param>
/// <param name="DispositionCodes">The campaign's choices for the disposition form.</param>
public sealed record OperatorView(
    string Extension,
    string CampaignId,
    OperatorState State,
    DateTimeOffset Since,
    bool Registered,
    OperatorCard? Card,
    string? AttemptId,
    string? CallId,
    string? CallState,
    IReadOnlyList<string> DispositionCodes);
