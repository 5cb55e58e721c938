namespace FlowBuilder.Engine.Events;

/// <summary>Something that happened, as subscribers see it.</summary>
/// <param name="Type">One of <see cref="EventTypes"/>, e.g. <c>call.ended</c>.</param>
/// <param name="Id">Unique id; subscribers use it to drop duplicates (delivery is at least once).</param>
/// <param name="Data">JSON-like values only (dictionaries, lists, strings, numbers, booleans).</param>
public sealed record PlatformEvent(string Id, string Type, string CompanyId, DateTimeOffset OccurredAt, object? Data)
{
    public static PlatformEvent Create(string type, string companyId, DateTimeOffset occurredAt, object? data) =>
        new("evt_" + Guid.NewGuid().ToString("N"), type, companyId, occurredAt, data);
}
