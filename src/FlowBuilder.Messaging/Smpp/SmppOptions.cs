namespace FlowBuilder.Messaging.Smpp;

/// <summary>The SMPP 3.4 bind (section <c>FlowBuilder:Sms:Smpp</c>). Times are in seconds.</summary>
public sealed class SmppOptions
{
    public const string Section = "FlowBuilder:Sms:Smpp";

    /// <summary>The SMSC's host name or address; the SMPP transport is registered only when this is set.</summary>
    public string Host { get; set; } = "";

    public int Port { get; set; } = 2775;
    public string SystemId { get; set; } = "";
    public string Password { get; set; } = "";
    public string SystemType { get; set; } = "";

    /// <summary>TON of our source numbers (and of the bind's addr_ton). 1 = international. A sender id with letters always
    /// goes as 5 (alphanumeric) with NPI 0.</summary>
    public byte SourceTon { get; set; } = 1;

    /// <summary>NPI of our source addresses. 1 = E.164.</summary>
    public byte SourceNpi { get; set; } = 1;

    public byte DestinationTon { get; set; } = 1;
    public byte DestinationNpi { get; set; } = 1;

    /// <summary>How many submit_sm may wait for their submit_sm_resp at once (default 10).</summary>
    public int WindowSize { get; set; } = 10;

    /// <summary>submit_sm per second (token bucket, parts count one each); 0 = no limit.</summary>
    public double MaxMessagesPerSecond { get; set; }

    /// <summary>Idle time after which we send enquire_link (default 30).</summary>
    public double EnquireLinkSeconds { get; set; } = 30;

    /// <summary>How long to wait for any response (bind, submit_sm, enquire_link) before giving up (default 10).</summary>
    public double ResponseTimeoutSeconds { get; set; } = 10;

    public double ConnectTimeoutSeconds { get; set; } = 10;

    /// <summary>First wait before reconnecting (default 1); it doubles after each failed attempt up to <see cref="ReconnectMaxSeconds"/>.</summary>
    public double ReconnectInitialSeconds { get; set; } = 1;

    public double ReconnectMaxSeconds { get; set; } = 60;

    /// <summary>Throws with every setting that is wrong, named by its configuration key.</summary>
    public void Validate()
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(Host)) errors.Add($"{Section}:Host is empty; set the SMSC's host name.");
        if (Port is < 1 or > 65535) errors.Add($"{Section}:Port is {Port}; use 1..65535 (SMPP usually listens on 2775).");
        if (SystemId.Length > 15) errors.Add($"{Section}:SystemId has {SystemId.Length} characters; SMPP allows 15.");
        if (Password.Length > 8) errors.Add($"{Section}:Password has {Password.Length} characters; SMPP 3.4 allows 8.");
        if (SystemType.Length > 12) errors.Add($"{Section}:SystemType has {SystemType.Length} characters; SMPP allows 12.");
        if (WindowSize < 1) errors.Add($"{Section}:WindowSize is {WindowSize}; use 1 or more.");
        if (MaxMessagesPerSecond < 0) errors.Add($"{Section}:MaxMessagesPerSecond is {MaxMessagesPerSecond}; use 0 (no limit) or more.");
        Positive(EnquireLinkSeconds, nameof(EnquireLinkSeconds));
        Positive(ResponseTimeoutSeconds, nameof(ResponseTimeoutSeconds));
        Positive(ConnectTimeoutSeconds, nameof(ConnectTimeoutSeconds));
        Positive(ReconnectInitialSeconds, nameof(ReconnectInitialSeconds));
        if (ReconnectMaxSeconds < ReconnectInitialSeconds)
            errors.Add($"{Section}:ReconnectMaxSeconds ({ReconnectMaxSeconds}) is below ReconnectInitialSeconds ({ReconnectInitialSeconds}).");
        if (errors.Count > 0) throw new InvalidOperationException("SMPP settings are wrong: " + string.Join(" ", errors));

        void Positive(double value, string name)
        {
            if (!(value > 0)) errors.Add($"{Section}:{name} is {value}; use a positive number of seconds.");
        }
    }
}
