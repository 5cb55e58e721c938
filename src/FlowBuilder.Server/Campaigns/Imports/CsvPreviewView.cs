namespace FlowBuilder.Server.Campaigns.Imports;

internal sealed record CsvPreviewView(string Delimiter, string Encoding, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> SampleRows,
    IReadOnlyDictionary<string, string> SuggestedMapping);
