using System.Text.RegularExpressions;

namespace FlowBuilder.Server.CallCentre;

/// <summary>What extension numbers, group and queue names and call targets may look like.</summary>
internal static partial class CallCentreNames
{
    public const int MaxTargetLength = 200;

    /// <summary>2 to 15 digits.</summary>
    public static bool IsNumber(string? value) => value is not null && NumberPattern().IsMatch(value);

    /// <summary>1 to 64 letters, digits, '-', '_' or '.', starting with a letter or digit.</summary>
    public static bool IsName(string? value) => value is not null && NamePattern().IsMatch(value);

    public const string NumberRule = "2 to 15 digits (0-9), nothing else";

    public const string NameRule = "1 to 64 letters, digits, '-', '_' or '.', starting with a letter or digit";

    /// <summary>Checks a call target (<c>101</c>, <c>ext:101</c>, <c>group:sales</c>, <c>+15551234567</c>, <c>sip:bob@host</c>); null when fine.</summary>
    public static string? TargetProblem(string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
            return $"{field} is empty. Give an extension number, ext:NUMBER, group:NAME, an outside number or a SIP URI.";
        if (value.Length > MaxTargetLength) return $"{field} is longer than {MaxTargetLength} characters.";
        if (value.Any(char.IsWhiteSpace)) return $"{field} '{value}' contains spaces. Write numbers without spaces, e.g. +15551234567.";
        return null;
    }

    [GeneratedRegex("^[0-9]{2,15}$")]
    private static partial Regex NumberPattern();

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")]
    private static partial Regex NamePattern();
}
