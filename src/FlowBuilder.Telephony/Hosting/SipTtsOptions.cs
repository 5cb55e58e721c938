namespace FlowBuilder.Telephony.Hosting;

/// <summary><c>FlowBuilder:Sip:Tts</c>: the speech engine Say prompts use.</summary>
public sealed class SipTtsOptions
{
    /// <summary><c>espeak</c> (local espeak-ng, default) or <c>azure</c> (Azure Speech REST).</summary>
    public string Engine { get; set; } = "espeak";

    /// <summary>The voice of a Say prompt that names none: <c>en-us</c> for espeak-ng; for Azure, <see cref="AzureVoice"/> applies.</summary>
    public string DefaultVoice { get; set; } = "en-us";

    public string? AzureKey { get; set; }

    /// <summary>The Azure region, such as <c>westeurope</c>.</summary>
    public string? AzureRegion { get; set; }

    /// <summary>The Azure default voice. Default <c>en-US-JennyNeural</c>.</summary>
    public string AzureVoice { get; set; } = "en-US-JennyNeural";

    public bool IsAzure => string.Equals(Engine, "azure", StringComparison.OrdinalIgnoreCase);
}
