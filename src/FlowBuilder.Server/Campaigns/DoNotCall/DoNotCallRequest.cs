namespace FlowBuilder.Server.Campaigns.DoNotCall;

/// <summary>A number to list; <see cref="Country"/> reads numbers without a country code (default US).</summary>
internal sealed record DoNotCallRequest(string? Phone, string? Country);
