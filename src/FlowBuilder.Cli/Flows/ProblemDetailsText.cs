using System.Text;
using System.Text.Json;

namespace FlowBuilder.Cli.Flows;

/// <summary>Turns an RFC 7807 ProblemDetails answer (with ASP.NET's <c>errors</c> map or FlowBuilder's
/// <c>problems</c> list) into readable lines; any other body is shown as it came.</summary>
internal static class ProblemDetailsText
{
    public static string Describe(ServerReply reply)
    {
        if (reply.TransportError is { } transport) return $"error: {transport}";
        var text = new StringBuilder($"error: the server answered {reply.Status} {reply.Reason}".TrimEnd());
        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(reply.Body);
            root = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            if (!string.IsNullOrWhiteSpace(reply.Body)) text.Append(": ").Append(reply.Body.Trim());
            return text.ToString();
        }
        if (root.ValueKind != JsonValueKind.Object) return text.Append(": ").Append(root.GetRawText()).ToString();
        if (Text(root, "title") is { } title) text.Append(": ").Append(title);
        if (Text(root, "detail") is { } detail && detail != Text(root, "title")) text.AppendLine().Append("  ").Append(detail);
        if (root.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Object)
        {
            foreach (var field in errors.EnumerateObject())
            {
                var messages = field.Value.ValueKind == JsonValueKind.Array
                    ? field.Value.EnumerateArray().Select(m => m.ValueKind == JsonValueKind.String ? m.GetString() : m.GetRawText())
                    : [field.Value.ToString()];
                foreach (var message in messages) text.AppendLine().Append("  ").Append(field.Name).Append(": ").Append(message);
            }
        }
        foreach (var problem in ProblemsIn(root)) text.AppendLine().Append("  ").Append(problem);
        return text.ToString();
    }

    /// <summary>Validation problems listed in a body (top level or under <c>validation</c>/<c>report</c>), one line each.</summary>
    public static IEnumerable<string> ProblemsIn(JsonElement root)
    {
        var lists = new List<JsonElement>();
        if (root.ValueKind != JsonValueKind.Object) return [];
        if (root.TryGetProperty("problems", out var top)) lists.Add(top);
        foreach (var holder in new[] { "validation", "report" })
        {
            if (root.TryGetProperty(holder, out var inner) && inner.ValueKind == JsonValueKind.Object && inner.TryGetProperty("problems", out var nested)) lists.Add(nested);
        }
        return lists.Where(l => l.ValueKind == JsonValueKind.Array).SelectMany(l => l.EnumerateArray()).Select(DescribeProblem);
    }

    private static string DescribeProblem(JsonElement problem)
    {
        if (problem.ValueKind != JsonValueKind.Object) return problem.ToString();
        var severity = Text(problem, "severity")?.ToLowerInvariant() ?? "error";
        var code = Text(problem, "code");
        var path = Text(problem, "path");
        var node = Text(problem, "nodeId");
        var line = problem.TryGetProperty("line", out var l) && l.ValueKind == JsonValueKind.Number ? $" [line {l}, column {(problem.TryGetProperty("column", out var c) ? c.ToString() : "?")}]" : "";
        var where = (path is null ? "" : $" at {path}") + (node is null ? "" : $" (node '{node}')");
        return $"{severity}{(code is null ? "" : " " + code)}{where}{line}: {Text(problem, "message") ?? problem.GetRawText()}";
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind is not (JsonValueKind.Null or JsonValueKind.Undefined)
            ? (value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText())
            : null;
}
