using FlowBuilder.Engine.Calls;
using FlowBuilder.Engine.ClickToCall;
using Microsoft.Extensions.DependencyInjection;

namespace FlowBuilder.Server.Tests.ClickToCall;

/// <summary>Puts requests straight into the store with one finished attempt (its two legs and their CDRs), as the dispatcher would.</summary>
internal static class CallbackRequestSeed
{
    public static async Task<CallbackRequest> FinishedAsync(ClickToCallApiFactory factory, string campaignId, CallbackRequestStatus status,
        string? phone = null, decimal? price = null)
    {
        var store = factory.Services.GetRequiredService<ICallbackRequestStore>();
        var records = factory.Services.GetRequiredService<ICallRecordStore>();
        var now = factory.Clock.GetUtcNow();
        var id = $"cb_{Guid.NewGuid():N}"[..27];
        var client = phone ?? ClickToCallSteps.NewPhone();
        var request = new CallbackRequest(id, "default", campaignId, client, CallbackRequestStatus.Calling, 1, now.AddMinutes(-5), now.AddMinutes(-5),
            new CallbackConsent("I agree.", now.AddMinutes(-5), "203.0.113.5", "https://shop.example.com/", "Mozilla/5.0"),
            new PhoneDirection("DE", "Germany", null, "Telekom", true)) { Destination = "Germany", UpdatedAt = now.AddMinutes(-5) };
        await store.AddAsync(request, CancellationToken.None);
        var answered = status == CallbackRequestStatus.Completed;
        var clientCall = $"call-{id}-client";
        var companyCall = $"call-{id}-company";
        var started = now.AddMinutes(-4);
        var legs = new List<CallbackLeg>
        {
            new(id, 1, CallbackLegSide.Client, clientCall, client, status == CallbackRequestStatus.FailedCallingClient ? "busy" : "answered", started)
            {
                AnsweredAt = status == CallbackRequestStatus.FailedCallingClient ? null : started.AddSeconds(5), EndedAt = now.AddMinutes(-1),
                SipStatus = status == CallbackRequestStatus.FailedCallingClient ? 486 : 200,
            },
        };
        await records.AddAsync(new CallDetailRecord(clientCall, "sip", CallDirection.Outbound, "+4930999", client, started,
            legs[0].AnsweredAt, now.AddMinutes(-1), legs[0].AnsweredAt is null ? CallDisposition.Busy : CallDisposition.Answered,
            legs[0].AnsweredAt is null ? HangUpCause.Busy : HangUpCause.Normal, legs[0].SipStatus, "default"), CancellationToken.None);
        if (status != CallbackRequestStatus.FailedCallingClient)
        {
            legs.Add(new(id, 1, CallbackLegSide.Company, companyCall, "+4930123456", answered ? "answered" : "no-answer", started.AddSeconds(6))
            {
                AnsweredAt = answered ? started.AddSeconds(10) : null, EndedAt = now.AddMinutes(-1), SipStatus = answered ? 200 : 408, AnsweredBy = answered ? "+4930123456" : null,
            });
        }
        await store.FinishAttemptAsync(new CallbackAttemptOutcome(id, 1, status, now.AddMinutes(-1), null, answered ? null : "busy", legs)
        {
            TalkSeconds = answered ? 170 : 0,
            Price = answered ? price ?? 0.5m : null,
            Currency = answered ? "EUR" : null,
        }, CancellationToken.None);
        return (await store.GetAsync("default", id, CancellationToken.None))!;
    }
}
