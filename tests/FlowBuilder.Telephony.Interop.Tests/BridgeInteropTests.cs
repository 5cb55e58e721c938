using System.Globalization;
using FlowBuilder.Engine.Calls;
using FlowBuilder.Telephony.Media.Audio;
using Xunit.Abstractions;

namespace FlowBuilder.Telephony.Interop.Tests;

/// <summary>
/// Bridging, blind transfer and recording against real peers on loopback: SIPp calls us offering only PCMA and plays the
/// A-law pcap that ships with sip-tester; baresip (PCMU only) calls us and sends a 1 kHz tone while recording what it hears.
/// </summary>
[Collection(SippCollection.Name)]
public sealed class BridgeInteropTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Step = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task SippPcmaBridgedToBaresipPcmu_AudioFlowsBothWaysTranscoded_AndTheRecordingHasBothSides()
    {
        await using var us = await AnsweringChannel.StartAsync();
        await using var baresip = await BaresipProcess.StartAsync(Step);
        await using var sipp = SippProcess.Start("-sf", SippProcess.Scenario("uac-pcma-audio.xml"), $"127.0.0.1:{Text(us.Port)}", "-s", "100", "-m", "1", "-timeout", "60s");
        var sippLeg = await us.AnsweredFromAsync("sipp", Step);
        await baresip.Control.CommandAsync("dial", us.Uri("100"), Step);
        var baresipLeg = await us.AnsweredFromAsync("bob", Step);
        var started = await us.Control.StartRecordingAsync(sippLeg.Id, new RecordingRequest(RecordingLegs.Both), CancellationToken.None);
        started.Status.ShouldBe(CallOperationStatus.Completed, started.Error);

        var bridging = us.Control.BridgeAsync(sippLeg.Id, baresipLeg.Id, BridgeOptions.Default, CancellationToken.None).AsTask();
        await Eventually.HoldsAsync(() => us.Control.BridgeCounters(sippLeg.Id)?.RelayedPackets > 100 && us.Control.BridgeCounters(baresipLeg.Id)?.RelayedPackets > 100,
            () => sipp.Diagnostics() + baresip.Diagnostics(), Step);
        var recording = (await us.Control.StopRecordingAsync(started.RecordingId!, CancellationToken.None)).ShouldNotBeNull();
        var fromSipp = us.Control.BridgeCounters(sippLeg.Id)!.Value;
        var fromBaresip = us.Control.BridgeCounters(baresipLeg.Id)!.Value;
        output.WriteLine($"relayed SIPp→baresip {fromSipp.RelayedPackets} (mean {fromSipp.MeanLatency.TotalMicroseconds:F1} µs, max {fromSipp.MaxLatency.TotalMicroseconds:F1} µs), "
            + $"baresip→SIPp {fromBaresip.RelayedPackets} (mean {fromBaresip.MeanLatency.TotalMicroseconds:F1} µs, max {fromBaresip.MaxLatency.TotalMicroseconds:F1} µs)");

        await us.Control.HangUpAsync(sippLeg.Id, HangUpCause.Normal, CancellationToken.None);
        var result = await bridging.WaitAsync(Step);
        (await sipp.WaitForExitAsync(Step)).ShouldBe(0, sipp.Diagnostics());
        await baresip.Control.CommandAsync("hangup", null, Step);
        await baresip.Control.WaitForEventAsync("CALL_CLOSED", Step);

        result.ShouldBe(new BridgeResult(BridgeStatus.HungUp, sippLeg.Id, HangUpCause.Normal));
        var (left, right) = AudioLevels.StereoLoudness(recording.FilePath);
        output.WriteLine($"our recording of the SIPp leg: {recording.Duration.TotalSeconds:F2} s, RMS left (SIPp says) {left:F0}, right (SIPp hears) {right:F0}");
        left.ShouldBeGreaterThan(300, "SIPp's A-law pcap is in the left channel");
        right.ShouldBeGreaterThan(300, "baresip's tone, relayed to SIPp, is in the right channel");
        var heard = baresip.Recordings().Where(path => path.EndsWith("-dec.wav", StringComparison.Ordinal)).ShouldHaveSingleItem(baresip.Diagnostics());
        var loudness = AudioLevels.Loudness(WavReader.Read(heard));
        output.WriteLine($"baresip heard RMS {loudness:F0}");
        loudness.ShouldBeGreaterThan(300, "baresip heard SIPp's audio, re-encoded from PCMA to PCMU");
        (await us.CdrAsync(sippLeg.Id, Step)).Disposition.ShouldBe(CallDisposition.Answered);
        (await us.CdrAsync(baresipLeg.Id, Step)).Cause.ShouldBe(HangUpCause.RemoteHangUp);
    }

    [Fact]
    public async Task SippDisappearsMidBridge_BridgeEndsHungUpNamingTheSippLeg_BaresipStaysUp_BothCdrsWritten()
    {
        await using var us = await AnsweringChannel.StartAsync(o => o.MediaTimeoutSeconds = 2);
        await using var baresip = await BaresipProcess.StartAsync(Step);
        var sipp = SippProcess.Start("-sf", SippProcess.Scenario("uac-pcma-audio.xml"), $"127.0.0.1:{Text(us.Port)}", "-s", "100", "-m", "1", "-timeout", "60s");
        var sippLeg = await us.AnsweredFromAsync("sipp", Step);
        await baresip.Control.CommandAsync("dial", us.Uri("100"), Step);
        var baresipLeg = await us.AnsweredFromAsync("bob", Step);
        var bridging = us.Control.BridgeAsync(sippLeg.Id, baresipLeg.Id, BridgeOptions.Default, CancellationToken.None).AsTask();
        await Eventually.HoldsAsync(() => us.Control.BridgeCounters(sippLeg.Id)?.RelayedPackets > 20, sipp.Diagnostics, Step);

        await sipp.DisposeAsync();
        var result = await bridging.WaitAsync(Step);

        result.Status.ShouldBe(BridgeStatus.HungUp);
        result.EndedCallId.ShouldBe(sippLeg.Id);
        result.Cause.ShouldBeOneOf(HangUpCause.MediaTimeout, HangUpCause.RemoteHangUp);
        (await us.CdrAsync(sippLeg.Id, Step)).Cause.ShouldBe(result.Cause!.Value);
        us.Control.ActiveCallIds().ShouldBe([baresipLeg.Id]);
        us.HasCdr(baresipLeg.Id).ShouldBeFalse();
        (await us.Control.PlayAsync(baresipLeg.Id, Prompt.Say("The other party left."), false, CancellationToken.None).AsTask().WaitAsync(Step))
            .Status.ShouldBe(CallOperationStatus.Completed);
        await us.Control.HangUpAsync(baresipLeg.Id, HangUpCause.Normal, CancellationToken.None);
        (await us.CdrAsync(baresipLeg.Id, Step)).Cause.ShouldBe(HangUpCause.Normal);
    }

    [Fact]
    public async Task BaresipTransfersDuringTheBridge_BridgeEndsWithTransferRequestedAndTheTarget()
    {
        await using var us = await AnsweringChannel.StartAsync();
        await using var baresip = await BaresipProcess.StartAsync(Step);
        await using var sipp = SippProcess.Start("-sf", SippProcess.Scenario("uac-pcma-audio.xml"), $"127.0.0.1:{Text(us.Port)}", "-s", "100", "-m", "1", "-timeout", "60s");
        var sippLeg = await us.AnsweredFromAsync("sipp", Step);
        await baresip.Control.CommandAsync("dial", us.Uri("100"), Step);
        var baresipLeg = await us.AnsweredFromAsync("bob", Step);
        var checkedTargets = new List<string>();
        var options = new BridgeOptions
        {
            CheckTransfer = (caller, target, _) =>
            {
                lock (checkedTargets) checkedTargets.Add($"{caller}>{target}");
                return ValueTask.FromResult<string?>(null);
            },
        };
        var bridging = us.Control.BridgeAsync(sippLeg.Id, baresipLeg.Id, options, CancellationToken.None).AsTask();

        await baresip.Control.CommandAsync("transfer", us.Uri("2001"), Step);
        var result = await bridging.WaitAsync(Step);

        result.ShouldBe(new BridgeResult(BridgeStatus.TransferRequested, baresipLeg.Id, TransferTarget: "2001"), baresip.Diagnostics());
        checkedTargets.ShouldBe([$"{baresipLeg.Id}>2001"]);
        us.Control.ActiveCallIds().ShouldContain(sippLeg.Id);
        await us.Control.HangUpAsync(sippLeg.Id, HangUpCause.Normal, CancellationToken.None);
        (await sipp.WaitForExitAsync(Step)).ShouldBe(0, sipp.Diagnostics());
    }

    [Fact]
    public async Task TransferTowardsBaresip_ItCallsTheTargetBack_Transferred()
    {
        await using var us = await AnsweringChannel.StartAsync();
        await using var baresip = await BaresipProcess.StartAsync(Step);
        await baresip.Control.CommandAsync("dial", us.Uri("100"), Step);
        var baresipLeg = await us.AnsweredFromAsync("bob", Step);

        var result = await us.Control.TransferAsync(baresipLeg.Id, "2001", CancellationToken.None).AsTask().WaitAsync(Step);

        result.Status.ShouldBe(TransferStatus.Transferred, $"{result.Error} {baresip.Diagnostics()}");
        (await us.AnsweredFromAsync("2001", Step)).From.ShouldBe("bob");
        (await us.CdrAsync(baresipLeg.Id, Step)).Cause.ShouldBe(HangUpCause.Normal);
    }

    [Fact]
    public async Task TransferTowardsSippWithoutRefer_Refused501_CallStaysUp()
    {
        await using var us = await AnsweringChannel.StartAsync();
        await using var sipp = SippProcess.Start("-sf", SippProcess.Scenario("uac-refer-501.xml"), $"127.0.0.1:{Text(us.Port)}", "-s", "100", "-m", "1", "-timeout", "30s");
        var sippLeg = await us.AnsweredFromAsync("sipp", Step);

        var result = await us.Control.TransferAsync(sippLeg.Id, "2001", CancellationToken.None).AsTask().WaitAsync(Step);

        result.Status.ShouldBe(TransferStatus.Refused, sipp.Diagnostics());
        result.StatusCode.ShouldBe(501);
        us.Control.ActiveCallIds().ShouldBe([sippLeg.Id]);
        await us.Control.HangUpAsync(sippLeg.Id, HangUpCause.Normal, CancellationToken.None);
        (await sipp.WaitForExitAsync(Step)).ShouldBe(0, sipp.Diagnostics());
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
