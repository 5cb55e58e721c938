using System.Text;
using FlowBuilder.Campaigns.Contacts;

namespace FlowBuilder.Server.Campaigns.Progress;

/// <summary>One RFC 4180 line: fields with a comma, quote or line break are quoted, quotes doubled; a field that starts like a
/// spreadsheet formula is guarded (<see cref="SpreadsheetText"/>) so opening the file cannot run it.</summary>
internal static class CsvLine
{
    public static string Of(params string?[] fields)
    {
        var line = new StringBuilder();
        for (var i = 0; i < fields.Length; i++)
        {
            if (i > 0) line.Append(',');
            var field = SpreadsheetText.Guard(fields[i]) ?? "";
            if (field.AsSpan().IndexOfAny(",\"\r\n") >= 0) line.Append('"').Append(field.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
            else line.Append(field);
        }
        return line.Append("\r\n").ToString();
    }
}
