namespace FlowBuilder.Server.ClickToCall.Public;

/// <summary>A banner's request: <c>{ "phone": "+4930123456", "consent": true, "pageUrl": "https://shop.example.com/help" }</c>
/// (or the same fields form-urlencoded, consent as true/on/1).</summary>
internal sealed record PublicRequestBody(string? Phone, bool? Consent, string? PageUrl);
