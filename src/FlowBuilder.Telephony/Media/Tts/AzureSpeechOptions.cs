namespace FlowBuilder.Telephony.Media.Tts;

/// <summary>Where and how to call the Azure Speech text-to-speech REST API.</summary>
public sealed record AzureSpeechOptions
{
    /// <summary>The Speech resource's subscription key (header Ocp-Apim-Subscription-Key).</summary>
    public required string Key { get; init; }

    /// <summary>The resource's region, e.g. "westeurope".</summary>
    public required string Region { get; init; }

    /// <summary>Overrides https://{region}.tts.speech.microsoft.com, e.g. for a private endpoint or a test stand-in.</summary>
    public Uri? Endpoint { get; init; }

    /// <summary>Used when a request's voice is empty.</summary>
    public string DefaultVoice { get; init; } = "en-US-JennyNeural";

    /// <summary>How long one request may take, response body included; 10 s by default.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(10);

    public string UserAgent { get; init; } = "FlowBuilder";

    internal Uri SynthesisUri =>
        new(Endpoint ?? new Uri($"https://{Region}.tts.speech.microsoft.com/"), "cognitiveservices/v1");
}
