namespace FlowBuilder.Telephony.Media.Sessions;

/// <summary>How a key press reached us.</summary>
public enum DigitSource
{
    /// <summary>An RFC 4733 telephone-event.</summary>
    Rfc4733,

    /// <summary>DTMF tones in the G.711 audio.</summary>
    Inband,
}
