namespace FlowBuilder.Engine.Campaigns.Contacts;

/// <summary>One row of an information database: its key (E.164 when the key column is the phone) and its values by column name
/// (numbers as decimal, everything else as text).</summary>
public sealed record InfoRecord(string Key, IReadOnlyDictionary<string, object?> Data);
