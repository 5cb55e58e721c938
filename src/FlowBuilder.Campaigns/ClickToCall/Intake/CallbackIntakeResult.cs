using FlowBuilder.Engine.ClickToCall;

namespace FlowBuilder.Campaigns.ClickToCall.Intake;

/// <summary>What became of a submission: accepted (stored, to be dialled at <see cref="ScheduledFor"/>) or refused with a stable
/// <see cref="Code"/> (see <see cref="CallbackRefusals"/>), a message for people, the field at fault and, when rate-limited, when to retry.</summary>
public sealed record CallbackIntakeResult(
    CallbackRequest? Request,
    DateTimeOffset? ScheduledFor,
    string? Code = null,
    string? Message = null,
    string? Field = null,
    TimeSpan? RetryAfter = null)
{
    public bool Accepted => Request is not null && Code is null;

    public static CallbackIntakeResult Accept(CallbackRequest request, DateTimeOffset scheduledFor) => new(request, scheduledFor);

    public static CallbackIntakeResult Refuse(string code, string message, string? field = null, TimeSpan? retryAfter = null, CallbackRequest? existing = null) =>
        new(existing, null, code, message, field, retryAfter);
}
