namespace FlowBuilder.Campaigns.Contacts;

/// <summary>
/// Keeps a CSV cell from running as a spreadsheet formula when the file is opened: text that starts with <c>= @</c>, a tab or a
/// carriage return, or with <c>+ -</c> and is not a number (<c>+44 20 7946 0958</c>, <c>-12.5</c> stay as they are), gets an
/// apostrophe in front (OWASP's advice for CSV injection).
/// </summary>
public static class SpreadsheetText
{
    public static string? Guard(string? text)
    {
        if (string.IsNullOrEmpty(text)) return text;
        return text[0] switch
        {
            '=' or '@' or '\t' or '\r' => "'" + text,
            '+' or '-' when !LooksNumeric(text) => "'" + text,
            _ => text,
        };
    }

    private static bool LooksNumeric(string text) =>
        text.Length > 1 && text.AsSpan(1).IndexOfAnyExcept("0123456789 .,()-") < 0;
}
