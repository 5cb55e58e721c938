using System.Globalization;
using System.Net;
using FlowBuilder.Engine.CallCentre;
using FlowBuilder.Telephony.Hosting;
using FlowBuilder.Telephony.Sip.Auth;
using FlowBuilder.Telephony.Sip.Messages;
using FlowBuilder.Telephony.Sip.Registrar;
using FlowBuilder.Telephony.Sip.Transactions;
using FlowBuilder.Telephony.Tests.Fakes;

namespace FlowBuilder.Telephony.Tests.Sip.Registrar;

/// <summary>A <see cref="SipRegistrar"/> behind a transaction layer over an in-memory transport, on a fake clock, with
/// extensions 101 (secret "s3cret"), 102 and disabled 199.</summary>
internal sealed class RegistrarHarness : IDisposable
{
    public static readonly IPEndPoint Phone = new(IPAddress.Parse("198.51.100.7"), 5060);
    private readonly List<Task> _handled = [];
    private int _branch;

    public RegistrarHarness(Action<SipOptions>? configure = null)
    {
        var options = new SipOptions();
        configure?.Invoke(options);
        Store.Add(new Extension("acme", "101", "Alice", "s3cret"))
            .Add(new Extension("acme", "102", "Bob", "pa55"))
            .Add(new Extension("acme", "199", "Gone", "old") { Enabled = false });
        Layer = new SipTransactionLayer(Transport, Time);
        Registrar = new SipRegistrar(Store, options, Time);
        Registrar.RegistrationsChanged += number => Changes.Add(number);
        Layer.RequestReceived += t =>
        {
            lock (_handled) _handled.Add(Registrar.HandleAsync(t));
        };
    }

    public FakeTimeProvider Time { get; } = new();

    public InMemorySipTransport Transport { get; } = new();

    public SipTransactionLayer Layer { get; }

    public InMemoryExtensionStore Store { get; } = new();

    public SipRegistrar Registrar { get; }

    public List<string> Changes { get; } = [];

    /// <summary>Sends one REGISTER for <paramref name="user"/> and returns the response it got.</summary>
    public async Task<SipResponse> SendAsync(SipRequest request, IPEndPoint? from = null)
    {
        Transport.ClearSent();
        Layer.Process(TestMessages.Received(request, from ?? Phone));
        Task[] pending;
        lock (_handled) pending = [.. _handled];
        await Task.WhenAll(pending);
        return Transport.Sent.Select(s => s.Message).OfType<SipResponse>().Last();
    }

    public SipRequest Request(string user, IEnumerable<string> contacts, int? expires = null, string callId = "reg-1", long cseq = 1, IPEndPoint? from = null)
    {
        var source = from ?? Phone;
        var request = new SipRequest(SipMethods.Register, SipUri.Parse("sip:flowbuilder"));
        request.Headers.Add("Via", $"SIP/2.0/UDP {source};branch=z9hG4bK-r{Interlocked.Increment(ref _branch).ToString(CultureInfo.InvariantCulture)}");
        request.Headers.Add("Max-Forwards", "70");
        request.Headers.Add("From", $"<sip:{user}@flowbuilder>;tag=f1");
        request.Headers.Add("To", $"<sip:{user}@flowbuilder>");
        request.Headers.Add("Call-ID", callId);
        request.CSeq = new SipCSeq(cseq, SipMethods.Register);
        foreach (var contact in contacts) request.Headers.Add("Contact", contact);
        if (expires is { } seconds) request.Headers.Add("Expires", seconds.ToString(CultureInfo.InvariantCulture));
        return request;
    }

    /// <summary>REGISTER, take the 401, answer it with <paramref name="password"/> (CSeq + 1) and return the final response.</summary>
    public async Task<SipResponse> RegisterAsync(
        string user, string password, IEnumerable<string> contacts, int? expires = null, string callId = "reg-1", long cseq = 1, IPEndPoint? from = null)
    {
        var challenge = await SendAsync(Request(user, contacts, expires, callId, cseq, from), from);
        challenge.StatusCode.ShouldBe(401);
        var retry = Request(user, contacts, expires, callId, cseq + 1, from);
        new DigestClient(user, password).TryAuthorize(retry, challenge).ShouldBeTrue();
        return await SendAsync(retry, from);
    }

    public void Dispose() => Registrar.Dispose();
}
