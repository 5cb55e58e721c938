using FlowBuilder.Campaigns.Dialing;
using FlowBuilder.Engine.Campaigns;
using Microsoft.Extensions.DependencyInjection;

namespace FlowBuilder.Campaigns.Tests.Dialing;

/// <summary>Preview: the dialer places no call by itself; the desk claims a card for an operator and the call is placed when they
/// press Call, with that operator reserved for it.</summary>
public sealed class PreviewDialingTests
{
    [Fact]
    public async Task Preview_DialsOnlyTheClaimedCard_ForItsOperator_AndSkipsDoNotCallNumbersWhenClaiming()
    {
        await using var dialer = new DialerHarness();
        dialer.Contacts.AddGroup(DialerHarness.Group);
        dialer.Contacts.AddContacts(DialerHarness.Group, "+15557000001", "+15557000002", "+15557000003");
        await dialer.DoNotCall.AddAsync(DialerHarness.Company, "+15557000001", "api", CancellationToken.None);
        await dialer.StartAsync();
        await dialer.AddCampaignAsync("pv", CampaignMode.Preview);
        await dialer.StartCampaignAsync("pv");
        await dialer.IdleAsync("pv");
        (await dialer.CountsAsync("pv")).Attempts.ShouldBe(0);

        var preview = dialer.Services.GetRequiredService<IPreviewDialing>();
        var card = (await preview.ClaimForPreviewAsync("pv", "101", CancellationToken.None)).ShouldNotBeNull();
        card.Phone.ShouldBe("+15557000002");
        card.Operator.ShouldBe("101");
        (await dialer.EntryAsync("pv", "+15557000001")).Reason.ShouldBe("do-not-call");

        var attempt = (await preview.DialClaimedAsync("pv", card, "101", CancellationToken.None)).ShouldNotBeNull();
        await dialer.IdleAsync("pv");

        var finished = (await dialer.AttemptsAsync("pv", card.ContactId)).ShouldHaveSingleItem();
        (finished.Id, finished.Disposition, finished.Operator).ShouldBe((attempt.Id, AttemptDisposition.Answered, "101"));
        (await dialer.EntryAsync("pv", "+15557000003")).State.ShouldBe(CampaignContactState.Waiting);
        (await dialer.CountsAsync("pv")).Attempts.ShouldBe(1);
    }
}
