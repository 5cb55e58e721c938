using FlowBuilder.Engine.Campaigns;
using FlowBuilder.Engine.Campaigns.Operators;

namespace FlowBuilder.Campaigns.Tests.Operators;

public sealed class OperatorDeskTests : IAsyncLifetime
{
    private readonly OperatorRig _rig = new(CampaignMode.Progressive);

    public Task InitializeAsync() => Task.CompletedTask;
    public async Task DisposeAsync() => await _rig.DisposeAsync();

    [Fact]
    public async Task Login_OperatorOfTheCampaign_IsReadyAndCountedReady()
    {
        var view = await _rig.LoginAsync("101");

        view.State.ShouldBe(OperatorState.Ready);
        view.Registered.ShouldBeTrue();
        view.DispositionCodes.ShouldContain("do-not-call");
        _rig.Pool.Ready(OperatorRig.CampaignId).ShouldBe(1);
        _rig.Operators.List(OperatorRig.CampaignId).Select(o => o.Extension).ShouldBe(["101"]);
    }

    [Fact]
    public async Task Login_WakesTheDialer_SoACampaignStartedBeforeItsOperatorsSignIn_DialsAtOnce()
    {
        var woken = new List<string>();
        _rig.Pool.OperatorReady += woken.Add;

        await _rig.LoginAsync("101");

        woken.ShouldBe([OperatorRig.CampaignId]);
    }

    [Fact]
    public async Task Login_ExtensionNotAnOperatorOfTheCampaign_IsInvalidNamingIt()
    {
        var result = await _rig.Operators.LoginAsync(OperatorRig.Company, OperatorRig.CampaignId, "555", CancellationToken.None);

        result.Problem.ShouldBe("invalid");
        result.Error.ShouldBe("Extension 555 is not an operator of campaign 'Spring sale': add it to the campaign's operators.");
        _rig.Operators.Get("555").ShouldBeNull();
    }

    [Fact]
    public async Task Login_UnknownCampaign_IsNotFound()
    {
        var result = await _rig.Operators.LoginAsync(OperatorRig.Company, "no-such", "101", CancellationToken.None);

        result.Problem.ShouldBe("not-found");
        result.Error.ShouldBe("No campaign 'no-such'.");
    }

    [Fact]
    public async Task Login_WhileLoggedInToAnotherCampaign_IsConflict()
    {
        await _rig.Store.AddAsync(_rig.Campaign with { Id = "autumn", Name = "Autumn" }, CancellationToken.None);
        await _rig.LoginAsync("101");

        var result = await _rig.Operators.LoginAsync(OperatorRig.Company, "autumn", "101", CancellationToken.None);

        result.Problem.ShouldBe("conflict");
        result.Error!.ShouldContain("logged in to campaign 'spring-sale'");
    }

    [Fact]
    public async Task PauseThenReady_TakesTheOperatorOutOfThePoolAndBack_AndReadyWakesTheDialer()
    {
        await _rig.LoginAsync("101");
        var woken = new List<string>();
        _rig.Pool.OperatorReady += woken.Add;

        (await _rig.Operators.PauseAsync("101", CancellationToken.None)).View!.State.ShouldBe(OperatorState.Paused);
        _rig.Pool.Ready(OperatorRig.CampaignId).ShouldBe(0);
        _rig.Pool.TryReserve(OperatorRig.CampaignId, "a1").ShouldBeNull();

        (await _rig.Operators.ReadyAsync("101", CancellationToken.None)).View!.State.ShouldBe(OperatorState.Ready);
        _rig.Pool.Ready(OperatorRig.CampaignId).ShouldBe(1);
        woken.ShouldBe([OperatorRig.CampaignId]);
    }

    [Fact]
    public async Task UnregisteredExtension_IsNotCountedReady_NorReserved()
    {
        _rig.Presence.Unregister("101");
        var view = await _rig.LoginAsync("101");

        view.State.ShouldBe(OperatorState.Ready);
        view.Registered.ShouldBeFalse();
        _rig.Pool.Ready(OperatorRig.CampaignId).ShouldBe(0);
        _rig.Pool.TryReserve(OperatorRig.CampaignId, "a1").ShouldBeNull();
    }

    [Fact]
    public async Task TryReserve_TakesTheOperatorReadyLongest_AndReleaseMakesThemReadyAgain()
    {
        await _rig.LoginAsync("102");
        _rig.Clock.Advance(TimeSpan.FromSeconds(5));
        await _rig.LoginAsync("101");

        _rig.Pool.TryReserve(OperatorRig.CampaignId, "a1").ShouldBe("102");

        _rig.Operators.Get("102")!.State.ShouldBe(OperatorState.Reserved);
        _rig.Operators.Get("102")!.AttemptId.ShouldBe("a1");
        _rig.Pool.Ready(OperatorRig.CampaignId).ShouldBe(1);
        _rig.Pool.Busy(OperatorRig.CampaignId).ShouldBe(1);
        _rig.Pool.Release(OperatorRig.CampaignId, "a1");
        _rig.Operators.Get("102")!.State.ShouldBe(OperatorState.Ready);
        _rig.Operators.Get("102")!.AttemptId.ShouldBeNull();
        _rig.Pool.Busy(OperatorRig.CampaignId).ShouldBe(0);
    }

    [Fact]
    public async Task Logout_WhileReservedForACall_IsConflict_AndAfterTheCallSucceeds()
    {
        await _rig.LoginAsync("101");
        _rig.Pool.TryReserve(OperatorRig.CampaignId, "a1");

        var refused = await _rig.Operators.LogoutAsync("101", CancellationToken.None);
        refused.Problem.ShouldBe("conflict");
        refused.Error.ShouldBe("Extension 101 is on a call (attempt a1): log out when it has ended.");

        _rig.Pool.Release(OperatorRig.CampaignId, "a1");
        var done = await _rig.Operators.LogoutAsync("101", CancellationToken.None);
        done.View!.State.ShouldBe(OperatorState.LoggedOut);
        _rig.Operators.Get("101").ShouldBeNull();
    }

    [Fact]
    public async Task SubmitDisposition_CodeNotOfTheCampaign_IsInvalidListingTheAllowedCodes()
    {
        await _rig.LoginAsync("101");

        var result = await _rig.Operators.SubmitDispositionAsync("101", "a1", "maybe", null, CancellationToken.None);

        result.Problem.ShouldBe("invalid");
        result.Error.ShouldBe("Disposition code 'maybe' is not one of campaign 'Spring sale': choose one of interested, call-back, not-interested, wrong-number, do-not-call.");
    }

    [Fact]
    public async Task Commands_OfAnOperatorNotLoggedIn_AreNotFound()
    {
        var result = await _rig.Operators.ReadyAsync("101", CancellationToken.None);

        result.Problem.ShouldBe("not-found");
        result.Error.ShouldBe("Extension 101 is not logged in to a campaign: log in on the operator page first.");
    }
}
