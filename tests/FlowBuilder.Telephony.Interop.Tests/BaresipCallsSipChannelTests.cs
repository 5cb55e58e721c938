using System.Globalization;
using FlowBuilder.Engine.Calls;
using FlowBuilder.Telephony.Calls;
using FlowBuilder.Telephony.Hosting;
using FlowBuilder.Telephony.Media.Audio;
using FlowBuilder.Telephony.Media.Prompts;
using FlowBuilder.Telephony.Media.Tts;

namespace FlowBuilder.Telephony.Interop.Tests;

/// <summary>
/// The real baresip softphone calls our SIP channel (<see cref="SipCallControl"/> behind <see cref="SipCallService"/>, UDP on
/// 127.0.0.1) with a one-number router whose "flow" answers, speaks with espeak-ng, reads a digit and hangs up.
/// Our RTP range (32000-32199) is kept clear of baresip's (20320-20360).
/// </summary>
[Collection(SippCollection.Name)]
public sealed class BaresipCallsSipChannelTests
{
    private static readonly TimeSpan Step = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task BaresipCallsUs_FlowSpeaksAndReadsItsDigit_AudioBothWaysAndAnsweredCdr()
    {
        var records = new InMemoryCallRecordStore();
        var cache = new PromptCache(8 << 20);
        using var espeak = new EspeakTextToSpeech();
        var options = new SipOptions
        {
            Enabled = true,
            Listen = ["udp:127.0.0.1:0"],
            MediaAddress = "127.0.0.1",
            RtpPortRange = new RtpPortRangeOptions { First = 32000, Last = 32199 },
        };
        await using var control = new SipCallControl(options, records, new CallPromptRenderer(new TtsPromptSource(espeak, cache), cache, null, "en-us"));
        var recorded = new TaskCompletionSource<CallDetailRecord>(TaskCreationOptions.RunContinuationsAsynchronously);
        control.CallRecorded += record => recorded.TrySetResult(record);
        var router = new OneNumberRouter("100");
        var spoken = new TaskCompletionSource<CallOperationResult>(TaskCreationOptions.RunContinuationsAsynchronously);
        var heard = new TaskCompletionSource<(DigitReadResult Digit, SipCallMediaCounters? Media)>(TaskCreationOptions.RunContinuationsAsynchronously);
        router.Script = async (calls, call) =>
        {
            await calls.AnswerAsync(call.Id, CancellationToken.None);
            spoken.SetResult(await calls.PlayAsync(call.Id, Prompt.Say("Welcome to FlowBuilder. Press one."), stopOnDigit: false, CancellationToken.None));
            var digit = await calls.ReadDigitAsync(call.Id, TimeSpan.FromSeconds(10), CancellationToken.None);
            heard.SetResult((digit, control.MediaCounters(call.Id)));
            await calls.HangUpAsync(call.Id, HangUpCause.Normal, CancellationToken.None);
        };
        await using var service = new SipCallService(control, router);
        await service.StartAsync(CancellationToken.None);
        await using var baresip = await BaresipProcess.StartAsync(Step);

        await baresip.Control.CommandAsync("dial", $"sip:100@127.0.0.1:{service.LocalEndPoints[0].Port.ToString(CultureInfo.InvariantCulture)}", Step);
        await baresip.Control.WaitForEventAsync("CALL_ESTABLISHED", Step);
        (await spoken.Task.WaitAsync(Step)).Status.ShouldBe(CallOperationStatus.Completed, baresip.Diagnostics());
        await baresip.Control.CommandAsync("sndcode", "1", Step);

        var (digit, media) = await heard.Task.WaitAsync(Step);
        digit.Digit.ShouldBe('1', baresip.Diagnostics());
        var counters = media.ShouldNotBeNull();
        counters.PacketsReceived.ShouldBeGreaterThan(50, "we heard baresip's microphone tone");
        counters.PacketsSent.ShouldBeGreaterThan(50);
        await baresip.Control.WaitForEventAsync("CALL_CLOSED", Step);
        var cdr = await recorded.Task.WaitAsync(Step);
        (cdr.Direction, cdr.Disposition, cdr.Cause, cdr.To, cdr.FlowId).ShouldBe((CallDirection.Inbound, CallDisposition.Answered, HangUpCause.Normal, "100", "ivr"));
        var decoded = baresip.Recordings().Where(path => path.EndsWith("-dec.wav", StringComparison.Ordinal)).ShouldHaveSingleItem(baresip.Diagnostics());
        AudioLevels.Loudness(WavReader.Read(decoded)).ShouldBeGreaterThan(300, "baresip heard our speech");
    }

    /// <summary>Root mean square of the samples.</summary>

    private sealed class OneNumberRouter(string number) : IInboundCallRouter
    {
        public Func<ICallControl, CallInfo, Task> Script { get; set; } = (_, _) => Task.CompletedTask;

        public ValueTask<InboundCallRoute?> FindAsync(string dialledNumber, CancellationToken cancellationToken) =>
            ValueTask.FromResult(dialledNumber == number ? new InboundCallRoute("acme", "ivr") : null);

        public ValueTask<string> StartAsync(InboundCallRoute route, ICallControl channel, CallInfo call, CancellationToken cancellationToken)
        {
            channel.Attach(call.Id, new CallOwner(route.CompanyId, route.FlowId, "ivr-1"));
            _ = Task.Run(() => Script(channel, call), CancellationToken.None);
            return ValueTask.FromResult("ivr-1");
        }
    }
}
