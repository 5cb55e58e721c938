using FlowBuilder.Engine.Calls;
using FlowBuilder.Telephony.Media.Bridging;
using FlowBuilder.Telephony.Sip.Messages;

namespace FlowBuilder.Telephony.Tests.Calls;

public sealed class SipCallControlBridgeTests
{
    private static readonly TimeSpan Step = SipChannelHarness.Step;

    [Fact]
    public async Task Bridge_AliceSpeaks_BobHearsItOnHisOwnStreamUntilBobHangsUp_ThenAliceGetsPromptsAgain()
    {
        await using var c = await BridgedCalls.ConnectAsync();
        var before = await c.Bob.ReceiveRtpAsync(_ => true, Step);

        var bridging = c.Harness.Control.BridgeAsync(c.AliceId, c.BobId, BridgeOptions.Default, CancellationToken.None).AsTask();
        BridgedCalls.Speak(c.Alice, c.AliceCall, 0x55, 5, ssrc: 0xA11CE);
        var relayed = await c.Bob.ReceiveRtpAsync(p => p.Payload.Span[0] == 0x55, Step);

        relayed.Ssrc.ShouldBe(before.Ssrc);
        relayed.Marker.ShouldBeTrue();
        relayed.PayloadType.ShouldBe((byte)0);
        ((ushort)(relayed.SequenceNumber - before.SequenceNumber)).ShouldBeLessThan((ushort)1000);
        (await c.Bob.ReceiveRtpAsync(p => p.Payload.Span[0] == 0x55, Step)).Marker.ShouldBeFalse();
        (await c.Harness.Control.PlayAsync(c.AliceId, Prompt.Say("hi"), false, CancellationToken.None)).Status.ShouldBe(CallOperationStatus.Failed);

        await c.BobCall.HangUpAsync().WaitAsync(Step);
        var result = await bridging.WaitAsync(Step);

        result.ShouldBe(new BridgeResult(BridgeStatus.HungUp, c.BobId, HangUpCause.RemoteHangUp));
        (await c.Cdrs.WaitAsync(c.BobId)).Cause.ShouldBe(HangUpCause.RemoteHangUp);
        c.Harness.Control.ActiveCallIds().ShouldBe([c.AliceId]);
        c.Harness.Control.BridgeCounters(c.AliceId).ShouldNotBeNull().RelayedPackets.ShouldBeGreaterThanOrEqualTo(2);
        (await c.Harness.Control.PlayAsync(c.AliceId, Prompt.Say("the agent left"), false, CancellationToken.None).AsTask().WaitAsync(Step))
            .Status.ShouldBe(CallOperationStatus.Completed);
        await c.Harness.Control.HangUpAsync(c.AliceId, HangUpCause.Normal, CancellationToken.None);
        (await c.Cdrs.WaitAsync(c.AliceId)).Cause.ShouldBe(HangUpCause.Normal);
    }

    [Fact]
    public async Task Bridge_BobFallsSilent_EndsHungUpNamingBobWithMediaTimeoutWhileAliceStaysUp()
    {
        await using var c = await BridgedCalls.ConnectAsync();
        var bridging = c.Harness.Control.BridgeAsync(c.AliceId, c.BobId, BridgeOptions.Default, CancellationToken.None).AsTask();
        c.Harness.Time.Advance(TimeSpan.FromSeconds(20));
        BridgedCalls.Speak(c.Alice, c.AliceCall, 0x44, 2, ssrc: 3);
        await c.Bob.ReceiveRtpAsync(p => p.Payload.Span[0] == 0x44, Step);

        c.Harness.Time.Advance(TimeSpan.FromSeconds(11));

        (await bridging.WaitAsync(Step)).ShouldBe(new BridgeResult(BridgeStatus.HungUp, c.BobId, HangUpCause.MediaTimeout));
        (await c.Cdrs.WaitAsync(c.BobId)).Cause.ShouldBe(HangUpCause.MediaTimeout);
        c.Harness.Control.ActiveCallIds().ShouldBe([c.AliceId]);
        (await c.Bob.Ended.Task.WaitAsync(Step)).ShouldBe(global::FlowBuilder.Telephony.Sip.UserAgent.SipCallEndCause.RemoteHangUp);
    }

    [Fact]
    public async Task Bridge_PcmuToPcma_IsTranscodedThroughTheTable()
    {
        await using var c = await BridgedCalls.ConnectAsync(bobSpeaksPcma: true);
        c.BobCall.Audio!.Codec.EncodingName.ShouldBe("PCMA");
        var bridging = c.Harness.Control.BridgeAsync(c.AliceId, c.BobId, BridgeOptions.Default, CancellationToken.None).AsTask();

        BridgedCalls.Speak(c.Alice, c.AliceCall, 0x21, 3, ssrc: 7);
        var atBob = await c.Bob.ReceiveRtpAsync(p => p.Payload.Span[0] == G711Transcoding.MuLawToALaw[0x21], Step);
        BridgedCalls.Speak(c.Bob, c.BobCall, 0x33, 3, ssrc: 8, payloadType: 8);
        var atAlice = await c.Alice.ReceiveRtpAsync(p => p.Payload.Span[0] == G711Transcoding.ALawToMuLaw[0x33], Step);

        atBob.PayloadType.ShouldBe((byte)8);
        atAlice.PayloadType.ShouldBe((byte)0);
        bridging.IsCompleted.ShouldBeFalse();
    }

    [Fact]
    public async Task Unbridge_AlicesStream_ContinuesRightAfterTheRelayedPacketsWithTheMarker()
    {
        await using var c = await BridgedCalls.ConnectAsync();
        var paced = await c.Alice.ReceiveRtpAsync(_ => true, Step);
        using var cancel = new CancellationTokenSource();
        var bridging = c.Harness.Control.BridgeAsync(c.AliceId, c.BobId, BridgeOptions.Default, cancel.Token).AsTask();
        BridgedCalls.Speak(c.Bob, c.BobCall, 0x66, 3, ssrc: 5);
        var relayed = new List<global::FlowBuilder.Telephony.Rtp.RtpPacket>();
        for (var i = 0; i < 3; i++) relayed.Add(await c.Alice.ReceiveRtpAsync(p => p.Payload.Span[0] == 0x66, Step));

        await cancel.CancelAsync();
        (await bridging.WaitAsync(Step)).ShouldBe(BridgeResult.Unbridged);
        var resumed = await c.Alice.ReceiveRtpAsync(_ => true, Step);

        relayed.ShouldAllBe(p => p.Ssrc == paced.Ssrc);
        relayed.Select(p => p.SequenceNumber).ShouldBe([relayed[0].SequenceNumber, (ushort)(relayed[0].SequenceNumber + 1), (ushort)(relayed[0].SequenceNumber + 2)]);
        relayed.Select(p => p.Marker).ShouldBe([true, false, false]);
        (resumed.Ssrc, resumed.SequenceNumber, resumed.Marker).ShouldBe((paced.Ssrc, (ushort)(relayed[2].SequenceNumber + 1), true));
        (resumed.Timestamp - relayed[2].Timestamp).ShouldBeLessThan(uint.MaxValue / 2, "the timestamp moves forward");
    }

    [Fact]
    public async Task Bridge_Cancelled_IsUnbridgedWithBothCallsUp()
    {
        await using var c = await BridgedCalls.ConnectAsync();
        using var cancel = new CancellationTokenSource();
        var bridging = c.Harness.Control.BridgeAsync(c.AliceId, c.BobId, BridgeOptions.Default, cancel.Token).AsTask();

        await cancel.CancelAsync();

        (await bridging.WaitAsync(Step)).ShouldBe(BridgeResult.Unbridged);
        c.Harness.Control.ActiveCallIds().Order().ShouldBe(new[] { c.AliceId, c.BobId }.Order());
        var again = c.Harness.Control.BridgeAsync(c.AliceId, c.BobId, BridgeOptions.Default, CancellationToken.None).AsTask();
        await c.AliceCall.HangUpAsync().WaitAsync(Step);
        (await again.WaitAsync(Step)).EndedCallId.ShouldBe(c.AliceId);
    }

    [Fact]
    public async Task Bridge_SameUnknownOrAlreadyBridgedCalls_FailWithAClearError()
    {
        await using var c = await BridgedCalls.ConnectAsync();
        var control = c.Harness.Control;

        (await control.BridgeAsync(c.AliceId, c.AliceId, BridgeOptions.Default, CancellationToken.None)).Error.ShouldNotBeNull().ShouldContain("itself");
        (await control.BridgeAsync(c.AliceId, "sip-nobody", BridgeOptions.Default, CancellationToken.None)).Error.ShouldNotBeNull().ShouldContain("sip-nobody");
        _ = control.BridgeAsync(c.AliceId, c.BobId, BridgeOptions.Default, CancellationToken.None);
        var twice = await control.BridgeAsync(c.BobId, c.AliceId, BridgeOptions.Default, CancellationToken.None);

        twice.Status.ShouldBe(BridgeStatus.Failed);
        twice.Error.ShouldNotBeNull().ShouldContain("already bridged");
    }

    [Fact]
    public async Task Refer_DuringBridgeAllowed_EndsTheBridgeWithTransferRequested()
    {
        await using var c = await BridgedCalls.ConnectAsync();
        var options = new BridgeOptions { CheckTransfer = (_, target, _) => ValueTask.FromResult(target == "2001" ? null : "Only 2001") };
        var bridging = c.Harness.Control.BridgeAsync(c.AliceId, c.BobId, options, CancellationToken.None).AsTask();

        (await c.BobCall.ReferAsync(SipUri.Parse("sip:0900@127.0.0.1")).WaitAsync(Step)).ShouldBe(403);
        (await c.BobCall.ReferAsync(SipUri.Parse("sip:2001@127.0.0.1")).WaitAsync(Step)).ShouldBe(202);

        var result = await bridging.WaitAsync(Step);
        result.ShouldBe(new BridgeResult(BridgeStatus.TransferRequested, c.BobId, TransferTarget: "2001"));
        c.Harness.Control.ActiveCalls.ShouldBe(2);
    }

    [Fact]
    public async Task Refer_OutsideABridge_IsRefused403()
    {
        await using var c = await BridgedCalls.ConnectAsync();

        (await c.BobCall.ReferAsync(SipUri.Parse("sip:2001@127.0.0.1")).WaitAsync(Step)).ShouldBe(403);
    }

    [Fact]
    public async Task Transfer_PartyAcceptsAndReachesTarget_IsTransferredAndOurLegEnds()
    {
        await using var c = await BridgedCalls.ConnectAsync();
        c.Alice.Agent.ReferReceived += refer => _ = Task.Run(async () =>
        {
            refer.Target.User.ShouldBe("2001");
            refer.Target.Host.ShouldBe("127.0.0.1");
            await refer.AcceptAsync();
            await refer.NotifyAsync(200, "OK");
        });

        var result = await c.Harness.Control.TransferAsync(c.AliceId, "2001", CancellationToken.None).AsTask().WaitAsync(Step);

        result.ShouldBe(new TransferResult(TransferStatus.Transferred, 200));
        (await c.Cdrs.WaitAsync(c.AliceId)).Cause.ShouldBe(HangUpCause.Normal);
        (await c.Alice.Ended.Task.WaitAsync(Step)).ShouldBe(global::FlowBuilder.Telephony.Sip.UserAgent.SipCallEndCause.RemoteHangUp);
    }

    [Fact]
    public async Task Transfer_PartyRefusesOrTargetBusy_IsRefusedWithTheStatusAndTheCallStaysUp()
    {
        await using var c = await BridgedCalls.ConnectAsync();
        c.Alice.Agent.ReferReceived += refer => refer.Refuse(405, "Method Not Allowed");
        c.Bob.Agent.ReferReceived += refer => _ = Task.Run(async () =>
        {
            await refer.AcceptAsync();
            await refer.NotifyAsync(486, "Busy Here");
        });

        (await c.Harness.Control.TransferAsync(c.AliceId, "sip:2001@127.0.0.1", CancellationToken.None).AsTask().WaitAsync(Step)).Status.ShouldBe(TransferStatus.Refused);
        var busy = await c.Harness.Control.TransferAsync(c.BobId, "2001", CancellationToken.None).AsTask().WaitAsync(Step);

        busy.ShouldBe(new TransferResult(TransferStatus.Refused, 486, busy.Error));
        c.Harness.Control.ActiveCalls.ShouldBe(2);
    }

    [Fact]
    public async Task Transfer_NoFinalNotify_IsRefusedAfterTheTimeoutOnTheClock()
    {
        await using var c = await BridgedCalls.ConnectAsync();
        var accepted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        c.Alice.Agent.ReferReceived += refer => _ = Task.Run(async () =>
        {
            await refer.AcceptAsync();
            accepted.TrySetResult();
        });

        var transferring = c.Harness.Control.TransferAsync(c.AliceId, "2001", CancellationToken.None).AsTask();
        await accepted.Task.WaitAsync(Step);
        c.Harness.Time.Advance(TimeSpan.FromSeconds(6));

        var result = await transferring.WaitAsync(Step);
        result.Status.ShouldBe(TransferStatus.Refused);
        result.Error.ShouldNotBeNull().ShouldContain("5 s");
    }

    [Fact]
    public async Task Recording_BothWhileBridged_LeftHasWhatAliceSaysRightWhatSheHears()
    {
        await using var c = await BridgedCalls.ConnectAsync();
        var control = c.Harness.Control;
        var bridging = control.BridgeAsync(c.AliceId, c.BobId, BridgeOptions.Default, CancellationToken.None).AsTask();
        var started = await control.StartRecordingAsync(c.AliceId, new RecordingRequest(RecordingLegs.Both), CancellationToken.None);
        started.Status.ShouldBe(CallOperationStatus.Completed);

        BridgedCalls.Speak(c.Alice, c.AliceCall, 0x10, 5, ssrc: 1);
        BridgedCalls.Speak(c.Bob, c.BobCall, 0x90, 5, ssrc: 2);
        await c.Alice.ReceiveRtpAsync(p => p.Payload.Span[0] == 0x90, Step);
        await c.Bob.ReceiveRtpAsync(p => p.Payload.Span[0] == 0x10, Step);
        var recording = (await control.StopRecordingAsync(started.RecordingId!, CancellationToken.None)).ShouldNotBeNull();

        recording.OtherCallId.ShouldBe(c.BobId);
        recording.FilePath.ShouldEndWith(started.RecordingId + ".wav");
        (await control.Recordings.FindAsync(recording.Id, CancellationToken.None)).ShouldBe(recording);
        var samples = Wav(recording.FilePath, out var channels);
        channels.ShouldBe(2);
        samples.Where((_, i) => i % 2 == 0).ShouldContain(s => s != 0);
        samples.Where((_, i) => i % 2 == 1).ShouldContain(s => s != 0);
        (await control.StopRecordingAsync(recording.Id, CancellationToken.None)).ShouldBe(recording);
        bridging.IsCompleted.ShouldBeFalse();
        File.Delete(recording.FilePath);
    }

    [Fact]
    public async Task Recording_CallEnds_StopsAndStoresIt()
    {
        await using var c = await BridgedCalls.ConnectAsync();
        var control = c.Harness.Control;
        var started = await control.StartRecordingAsync(c.BobId, new RecordingRequest(RecordingLegs.Caller, Owner: new CallOwner("acme", "ivr", "i-9")), CancellationToken.None);
        (await control.StartRecordingAsync(c.BobId, new RecordingRequest(RecordingLegs.Caller), CancellationToken.None)).Error.ShouldNotBeNull().ShouldContain("already");

        await c.BobCall.HangUpAsync().WaitAsync(Step);
        await c.Cdrs.WaitAsync(c.BobId);

        var stored = (await control.Recordings.FindAsync(started.RecordingId!, CancellationToken.None)).ShouldNotBeNull();
        (stored.CallId, stored.Legs, stored.InstanceId).ShouldBe((c.BobId, RecordingLegs.Caller, "i-9"));
        new FileInfo(stored.FilePath).Length.ShouldBe(stored.Bytes);
        File.Delete(stored.FilePath);
    }

    [Fact]
    public async Task Recording_MaxDuration_StopsOnTheClock()
    {
        await using var c = await BridgedCalls.ConnectAsync();
        var control = c.Harness.Control;
        var started = await control.StartRecordingAsync(c.AliceId, new RecordingRequest(RecordingLegs.Caller, TimeSpan.FromSeconds(5)), CancellationToken.None);

        c.Harness.Time.Advance(TimeSpan.FromSeconds(5));

        var stored = await WaitForAsync(() => control.Recordings.FindAsync(started.RecordingId!, CancellationToken.None).AsTask());
        stored.Duration.ShouldBe(TimeSpan.FromSeconds(5));
        File.Delete(stored.FilePath);
    }

    private static async Task<CallRecording> WaitForAsync(Func<Task<CallRecording?>> find)
    {
        using var deadline = new CancellationTokenSource(Step);
        while (true)
        {
            if (await find() is { } found) return found;
            await Task.Yield();
            deadline.Token.ThrowIfCancellationRequested();
        }
    }

    private static short[] Wav(string path, out int channels)
    {
        var bytes = File.ReadAllBytes(path);
        channels = BitConverter.ToInt16(bytes, 22);
        var samples = new short[(bytes.Length - 44) / 2];
        Buffer.BlockCopy(bytes, 44, samples, 0, samples.Length * 2);
        return samples;
    }
}
