using System.Collections.Specialized;

namespace FlowBuilder.Telephony.Tests.Media.Tts;

/// <summary>A request as <see cref="AzureSpeechStandIn"/> received it.</summary>
internal sealed record StandInRequest(string Method, string Path, NameValueCollection Headers, string Body);
