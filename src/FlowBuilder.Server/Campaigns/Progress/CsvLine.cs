using System.Text;

namespace FlowBuilder.Server.Campaigns.Progress;

/// <summary>One RFC 4180 line: fields with a comma, quote or line break are quoted, quotes doubled; a field that starts like a
/// spreadsheet formula (<c>= + - @</c>) is prefixed with an apostrophe so opening the file cannot run it.</summary>
internal static class CsvLine
{
    public static string Of(params string?[] fields)
    {
        var line = new StringBuilder();
        for (var i = 0; i < fields.Length; i++)
        {
            if (i > 0) line.Append(',');
            var field = fields[i] ?? "";
            if (field.Length > 0 && field[0] is '=' or '+' or '-' or '@' && !IsNumber(field)) field = "'" + field;
            if (field.AsSpan().IndexOfAny(",\"\r\n") >= 0) line.Append('"').Append(field.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
            else line.Append(field);
        }
        return line.Append("\r\n").ToString();
    }

    private static bool IsNumber(string field) => field.Length > 1 && field.Skip(1).All(c => char.IsAsciiDigit(c) || c == '.');
}
