using System.Threading.Channels;
using FlowBuilder.Engine.Email;

namespace FlowBuilder.Campaigns.Tests.ClickToCall.Reports;

/// <summary>Keeps the e-mails it is given; refuses them while <see cref="Refuse"/> is set.</summary>
internal sealed class FakeEmailSender : IEmailSender
{
    private readonly Channel<EmailMessage> _sent = Channel.CreateUnbounded<EmailMessage>();
    private readonly List<EmailMessage> _messages = [];
    private readonly Lock _gate = new();

    public bool IsConfigured { get; set; } = true;

    public bool Refuse { get; set; }

    public int Attempts { get; private set; }

    /// <summary>Runs inside <see cref="SendAsync"/> before the message counts as sent (another node polling meanwhile).</summary>
    public Func<EmailMessage, Task>? WhileSending { get; set; }

    public IReadOnlyList<EmailMessage> Messages
    {
        get
        {
            lock (_gate) return _messages.ToList();
        }
    }

    public async ValueTask SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        if (WhileSending is { } whileSending)
        {
            WhileSending = null;
            await whileSending(message);
        }
        lock (_gate)
        {
            Attempts++;
            if (Refuse) throw new EmailNotSentException("127.0.0.1:25 answered 451 4.3.0 try again later");
            _messages.Add(message);
        }
        _sent.Writer.TryWrite(message);
    }

    public async Task<EmailMessage> NextAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        return await _sent.Reader.ReadAsync(cancel.Token);
    }
}
