namespace FlowBuilder.Engine.Campaigns.Contacts;

/// <summary>A page of a group's contacts in import order; <paramref name="Search"/> matches phone or name (contains).</summary>
public sealed record ContactQuery(string CompanyId, string GroupId, string? Search = null, int Offset = 0, int Limit = 50);
