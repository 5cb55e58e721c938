namespace FlowBuilder.Messaging.Email;

/// <summary>Outgoing e-mail (<c>FlowBuilder:Email</c>): the SMTP server in <see cref="Smtp"/> and the default sender.</summary>
public sealed class EmailOptions
{
    public const string SectionName = "FlowBuilder:Email";

    /// <summary>The mail server (<c>FlowBuilder:Email:Smtp</c>); no <see cref="SmtpServerOptions.Host"/>: no e-mail is sent.</summary>
    public SmtpServerOptions Smtp { get; set; } = new();

    /// <summary>The sender of messages that name none; default <c>flowbuilder@localhost</c>.</summary>
    public string From { get; set; } = "flowbuilder@localhost";
}
