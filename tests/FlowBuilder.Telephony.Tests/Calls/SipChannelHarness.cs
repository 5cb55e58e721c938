using System.Globalization;
using FlowBuilder.Engine.Calls;
using FlowBuilder.Telephony.Calls;
using FlowBuilder.Telephony.Hosting;
using FlowBuilder.Telephony.Media.Prompts;
using FlowBuilder.Telephony.Media.Tts;
using FlowBuilder.Telephony.Sip.Messages;
using FlowBuilder.Telephony.Sip.Registrar;
using FlowBuilder.Telephony.Tests.Fakes;
using FlowBuilder.Telephony.Tests.Media.Tts;

namespace FlowBuilder.Telephony.Tests.Calls;

/// <summary>
/// Our SIP channel (SipCallControl + SipCallService on UDP 127.0.0.1, a free port) and a <see cref="TestPhone"/>, sharing one
/// fake clock for SIP, answer, media and digit timeouts; RTP pacing runs on the real clock. The phone is also trunk "phone".
/// </summary>
internal sealed class SipChannelHarness : IAsyncDisposable
{
    public static readonly TimeSpan Step = TimeSpan.FromSeconds(10);

    private SipChannelHarness(SipOptions options, string? ttsFailure, CallCentreSetup? callCentre)
    {
        Phone = new TestPhone("alice", Time);
        options.Trunks.Add(new SipTrunkOptions { Name = "phone", Host = "127.0.0.1", Port = Phone.Port, CallerId = "4420" });
        Speech = new CountingTextToSpeech(ttsFailure);
        var cache = new PromptCache(1 << 20);
        Control = new SipCallControl(options, Records, new CallPromptRenderer(new TtsPromptSource(Speech, cache), cache, null, "en-us"), time: Time)
        {
            Registrar = callCentre is null ? null : new SipRegistrar(callCentre.Extensions, options, Time),
        };
        Control.CallRecorded += record =>
        {
            Recorded.TrySetResult(record);
            lock (AllRecords) AllRecords.Add(record);
        };
        Service = new SipCallService(Control, Router, Time, null, callCentre?.Extensions, callCentre?.Groups, callCentre?.Handler);
    }

    public FakeTimeProvider Time { get; } = new();

    public InMemoryCallRecordStore Records { get; } = new();

    /// <summary>Every CDR written, in order.</summary>
    public List<CallDetailRecord> AllRecords { get; } = [];

    public TaskCompletionSource<CallDetailRecord> Recorded { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public ScriptedRouter Router { get; } = new("100");

    public CountingTextToSpeech Speech { get; }

    public SipCallControl Control { get; }

    public SipCallService Service { get; }

    public TestPhone Phone { get; }

    /// <summary>Our SIP address for the phone to call: <c>sip:{number}@127.0.0.1:port</c>.</summary>
    public SipUri Number(string number) =>
        SipUri.Parse($"sip:{number}@127.0.0.1:{Service.LocalEndPoints[0].Port.ToString(CultureInfo.InvariantCulture)}");

    public static async Task<SipChannelHarness> StartAsync(Action<SipOptions>? configure = null, string? ttsFailure = null, CallCentreSetup? callCentre = null)
    {
        var options = new SipOptions
        {
            Enabled = true,
            Listen = ["udp:127.0.0.1:0"],
            MediaAddress = "127.0.0.1",
            RtpPortRange = new RtpPortRangeOptions { First = 30000, Last = 30999 },
        };
        configure?.Invoke(options);
        var harness = new SipChannelHarness(options, ttsFailure, callCentre);
        await harness.Service.StartAsync(CancellationToken.None);
        return harness;
    }

    /// <summary>The registrar's address (our listener) for phones to REGISTER at.</summary>
    public SipUri RegistrarUri => SipUri.Parse($"sip:127.0.0.1:{Service.LocalEndPoints[0].Port.ToString(CultureInfo.InvariantCulture)}");

    public async ValueTask DisposeAsync()
    {
        await Service.DisposeAsync();
        await Control.DisposeAsync();
        await Phone.DisposeAsync();
    }
}
