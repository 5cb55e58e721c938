using FlowBuilder.Telephony.Hosting;

namespace FlowBuilder.Telephony.Media.Tts;

/// <summary>The <see cref="ITextToSpeech"/> that <c>FlowBuilder:Sip:Tts</c> names: Azure Speech, or espeak-ng by default.</summary>
internal static class SpeechEngines
{
    public static ITextToSpeech Create(SipTtsOptions tts, TimeProvider time)
    {
        if (!tts.IsAzure) return new EspeakTextToSpeech(timeProvider: time);
        if (string.IsNullOrWhiteSpace(tts.AzureKey) || string.IsNullOrWhiteSpace(tts.AzureRegion))
        {
            return new UnconfiguredTextToSpeech("azure",
                $"{SipOptions.SectionName}:Tts:Engine is azure, but AzureKey or AzureRegion is missing: set both (e.g. AzureRegion westeurope).");
        }
        return new AzureSpeechTextToSpeech(
            new HttpClient(), new AzureSpeechOptions { Key = tts.AzureKey, Region = tts.AzureRegion, DefaultVoice = tts.AzureVoice }, time);
    }
}
