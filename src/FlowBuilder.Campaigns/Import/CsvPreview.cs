namespace FlowBuilder.Campaigns.Import;

/// <summary>The start of a CSV file as the importer reads it, for the import wizard: the detected separator and encoding,
/// the headers, the first rows and the target each header would map to.</summary>
public sealed record CsvPreview(char Delimiter, string Encoding, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> SampleRows,
    IReadOnlyDictionary<string, string> SuggestedMapping);
