using System.Text.RegularExpressions;

namespace FlowBuilder.Messaging.Smpp;

/// <summary>The text of an SMPP 3.4 delivery receipt (Appendix B):
/// <c>id:IIIIIIIIII sub:SSS dlvrd:DDD submit date:YYMMDDhhmm done date:YYMMDDhhmm stat:DDDDDDD err:E text:...</c>.</summary>
internal sealed partial record DeliveryReceiptText(string? Id, string? Stat, string? Err)
{
    public static DeliveryReceiptText Parse(string text) =>
        new(Field(IdPattern(), text), Field(StatPattern(), text), Field(ErrPattern(), text));

    private static string? Field(Regex pattern, string text) => pattern.Match(text) is { Success: true } m ? m.Groups[1].Value : null;

    [GeneratedRegex(@"(?:^|\s)id:(\S+)", RegexOptions.IgnoreCase)]
    private static partial Regex IdPattern();

    [GeneratedRegex(@"(?:^|\s)stat:(\S+)", RegexOptions.IgnoreCase)]
    private static partial Regex StatPattern();

    [GeneratedRegex(@"(?:^|\s)err:(\S+)", RegexOptions.IgnoreCase)]
    private static partial Regex ErrPattern();
}
