using FlowBuilder.Engine.Calls;
using FlowBuilder.Engine.Events;

namespace FlowBuilder.Server.Notifications;

/// <summary>
/// Decorates the CDR store: every call leg written (once, when it ends) is also published as <c>call.ended</c> with the
/// CDR as data. Legs no company's flow took (a 404 to an unbound number) publish nothing.
/// </summary>
internal sealed class CallEndedEvents(ICallRecordStore inner, IEventPublisher publisher, ILogger<CallEndedEvents> logger) : ICallRecordStore
{
    public async ValueTask AddAsync(CallDetailRecord record, CancellationToken cancellationToken)
    {
        await inner.AddAsync(record, cancellationToken).ConfigureAwait(false);
        if (record.CompanyId is not { } companyId) return;
        try
        {
            await publisher.PublishAsync(PlatformEvent.Create(EventTypes.CallEnded, companyId, record.EndedAt, Data(record)), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            logger.LogError(error, "Publishing call.ended for call {CallId} failed; the CDR is stored, subscribers will not get the event", record.CallId);
        }
    }

    public ValueTask<CallDetailRecord?> FindAsync(string callId, CancellationToken cancellationToken) => inner.FindAsync(callId, cancellationToken);

    public ValueTask<IReadOnlyList<CallDetailRecord>> ListAsync(CallRecordQuery query, CancellationToken cancellationToken) => inner.ListAsync(query, cancellationToken);

    private static Dictionary<string, object?> Data(CallDetailRecord record) => new(StringComparer.Ordinal)
    {
        ["callId"] = record.CallId,
        ["channel"] = record.Channel,
        ["direction"] = record.Direction == CallDirection.Inbound ? "inbound" : "outbound",
        ["from"] = record.From,
        ["to"] = record.To,
        ["startedAt"] = record.StartedAt,
        ["answeredAt"] = record.AnsweredAt,
        ["endedAt"] = record.EndedAt,
        ["disposition"] = record.Disposition.ToString(),
        ["hangupCause"] = record.Cause.ToString(),
        ["sipStatus"] = record.SipStatus,
        ["billableSeconds"] = record.BillableSeconds,
        ["flowId"] = record.FlowId,
        ["instanceId"] = record.InstanceId,
        ["trunk"] = record.Trunk,
    };
}
