namespace FlowBuilder.Server.Campaigns.InfoDatabases;

internal sealed record InfoRecordView(string Key, IReadOnlyDictionary<string, object?> Data);
