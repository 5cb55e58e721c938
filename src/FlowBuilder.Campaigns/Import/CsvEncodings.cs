namespace FlowBuilder.Campaigns.Import;

/// <summary>The encoding a CSV file was read in, from its byte order mark: <c>utf-8</c>, <c>utf-8-bom</c>, <c>utf-16le</c>, <c>utf-16be</c>.</summary>
internal static class CsvEncodings
{
    public static string Name(ReadOnlySpan<byte> head) => head switch
    {
        [0xEF, 0xBB, 0xBF, ..] => "utf-8-bom",
        [0xFF, 0xFE, ..] => "utf-16le",
        [0xFE, 0xFF, ..] => "utf-16be",
        _ => "utf-8",
    };

    /// <summary>Whether the reader turned the input into UTF-8 itself (so it cannot hold invalid UTF-8).</summary>
    public static bool IsTranscoded(string name) => name.StartsWith("utf-16", StringComparison.Ordinal);
}
