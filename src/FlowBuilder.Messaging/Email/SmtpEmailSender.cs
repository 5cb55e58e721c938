using System.Net;
using System.Net.Mail;
using System.Net.Mime;
using FlowBuilder.Engine.Email;
using Microsoft.Extensions.Options;

namespace FlowBuilder.Messaging.Email;

/// <summary>
/// Sends plain-text e-mail through the SMTP server of <see cref="EmailOptions.Smtp"/> (System.Net.Mail, one connection per
/// message). Subject and body are UTF-8; a refusal, an unreachable server or a timeout becomes an
/// <see cref="EmailNotSentException"/> naming the server (host:port) and its reply.
/// </summary>
public sealed class SmtpEmailSender(IOptions<EmailOptions> options, TimeProvider timeProvider) : IEmailSender
{
    private readonly EmailOptions _options = options.Value;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(_options.Smtp.Host);

    public async ValueTask SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var smtp = _options.Smtp;
        if (!IsConfigured)
        {
            throw new EmailNotSentException("No mail server is configured: set FlowBuilder:Email:Smtp:Host (and Port) to send e-mail.");
        }

        var server = $"{smtp.Host}:{smtp.Port}";
        using var mail = Compose(message);
        using var client = new SmtpClient(smtp.Host, smtp.Port)
        {
            EnableSsl = smtp.EnableSsl,
            DeliveryMethod = SmtpDeliveryMethod.Network,
            Timeout = checked(Math.Max(1, smtp.TimeoutSeconds) * 1000),
        };
        if (!string.IsNullOrEmpty(smtp.UserName)) client.Credentials = new NetworkCredential(smtp.UserName, smtp.Password);

        var timeout = TimeSpan.FromSeconds(Math.Max(1, smtp.TimeoutSeconds));
        using var deadline = new CancellationTokenSource(timeout, timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        try
        {
            await client.SendMailAsync(mail, linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new EmailNotSentException($"The mail server {server} did not take the message within {timeout.TotalSeconds:0} s " +
                "(FlowBuilder:Email:Smtp:TimeoutSeconds); check the host and port.");
        }
        catch (SmtpException exception)
        {
            throw new EmailNotSentException(
                $"The mail server {server} did not accept the message to {string.Join(", ", message.To)}: {Reply(exception)}", exception);
        }
    }

    private MailMessage Compose(EmailMessage message)
    {
        if (message.To.Count == 0) throw new EmailNotSentException("The message has no recipient: give at least one address in To.");
        var mail = new MailMessage
        {
            From = Address(message.From ?? _options.From, "From (FlowBuilder:Email:From)"),
            Subject = message.Subject,
            SubjectEncoding = System.Text.Encoding.UTF8,
            HeadersEncoding = System.Text.Encoding.UTF8,
            Body = message.Body,
            BodyEncoding = System.Text.Encoding.UTF8,
            BodyTransferEncoding = TransferEncoding.QuotedPrintable,
            IsBodyHtml = false,
        };
        try
        {
            foreach (var to in message.To) mail.To.Add(Address(to, "To"));
            return mail;
        }
        catch
        {
            mail.Dispose();
            throw;
        }
    }

    private static MailAddress Address(string address, string field)
    {
        try
        {
            return new MailAddress(address);
        }
        catch (Exception exception) when (exception is FormatException or ArgumentException)
        {
            throw new EmailNotSentException($"{field}: '{address}' is not an e-mail address (name@example.com).");
        }
    }

    /// <summary>The server's reply (status and text) or, when it never answered, why the connection failed.</summary>
    private static string Reply(SmtpException exception)
    {
        var inner = exception.InnerException is { } cause ? $" ({cause.GetBaseException().Message})" : "";
        return exception.StatusCode == SmtpStatusCode.GeneralFailure
            ? $"the server could not be reached: {exception.Message}{inner}"
            : $"{(int)exception.StatusCode} {exception.StatusCode}: {exception.Message}{inner}";
    }
}
