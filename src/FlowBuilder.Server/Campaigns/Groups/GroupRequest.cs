using FlowBuilder.Engine.Campaigns.Contacts;

namespace FlowBuilder.Server.Campaigns.Groups;

internal sealed record GroupRequest(string? Name, string? Description, IReadOnlyList<ContactField>? Fields, string? DefaultCountry, string? DefaultTimeZone);
