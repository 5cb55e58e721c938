namespace FlowBuilder.Engine.Messaging;

public static class SmsNumbers
{
    /// <summary>A number as opt-out lists and lookups keep it: without spaces, dashes, dots, brackets or a leading '+'.</summary>
    public static string Normalize(string number)
    {
        ArgumentNullException.ThrowIfNull(number);
        var kept = new System.Text.StringBuilder(number.Length);
        foreach (var c in number.Trim())
        {
            if (c is ' ' or '-' or '.' or '(' or ')' or '\t') continue;
            kept.Append(c);
        }
        return kept.ToString().TrimStart('+');
    }
}
