using System.Text.RegularExpressions;

namespace FlowBuilder.Server.Sms;

internal static partial class SmsNumberFormat
{
    /// <summary>Whether a normalised number (<see cref="Engine.Messaging.SmsNumbers.Normalize"/>) is 2 to 20 digits.</summary>
    public static bool IsNumber(string normalized) => Digits().IsMatch(normalized);

    [GeneratedRegex("^[0-9]{2,20}$")]
    private static partial Regex Digits();
}
