using FlowBuilder.Engine.Messaging;

namespace FlowBuilder.Server.Sms;

/// <summary>An opted-out number (normalised) and how it got on the list (<c>STOP</c>, <c>api</c>, …).</summary>
internal sealed record SmsOptOutView(string Number, DateTimeOffset OptedOutAt, string Source)
{
    public static SmsOptOutView From(SmsOptOut optOut) => new(optOut.Number, optOut.At, optOut.Source);
}
