namespace FlowBuilder.Server.CallCentre.Extensions;

/// <summary>Body of <c>PUT /api/extensions/{number}</c>.</summary>
/// <param name="DisplayName">Shown to callees; the number when left out.</param>
/// <param name="Password">SIP digest secret, at least 8 characters. Required on create; left out on replace, the stored one is kept. Never returned.</param>
/// <param name="Enabled">Default true.</param>
/// <param name="RingSeconds">5-300, default 20.</param>
internal sealed record ExtensionRequest(string? DisplayName, string? Password, bool? Enabled, int? RingSeconds, ForwardingBody? Forwarding);
