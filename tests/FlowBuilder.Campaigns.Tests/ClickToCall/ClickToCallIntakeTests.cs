using FlowBuilder.Campaigns.ClickToCall.Dispatch;
using FlowBuilder.Campaigns.ClickToCall.Hosting;
using FlowBuilder.Campaigns.ClickToCall.Intake;
using FlowBuilder.Engine.CallCentre;
using FlowBuilder.Engine.Campaigns;
using FlowBuilder.Engine.ClickToCall;

namespace FlowBuilder.Campaigns.Tests.ClickToCall;

public sealed class ClickToCallIntakeTests
{
    private readonly IntakeRig _rig = new();

    private static void ShouldBeRefused(CallbackIntakeResult result, string code, string? field = null)
    {
        result.Accepted.ShouldBeFalse();
        result.Code.ShouldBe(code, result.Message);
        result.Field.ShouldBe(field);
        result.Message.ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task Submit_ValidRequest_IsStoredWaitingDueNow_WithConsentDirectionDestinationAndReminder()
    {
        var result = await _rig.SubmitAsync(IntakeRig.Submission(phone: "0151 23456789"));

        result.Accepted.ShouldBeTrue(result.Message);
        result.ScheduledFor.ShouldBe(_rig.Clock.GetUtcNow());
        var stored = (await _rig.Requests.GetAsync(ClickToCallCampaigns.Company, result.Request!.Id, CancellationToken.None)).ShouldNotBeNull();
        stored.ClientPhone.ShouldBe("+4915123456789");
        stored.Status.ShouldBe(CallbackRequestStatus.Waiting);
        stored.Attempts.ShouldBe(0);
        stored.NextAttemptAt.ShouldBe(_rig.Clock.GetUtcNow());
        stored.Consent.ShouldBe(new CallbackConsent("Call me back about my order.", _rig.Clock.GetUtcNow(), "203.0.113.7",
            "https://shop.example.com/product/1", "Mozilla/5.0 (test)"));
        stored.Direction.Country.ShouldBe("DE");
        stored.Destination.ShouldBe("Destination 49");
        stored.FirstLeg.ShouldBe(FirstLeg.Client);
        stored.Source.ShouldBe("banner");
        stored.RemindAt.ShouldBe(_rig.Clock.GetUtcNow().AddMinutes(15));
        _rig.Wakes.ShouldBe(1);
        _rig.Events.ShouldHaveSingleItem().Type.ShouldBe(ClickToCallEvents.RequestChanged);
    }

    [Fact]
    public async Task Submit_UnknownOrArchivedCampaign_IsUnknownCampaign()
    {
        ShouldBeRefused(await _rig.SubmitAsync(IntakeRig.Submission(key: "no-such-key")), CallbackRefusals.UnknownCampaign);
        await _rig.ChangeCampaignAsync(c => c with { Status = ClickToCallStatus.Archived });

        ShouldBeRefused(await _rig.SubmitAsync(IntakeRig.Submission()), CallbackRefusals.UnknownCampaign);
        CallbackRefusals.HttpStatus(CallbackRefusals.UnknownCampaign).ShouldBe(404);
    }

    [Fact]
    public async Task Submit_PausedCampaign_IsCampaignPaused()
    {
        await _rig.ChangeCampaignAsync(c => c with { Status = ClickToCallStatus.Paused });

        ShouldBeRefused(await _rig.SubmitAsync(IntakeRig.Submission()), CallbackRefusals.CampaignPaused);
    }

    [Fact]
    public async Task Submit_FromAnOriginTheCampaignDoesNotAllow_IsOriginNotAllowed_AnAllowedOneIsAccepted()
    {
        await _rig.ChangeCampaignAsync(c => c with { AllowedOrigins = ["https://shop.example.com"] });

        ShouldBeRefused(await _rig.SubmitAsync(IntakeRig.Submission(origin: "https://evil.example.net")), CallbackRefusals.OriginNotAllowed);
        (await _rig.SubmitAsync(IntakeRig.Submission(origin: "https://SHOP.example.com/"))).Accepted.ShouldBeTrue();
    }

    [Fact]
    public async Task Submit_WithoutConsent_IsConsentRequired_OnFieldConsent() =>
        ShouldBeRefused(await _rig.SubmitAsync(IntakeRig.Submission(consent: false)), CallbackRefusals.ConsentRequired, "consent");

    [Theory]
    [InlineData("")]
    [InlineData("12")]
    [InlineData("hello")]
    [InlineData("+49 1")]
    public async Task Submit_NotAPhoneNumber_IsInvalidNumber_OnFieldPhone(string phone) =>
        ShouldBeRefused(await _rig.SubmitAsync(IntakeRig.Submission(phone: phone)), CallbackRefusals.InvalidNumber, "phone");

    [Fact]
    public async Task Submit_NumberOnTheDoNotCallListOrBlocked_IsDoNotCall()
    {
        await _rig.DoNotCall.AddAsync(ClickToCallCampaigns.Company, "+4915123456789", "api", CancellationToken.None);
        await _rig.Callers.SaveAsync(new CallerListEntry(ClickToCallCampaigns.Company, "+4915199999999", CallerListKind.Blocked), CancellationToken.None);

        ShouldBeRefused(await _rig.SubmitAsync(IntakeRig.Submission(phone: "+4915123456789")), CallbackRefusals.DoNotCall, "phone");
        ShouldBeRefused(await _rig.SubmitAsync(IntakeRig.Submission(phone: "+4915199999999", address: "203.0.113.8")), CallbackRefusals.DoNotCall, "phone");
    }

    [Fact]
    public async Task Submit_CompanyWithoutTariff_IsNoTariff()
    {
        var rig = new IntakeRig(withTariff: false);

        ShouldBeRefused(await rig.SubmitAsync(IntakeRig.Submission()), CallbackRefusals.NoTariff);
    }

    [Fact]
    public async Task Submit_NoRatesServiceRegistered_IsNoTariff()
    {
        var rig = new IntakeRig(withRates: false);

        ShouldBeRefused(await rig.SubmitAsync(IntakeRig.Submission()), CallbackRefusals.NoTariff);
    }

    [Fact]
    public async Task Submit_DestinationWithoutRate_IsDestinationNotAllowed_NamingNumberAndCountry()
    {
        var result = await _rig.SubmitAsync(IntakeRig.Submission(phone: "+447400123456"));

        ShouldBeRefused(result, CallbackRefusals.DestinationNotAllowed, "phone");
        result.Message.ShouldBe("Calls to +447400123456 (United Kingdom) are not available for this campaign: the company's tariff has no rate for it.");
    }

    [Fact]
    public async Task Submit_SameNumberWhileWaiting_IsDuplicate_WithTheExistingRequest()
    {
        var first = await _rig.SubmitAsync(IntakeRig.Submission());

        var second = await _rig.SubmitAsync(IntakeRig.Submission(phone: "+49 151 2345 6789", address: "198.51.100.1"));

        ShouldBeRefused(second, CallbackRefusals.DuplicateRequest, "phone");
        second.Request!.Id.ShouldBe(first.Request!.Id);
        CallbackRefusals.HttpStatus(CallbackRefusals.DuplicateRequest).ShouldBe(409);
    }

    [Fact]
    public async Task Submit_RefusesAtTheFirstFailingCheck_InTheDocumentedOrder()
    {
        await _rig.DoNotCall.AddAsync(ClickToCallCampaigns.Company, "+447400123456", "api", CancellationToken.None);
        await _rig.ChangeCampaignAsync(c => c with { AllowedOrigins = ["https://shop.example.com"] });

        // do-not-call comes before the tariff check, the number before do-not-call, consent before the number…
        (await _rig.SubmitAsync(IntakeRig.Submission(phone: "+447400123456", address: "a1"))).Code.ShouldBe(CallbackRefusals.DoNotCall);
        (await _rig.SubmitAsync(IntakeRig.Submission(phone: "nonsense", address: "a2"))).Code.ShouldBe(CallbackRefusals.InvalidNumber);
        (await _rig.SubmitAsync(IntakeRig.Submission(phone: "nonsense", consent: false, address: "a3"))).Code.ShouldBe(CallbackRefusals.ConsentRequired);
        (await _rig.SubmitAsync(IntakeRig.Submission(phone: "nonsense", consent: false, origin: "https://evil.test"))).Code.ShouldBe(CallbackRefusals.OriginNotAllowed);
        await _rig.ChangeCampaignAsync(c => c with { Status = ClickToCallStatus.Paused });
        (await _rig.SubmitAsync(IntakeRig.Submission(phone: "nonsense", consent: false, origin: "https://evil.test"))).Code.ShouldBe(CallbackRefusals.CampaignPaused);
    }

    [Fact]
    public async Task Submit_ConsentIsCheckedBeforeTheRateLimit_AndTheRateLimitBeforeTheNumber()
    {
        var rig = new IntakeRig(new ClickToCallOptions { PerAddressLimit = 1 });
        (await rig.SubmitAsync(IntakeRig.Submission(phone: "nonsense"))).Code.ShouldBe(CallbackRefusals.InvalidNumber);

        (await rig.SubmitAsync(IntakeRig.Submission(phone: "nonsense"))).Code.ShouldBe(CallbackRefusals.RateLimited);
        (await rig.SubmitAsync(IntakeRig.Submission(phone: "nonsense", consent: false))).Code.ShouldBe(CallbackRefusals.ConsentRequired);
    }

    [Fact]
    public async Task Submit_MoreThanThreeTimesAnHourForOneNumber_IsRateLimited_UntilTheWindowSlides()
    {
        for (var i = 0; i < 3; i++)
        {
            (await _rig.SubmitAsync(IntakeRig.Submission(address: $"198.51.100.{i}"))).Code.ShouldNotBe(CallbackRefusals.RateLimited);
            _rig.Clock.Advance(TimeSpan.FromMinutes(10));
        }

        var limited = await _rig.SubmitAsync(IntakeRig.Submission(phone: "0151 2345 6789", address: "198.51.100.9"));
        ShouldBeRefused(limited, CallbackRefusals.RateLimited);
        limited.RetryAfter.ShouldBe(TimeSpan.FromMinutes(30), "the first of the three leaves the window 60 minutes after it came");
        CallbackRefusals.HttpStatus(limited.Code!).ShouldBe(429);

        _rig.Clock.Advance(TimeSpan.FromMinutes(20));
        (await _rig.SubmitAsync(IntakeRig.Submission(address: "198.51.100.9"))).RetryAfter.ShouldBe(TimeSpan.FromMinutes(10));
        _rig.Clock.Advance(TimeSpan.FromMinutes(10));
        (await _rig.SubmitAsync(IntakeRig.Submission(address: "198.51.100.9"))).Code.ShouldBe(CallbackRefusals.DuplicateRequest, "the limit let it through");
    }

    [Fact]
    public async Task Submit_MoreThanTenTimesAnHourFromOneAddress_IsRateLimited()
    {
        for (var i = 0; i < 10; i++)
            (await _rig.SubmitAsync(IntakeRig.Submission(phone: $"+1212555{i:0000}"))).Code.ShouldNotBe(CallbackRefusals.RateLimited);

        var limited = await _rig.SubmitAsync(IntakeRig.Submission(phone: "+4915123456789"));

        ShouldBeRefused(limited, CallbackRefusals.RateLimited);
        limited.RetryAfter.ShouldBe(TimeSpan.FromHours(1));
        (await _rig.SubmitAsync(IntakeRig.Submission(phone: "+4915123456789", address: "198.51.100.1"))).Accepted.ShouldBeTrue("another address is not limited");
    }

    [Fact]
    public async Task Submit_OutsideTheCampaignsHours_IsScheduledForTheNextOpening()
    {
        // Monday 09:00 UTC is 10:00 in Berlin; the hours are 14:00–18:00 Berlin, Monday to Friday.
        var hours = new CallingSchedule(null, null, new TimeOnly(14, 0), new TimeOnly(18, 0),
            [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday], "Europe/Berlin");
        await _rig.ChangeCampaignAsync(c => c with { Hours = hours });

        var result = await _rig.SubmitAsync(IntakeRig.Submission());

        result.Accepted.ShouldBeTrue(result.Message);
        var opening = new DateTimeOffset(2026, 1, 5, 13, 0, 0, TimeSpan.Zero);
        result.ScheduledFor.ShouldBe(opening);
        result.Request!.NextAttemptAt.ShouldBe(opening);
        result.Request.RemindAt.ShouldBe(_rig.Clock.GetUtcNow().AddMinutes(15), "the reminder counts from the request");
    }

    [Fact]
    public async Task CallBack_FailedRequest_IsQueuedAgainCompanyFirst_WithTheOperator()
    {
        var accepted = (await _rig.SubmitAsync(IntakeRig.Submission())).Request!;
        await _rig.Requests.ClaimDueAsync(_rig.Clock.GetUtcNow(), 10, "n1", _rig.Clock.GetUtcNow().AddMinutes(2), CancellationToken.None);
        await _rig.Requests.FinishAttemptAsync(new CallbackAttemptOutcome(accepted.Id, 1, CallbackRequestStatus.FailedCallingCompany,
            _rig.Clock.GetUtcNow(), null, "no operator answered", []), CancellationToken.None);
        _rig.Clock.Advance(TimeSpan.FromMinutes(1));

        var queued = await _rig.Intake.CallBackAsync(ClickToCallCampaigns.Company, accepted.Id, " ext:102 ", CancellationToken.None);

        queued.Status.ShouldBe(CallbackRequestStatus.Waiting);
        queued.FirstLeg.ShouldBe(FirstLeg.Company);
        queued.CallbackOperator.ShouldBe("ext:102");
        queued.Source.ShouldBe("callback");
        queued.NextAttemptAt.ShouldBe(_rig.Clock.GetUtcNow());
        queued.Attempts.ShouldBe(1);
        _rig.Wakes.ShouldBe(2);
    }

    [Fact]
    public async Task CallBack_RequestNotFailedOrUnknown_Throws()
    {
        var accepted = (await _rig.SubmitAsync(IntakeRig.Submission())).Request!;

        (await Should.ThrowAsync<InvalidOperationException>(() => _rig.Intake.CallBackAsync(ClickToCallCampaigns.Company, accepted.Id, null, CancellationToken.None).AsTask()))
            .Message.ShouldContain("only failed requests can be called back");
        await Should.ThrowAsync<KeyNotFoundException>(() => _rig.Intake.CallBackAsync(ClickToCallCampaigns.Company, "cb_nope", null, CancellationToken.None).AsTask());
    }
}
