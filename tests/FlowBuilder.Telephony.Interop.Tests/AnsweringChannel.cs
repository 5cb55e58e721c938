using System.Collections.Concurrent;
using System.Globalization;
using FlowBuilder.Engine.Calls;
using FlowBuilder.Telephony.Calls;
using FlowBuilder.Telephony.Hosting;
using FlowBuilder.Telephony.Media.Prompts;
using FlowBuilder.Telephony.Media.Tts;

namespace FlowBuilder.Telephony.Interop.Tests;

/// <summary>
/// Our SIP channel on UDP 127.0.0.1 whose "flow" answers every call to any number and hands its id out by the caller's
/// user (<c>bob</c> for baresip, <c>sipp</c> for SIPp); CDRs are waitable by call id. RTP 32200-32399, recordings in a temp folder.
/// </summary>
internal sealed class AnsweringChannel : IAsyncDisposable, IInboundCallRouter
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource<CallInfo>> _answered = new();
    private readonly ConcurrentDictionary<string, TaskCompletionSource<CallDetailRecord>> _cdrs = new();
    private readonly EspeakTextToSpeech _espeak = new();

    private AnsweringChannel(Action<SipOptions>? configure)
    {
        RecordingsFolder = Directory.CreateTempSubdirectory("fb-recordings-").FullName;
        var options = new SipOptions
        {
            Enabled = true,
            Listen = ["udp:127.0.0.1:0"],
            MediaAddress = "127.0.0.1",
            RtpPortRange = new RtpPortRangeOptions { First = 32200, Last = 32399 },
            RecordingsFolder = RecordingsFolder,
        };
        configure?.Invoke(options);
        var cache = new PromptCache(8 << 20);
        Control = new SipCallControl(options, new InMemoryCallRecordStore(), new CallPromptRenderer(new TtsPromptSource(_espeak, cache), cache, null, "en-us"));
        Control.CallRecorded += record => Cdr(record.CallId).TrySetResult(record);
        Service = new SipCallService(Control, this);
    }

    public SipCallControl Control { get; }

    public SipCallService Service { get; }

    public string RecordingsFolder { get; }

    public int Port => Service.LocalEndPoints[0].Port;

    public string Uri(string number) => $"sip:{number}@127.0.0.1:{Port.ToString(CultureInfo.InvariantCulture)}";

    public static async Task<AnsweringChannel> StartAsync(Action<SipOptions>? configure = null)
    {
        var channel = new AnsweringChannel(configure);
        await channel.Service.StartAsync(CancellationToken.None);
        return channel;
    }

    /// <summary>The next answered call from <paramref name="callerUser"/> (answered calls from one caller are handed out once each).</summary>
    public Task<CallInfo> AnsweredFromAsync(string callerUser, TimeSpan timeout) => Answered(callerUser).Task.WaitAsync(timeout);

    public Task<CallDetailRecord> CdrAsync(string callId, TimeSpan timeout) => Cdr(callId).Task.WaitAsync(timeout);

    public bool HasCdr(string callId) => Cdr(callId).Task.IsCompleted;

    public ValueTask<InboundCallRoute?> FindAsync(string dialledNumber, CancellationToken cancellationToken) =>
        ValueTask.FromResult<InboundCallRoute?>(new InboundCallRoute("acme", "bridge"));

    public ValueTask<string> StartAsync(InboundCallRoute route, ICallControl channel, CallInfo call, CancellationToken cancellationToken)
    {
        channel.Attach(call.Id, new CallOwner(route.CompanyId, route.FlowId, "bridge-1"));
        _ = Task.Run(async () =>
        {
            if ((await channel.AnswerAsync(call.Id, CancellationToken.None)).Status == CallOperationStatus.Completed)
            {
                var key = call.From;
                if (call.To == "2001") key = "2001";
                Answered(key).TrySetResult(channel.Find(call.Id) ?? call);
            }
        }, CancellationToken.None);
        return ValueTask.FromResult("bridge-1");
    }

    /// <summary>Forgets the answered call of <paramref name="callerUser"/> so the next one can be awaited.</summary>
    public void Forget(string callerUser) => _answered.TryRemove(callerUser, out _);

    public async ValueTask DisposeAsync()
    {
        await Service.DisposeAsync();
        await Control.DisposeAsync();
        _espeak.Dispose();
        Directory.Delete(RecordingsFolder, recursive: true);
    }

    private TaskCompletionSource<CallInfo> Answered(string user) => _answered.GetOrAdd(user, _ => new(TaskCreationOptions.RunContinuationsAsynchronously));

    private TaskCompletionSource<CallDetailRecord> Cdr(string callId) => _cdrs.GetOrAdd(callId, _ => new(TaskCreationOptions.RunContinuationsAsynchronously));
}
