using FlowBuilder.Messaging.Hosting;
using FlowBuilder.Messaging.Sms;
using Microsoft.Extensions.Options;

namespace FlowBuilder.Server.Sms;

internal static class SmsStatusEndpoint
{
    public static SmsStatusView Get(SmsService sms, IOptions<SmsOptions> options) => new(
        sms.Transports.Select(t => new SmsTransportView(t.Name, t.State.ToString().ToLowerInvariant(), (t as ISmsTransportCounters)?.Counters)).ToList(),
        string.IsNullOrWhiteSpace(options.Value.DefaultFrom) ? null : options.Value.DefaultFrom,
        sms.Transports.Count == 0 ? SmsService.NoGatewayError : null);
}
