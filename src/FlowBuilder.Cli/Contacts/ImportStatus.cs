using System.Text.Json;

namespace FlowBuilder.Cli.Contacts;

/// <summary>The parts of <c>GET /api/imports/{id}</c> the command shows.</summary>
internal sealed record ImportStatus(string Id, string Status, long BytesRead, long? TotalBytes, long RowsRead, long Imported, long RejectedRows, long Duplicates,
    string? Error, IReadOnlyList<(long Line, string Reasons)> Rejected)
{
    public bool IsRunning => Status == "running";

    public static ImportStatus Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        long Number(string name) => root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetInt64() : 0;
        var rejected = root.TryGetProperty("rejected", out var rows) && rows.ValueKind == JsonValueKind.Array
            ? rows.EnumerateArray().Select(r => (r.GetProperty("line").GetInt64(), string.Join("; ", r.GetProperty("reasons").EnumerateArray().Select(x => x.GetString())))).ToList()
            : [];
        return new ImportStatus(root.GetProperty("id").GetString()!, root.GetProperty("status").GetString()!, Number("bytesRead"),
            root.TryGetProperty("totalBytes", out var total) && total.ValueKind == JsonValueKind.Number ? total.GetInt64() : null,
            Number("rowsRead"), Number("imported"), Number("rejectedRows"), Number("duplicates"),
            root.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.String ? error.GetString() : null, rejected);
    }
}
