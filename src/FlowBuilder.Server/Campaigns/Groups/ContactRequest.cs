using System.Text.Json;

namespace FlowBuilder.Server.Campaigns.Groups;

/// <summary>A contact to add; <see cref="Fields"/> values may be strings, numbers or booleans and are validated as an imported row is.</summary>
internal sealed record ContactRequest(string? Phone, string? Name, string? Patronymic, string? TimeZone, Dictionary<string, JsonElement>? Fields);
