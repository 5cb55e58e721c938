namespace FlowBuilder.Server.Speech;

/// <summary>Whether <c>/api/speech</c> can speak; <c>engine</c> is "espeak-ng", "azure", … or "none".</summary>
internal sealed record SpeechStatusView(bool Available, string Engine, string Detail);
