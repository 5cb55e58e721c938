using System.Text;

namespace FlowBuilder.Billing.Tariffs;

/// <summary>Splits CSV text into records (RFC 4180: quoted fields may hold the delimiter, doubled quotes and line breaks),
/// each with the line it starts on.</summary>
internal static class CsvRecords
{
    public readonly record struct Record(int Line, string[] Fields, string? Error);

    public static IEnumerable<Record> Read(string text, char delimiter)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var start = 1;
        var quoted = false;
        var wasQuoted = false;
        string? error = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else
                {
                    if (c == '\n') line++;
                    field.Append(c);
                }

                continue;
            }

            if (c == '"' && field.Length == 0 && !wasQuoted) { quoted = wasQuoted = true; continue; }
            if (c == '"') error ??= "a quote is misplaced: put quotes around the whole field and double the quotes inside it.";
            if (c == delimiter) { fields.Add(field.ToString()); field.Clear(); wasQuoted = false; continue; }
            if (c is '\r' or '\n')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
                fields.Add(field.ToString());
                yield return new Record(start, [.. fields], error);
                fields.Clear(); field.Clear(); wasQuoted = false; error = null;
                start = ++line;
                continue;
            }

            field.Append(c);
        }

        if (quoted) error = "a quoted field is not closed: add the closing quote.";
        if (fields.Count > 0 || field.Length > 0 || error is not null)
        {
            fields.Add(field.ToString());
            yield return new Record(start, [.. fields], error);
        }
    }
}
