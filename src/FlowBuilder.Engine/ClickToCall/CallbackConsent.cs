namespace FlowBuilder.Engine.ClickToCall;

/// <summary>The visitor's consent as given with the request: the sentence they agreed to, where and when.</summary>
/// <param name="Text">The consent sentence shown (the campaign's <see cref="ClickToCallCampaign.ConsentText"/> at the time).</param>
/// <param name="SourceAddress">The IP address the request came from (X-Forwarded-For only behind a configured proxy).</param>
public sealed record CallbackConsent(string Text, DateTimeOffset GivenAt, string SourceAddress, string? PageUrl = null, string? UserAgent = null);
