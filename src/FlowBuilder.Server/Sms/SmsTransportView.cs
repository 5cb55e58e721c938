using System.Text.Json.Serialization;
using FlowBuilder.Messaging.Hosting;

namespace FlowBuilder.Server.Sms;

/// <summary>One transport on GET /api/sms/status; <see cref="Counters"/> are totals since the server started, for
/// transports that keep them (both built-in ones do).</summary>
internal sealed record SmsTransportView(
    string Name,
    string State,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] SmsTransportCounters? Counters);
