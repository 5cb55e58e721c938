namespace FlowBuilder.Engine.Email;

/// <summary>Sends e-mail (SMTP in FlowBuilder.Messaging, <c>FlowBuilder:Email:Smtp</c>). Throws
/// <see cref="EmailNotSentException"/> with the server's reply when the message was not accepted.</summary>
public interface IEmailSender
{
    /// <summary>False when no mail server is configured (nothing was sent); true when the server accepted the message.</summary>
    bool IsConfigured { get; }

    ValueTask SendAsync(EmailMessage message, CancellationToken cancellationToken);
}
