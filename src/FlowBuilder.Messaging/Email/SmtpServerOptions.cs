namespace FlowBuilder.Messaging.Email;

/// <summary>The SMTP server e-mail goes through (<c>FlowBuilder:Email:Smtp</c>).</summary>
public sealed class SmtpServerOptions
{
    /// <summary>Host name or address; null or empty: e-mail is off.</summary>
    public string? Host { get; set; }

    /// <summary>Default 25; usually 587 with <see cref="EnableSsl"/>.</summary>
    public int Port { get; set; } = 25;

    /// <summary>Upgrade the connection with STARTTLS; default false.</summary>
    public bool EnableSsl { get; set; }

    /// <summary>Log in with this user and <see cref="Password"/> when set.</summary>
    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary>How long one message may take, connecting included; default 30 s.</summary>
    public int TimeoutSeconds { get; set; } = 30;
}
