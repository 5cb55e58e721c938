using System.Threading.Channels;
using FlowBuilder.Engine.Calls;
using FlowBuilder.Telephony.Rtp;
using FlowBuilder.Telephony.Sdp;
using FlowBuilder.Telephony.Sip.UserAgent;

namespace FlowBuilder.Telephony.Tests.Calls;

/// <summary>Two phones (alice: the harness's phone, bob: PCMA-only when asked) that called our channel and were answered.</summary>
internal sealed class BridgedCalls : IAsyncDisposable
{
    private static readonly TimeSpan Step = SipChannelHarness.Step;

    private BridgedCalls(SipChannelHarness harness, TestPhone bob)
    {
        Harness = harness;
        Bob = bob;
    }

    public SipChannelHarness Harness { get; }

    public TestPhone Alice => Harness.Phone;

    public TestPhone Bob { get; }

    public SipCall AliceCall { get; private set; } = null!;

    public SipCall BobCall { get; private set; } = null!;

    public string AliceId { get; private set; } = "";

    public string BobId { get; private set; } = "";

    public SipCallControlCdrs Cdrs { get; } = new();

    public static async Task<BridgedCalls> ConnectAsync(bool bobSpeaksPcma = false)
    {
        var harness = await SipChannelHarness.StartAsync(o =>
        {
            o.RecordingsFolder = Path.Combine(Path.GetTempPath(), "fb-rec-tests");
            o.TransferTimeoutSeconds = 5;
        });
        var bob = new TestPhone("bob", harness.Time, bobSpeaksPcma ? new SdpNegotiatorOptions { CodecPreference = ["PCMA"] } : null);
        var calls = new BridgedCalls(harness, bob);
        harness.Control.CallRecorded += calls.Cdrs.Add;
        var answered = Channel.CreateUnbounded<string>();
        harness.Router.Script = async (control, call) =>
        {
            (await control.AnswerAsync(call.Id, CancellationToken.None)).Status.ShouldBe(CallOperationStatus.Completed);
            await answered.Writer.WriteAsync(call.Id);
        };
        calls.AliceCall = (await calls.Alice.Agent.CallAsync(harness.Number("100")).WaitAsync(Step)).Call.ShouldNotBeNull();
        calls.AliceId = await answered.Reader.ReadAsync().AsTask().WaitAsync(Step);
        calls.BobCall = (await bob.Agent.CallAsync(harness.Number("100")).WaitAsync(Step)).Call.ShouldNotBeNull();
        calls.BobId = await answered.Reader.ReadAsync().AsTask().WaitAsync(Step);
        return calls;
    }

    /// <summary>Sends <paramref name="count"/> 20 ms frames of <paramref name="code"/> from a phone to our side of its call.</summary>
    public static void Speak(TestPhone phone, SipCall call, byte code, int count, uint ssrc, byte payloadType = 0)
    {
        var remote = call.Audio.ShouldNotBeNull().RemoteRtp.ShouldNotBeNull();
        for (var i = 0; i < count; i++)
        {
            phone.SendRtp(new RtpPacket
            {
                PayloadType = payloadType, SequenceNumber = (ushort)(1000 + i), Timestamp = 160u * (uint)i, Ssrc = ssrc, Marker = i == 0,
                Payload = Enumerable.Repeat(code, 160).ToArray(),
            }, remote);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Harness.DisposeAsync();
        await Bob.DisposeAsync();
    }
}
