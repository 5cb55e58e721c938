using System.Net;
using FlowBuilder.Telephony.Sip.Messages;
using FlowBuilder.Telephony.Sip.Transactions;
using FlowBuilder.Telephony.Sip.UserAgent;
using FlowBuilder.Telephony.Tests.Fakes;

namespace FlowBuilder.Telephony.Tests.Sip.UserAgent;

/// <summary>Alice and Bob on an in-memory network with one fake clock, and a hand-driven peer address.</summary>
internal sealed class UserAgentHarness
{
    public static readonly IPEndPoint AliceEndPoint = new(IPAddress.Parse("192.0.2.1"), 5060);
    public static readonly IPEndPoint BobEndPoint = new(IPAddress.Parse("192.0.2.2"), 5060);
    public static readonly IPEndPoint PeerEndPoint = new(IPAddress.Parse("198.51.100.7"), 5060);

    public UserAgentHarness(Func<SipUserAgentOptions, SipUserAgentOptions>? alice = null)
    {
        Alice = Create(AliceEndPoint, "alice", 40000, alice);
        Bob = Create(BobEndPoint, "bob", 50000, null);
        Bob.IncomingCall += call => Incoming.Add(call);
        Bob.CallEnded += (call, cause) => BobEnded.Add((call, cause));
        Alice.CallEnded += (call, cause) => AliceEnded.Add((call, cause));
    }

    public FakeTimeProvider Time { get; } = new();

    public InMemorySipNetwork Network { get; } = new();

    public SipUserAgent Alice { get; }

    public SipUserAgent Bob { get; }

    /// <summary>Exceptions thrown by handlers; a passing test leaves this empty.</summary>
    public List<Exception> HandlerFailures { get; } = [];

    public List<SipIncomingCall> Incoming { get; } = [];

    public List<(SipCall Call, SipCallEndCause Cause)> BobEnded { get; } = [];

    public List<(SipCall Call, SipCallEndCause Cause)> AliceEnded { get; } = [];

    public static SipUri BobUri => SipUri.Parse("sip:bob@192.0.2.2");

    public static SipUri PeerUri => SipUri.Parse("sip:carol@198.51.100.7");

    public void Advance(TimeSpan by)
    {
        Time.Advance(by);
        Network.Pump();
    }

    /// <summary>Alice calls Bob, Bob answers; both calls once the ACK arrived.</summary>
    public async Task<(SipCall Alice, SipCall Bob)> ConnectAsync()
    {
        var calling = Alice.CallAsync(BobUri);
        Network.Pump();
        var answered = Incoming.ShouldHaveSingleItem().AnswerAsync();
        var result = await Network.PumpUntil(calling);
        var bob = await Network.PumpUntil(answered);
        result.Outcome.ShouldBe(SipCallOutcome.Answered);
        return (result.Call!, bob.ShouldNotBeNull());
    }

    private SipUserAgent Create(IPEndPoint local, string user, int rtpPort, Func<SipUserAgentOptions, SipUserAgentOptions>? configure)
    {
        var layer = new SipTransactionLayer(Network.CreateTransport(local), Time);
        layer.HandlerFailed += HandlerFailures.Add;
        Network.Attach(layer);
        var options = new SipUserAgentOptions(SipUri.Parse($"sip:{user}@example.com"), local.Address, rtpPort);
        return new SipUserAgent(layer, configure is null ? options : configure(options));
    }
}
