using System.Net;
using System.Net.Sockets;
using FlowBuilder.Engine.Email;
using FlowBuilder.Messaging.Email;
using FlowBuilder.Messaging.Hosting;
using FlowBuilder.Testing.Email;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FlowBuilder.Messaging.Tests.Email;

public sealed class SmtpEmailSenderTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    private static SmtpEmailSender Sender(int port, TimeProvider? clock = null, string? host = "127.0.0.1") => new(
        Options.Create(new EmailOptions { Smtp = new SmtpServerOptions { Host = host, Port = port }, From = "flowbuilder@localhost" }),
        clock ?? TimeProvider.System);

    [Fact]
    public async Task Message_ArrivesAtTheServer_WithRecipientsSubjectAndBody()
    {
        await using var sink = await SmtpSink.StartAsync();
        var sender = Sender(sink.Port);

        await sender.SendAsync(new EmailMessage(
            ["sales@acme.test", "boss@acme.test"],
            "Rückruf wartet: +49 151 2345678 (Frühjahrsaktion)",
            "Der Kunde wartet seit 20 Minuten.\nGrüße, FlowBuilder"), None);

        var message = (await sink.MessagesAsync(1)).ShouldHaveSingleItem();
        message.MailFrom.ShouldBe("flowbuilder@localhost");
        message.RcptTo.ShouldBe(["sales@acme.test", "boss@acme.test"]);
        message.Header("To").ShouldContain("sales@acme.test");
        message.Header("To").ShouldContain("boss@acme.test");
        message.Header("Subject").ShouldBe("Rückruf wartet: +49 151 2345678 (Frühjahrsaktion)");
        message.ContentType.CharSet.ShouldBe("utf-8");
        message.Body.ShouldBe("Der Kunde wartet seit 20 Minuten.\nGrüße, FlowBuilder");
    }

    [Fact]
    public async Task MessageWithItsOwnSender_IsSentFromIt()
    {
        await using var sink = await SmtpSink.StartAsync();

        await Sender(sink.Port).SendAsync(new EmailMessage(["ops@acme.test"], "Hello", "Plain ASCII body", From: "alerts@acme.test"), None);

        var message = (await sink.MessagesAsync(1)).ShouldHaveSingleItem();
        message.MailFrom.ShouldBe("alerts@acme.test");
        message.Header("From").ShouldContain("alerts@acme.test");
        message.Body.ShouldBe("Plain ASCII body");
    }

    [Fact]
    public async Task RefusedRecipient_ThrowsNamingTheServerAndItsReply()
    {
        await using var sink = await SmtpSink.StartAsync("-f", "RCPT", "-B", "550 5.1.1 Recipient address rejected: User unknown");

        var error = await Should.ThrowAsync<EmailNotSentException>(async () =>
            await Sender(sink.Port).SendAsync(new EmailMessage(["nobody@acme.test"], "Hi", "Body"), None));

        error.Message.ShouldContain($"127.0.0.1:{sink.Port}");
        error.Message.ShouldContain("nobody@acme.test");
        error.Message.ShouldContain("Recipient address rejected: User unknown");
    }

    [Fact]
    public async Task ClosedPort_ThrowsSayingTheServerCouldNotBeReached()
    {
        var port = SmtpSink.FreePort();

        var error = await Should.ThrowAsync<EmailNotSentException>(async () =>
            await Sender(port).SendAsync(new EmailMessage(["ops@acme.test"], "Hi", "Body"), None));

        error.Message.ShouldContain($"127.0.0.1:{port}");
        error.Message.ShouldContain("could not be reached");
    }

    [Fact]
    public async Task ServerThatNeverAnswers_TimesOutAfterTheConfiguredSeconds()
    {
        using var silent = new TcpListener(IPAddress.Loopback, 0);
        silent.Start();
        var port = ((IPEndPoint)silent.LocalEndpoint).Port;
        var clock = new FakeTimeProvider();

        var sending = Sender(port, clock).SendAsync(new EmailMessage(["ops@acme.test"], "Hi", "Body"), None).AsTask();
        using var connection = await silent.AcceptTcpClientAsync().WaitAsync(TimeSpan.FromSeconds(10));
        sending.IsCompleted.ShouldBeFalse();
        clock.Advance(TimeSpan.FromSeconds(30));

        var error = await Should.ThrowAsync<EmailNotSentException>(() => sending.WaitAsync(TimeSpan.FromSeconds(10)));
        error.Message.ShouldContain($"127.0.0.1:{port} did not take the message within 30 s");
    }

    [Fact]
    public async Task NoHost_IsNotConfigured_AndSendingSaysWhatToSet()
    {
        var sender = Sender(25, host: null);

        sender.IsConfigured.ShouldBeFalse();
        var error = await Should.ThrowAsync<EmailNotSentException>(async () =>
            await sender.SendAsync(new EmailMessage(["ops@acme.test"], "Hi", "Body"), None));
        error.Message.ShouldContain("FlowBuilder:Email:Smtp:Host");
    }

    [Theory]
    [InlineData("not an address", "To: 'not an address' is not an e-mail address")]
    [InlineData("", "To: '' is not an e-mail address")]
    public async Task BadRecipient_IsNamed(string to, string message)
    {
        var error = await Should.ThrowAsync<EmailNotSentException>(async () =>
            await Sender(SmtpSink.FreePort()).SendAsync(new EmailMessage([to], "Hi", "Body"), None));

        error.Message.ShouldContain(message);
    }

    [Fact]
    public void AddFlowBuilderEmail_BindsTheSmtpSection()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["FlowBuilder:Email:Smtp:Host"] = "mail.acme.test",
            ["FlowBuilder:Email:Smtp:Port"] = "587",
            ["FlowBuilder:Email:Smtp:EnableSsl"] = "true",
            ["FlowBuilder:Email:From"] = "noreply@acme.test",
        }).Build();
        using var provider = new ServiceCollection().AddFlowBuilderEmail(configuration).BuildServiceProvider();

        provider.GetRequiredService<IEmailSender>().IsConfigured.ShouldBeTrue();
        var options = provider.GetRequiredService<IOptions<EmailOptions>>().Value;
        (options.Smtp.Host, options.Smtp.Port, options.Smtp.EnableSsl, options.Smtp.TimeoutSeconds, options.From)
            .ShouldBe(("mail.acme.test", 587, true, 30, "noreply@acme.test"));
    }

    [Fact]
    public void AddFlowBuilderEmail_WithoutConfiguration_IsNotConfigured()
    {
        using var provider = new ServiceCollection().AddFlowBuilderEmail(new ConfigurationBuilder().Build()).BuildServiceProvider();

        provider.GetRequiredService<IEmailSender>().IsConfigured.ShouldBeFalse();
        provider.GetRequiredService<IOptions<EmailOptions>>().Value.From.ShouldBe("flowbuilder@localhost");
    }
}
