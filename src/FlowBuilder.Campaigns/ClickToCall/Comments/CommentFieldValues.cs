using System.Globalization;
using System.Text.RegularExpressions;
using FlowBuilder.Engine.ClickToCall;

namespace FlowBuilder.Campaigns.ClickToCall.Comments;

/// <summary>Reads a comment field's value as its type asks and writes it in the stored invariant form (numbers 12.5, dates
/// 2026-12-06, date-times 2026-12-06T15:30:00+01:00, booleans true/false, choices spelt as the option is).</summary>
internal static partial class CommentFieldValues
{
    private const NumberStyles NumberStyle = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite;

    /// <summary>The normalised value, or null with <paramref name="problem"/> saying what is wrong.</summary>
    public static string? Normalise(CommentField field, string value, out string? problem)
    {
        problem = null;
        var text = value.Trim();
        switch (field.Type)
        {
            case CommentFieldType.Number:
                if (decimal.TryParse(text, NumberStyle, CultureInfo.InvariantCulture, out var number)) return WithoutTrailingZeros(number);
                problem = $"{field.Name} must be a number like 12.5 (a point for decimals, no thousands separators); '{value}' is not.";
                return null;
            case CommentFieldType.Date:
                if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                    return date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                problem = $"{field.Name} must be a date written yyyy-MM-dd, e.g. 2026-12-24; '{value}' is not.";
                return null;
            case CommentFieldType.DateTime:
                if (HasOffset().IsMatch(text) && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var at))
                    return at.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
                problem = $"{field.Name} must be a date and time in ISO 8601 with its offset, e.g. 2026-12-24T15:30:00+01:00 or 2026-12-24T14:30:00Z; '{value}' is not.";
                return null;
            case CommentFieldType.Boolean:
                if (text.ToLowerInvariant() is "true" or "yes" or "1") return "true";
                if (text.ToLowerInvariant() is "false" or "no" or "0") return "false";
                problem = $"{field.Name} must be true or false; '{value}' is neither.";
                return null;
            case CommentFieldType.Choice:
                var options = field.Options ?? [];
                var option = options.FirstOrDefault(o => string.Equals(o, text, StringComparison.OrdinalIgnoreCase));
                if (option is not null) return option;
                problem = $"{field.Name} must be one of {string.Join(", ", options)}; '{value}' is not.";
                return null;
            default:
                return text;
        }
    }

    private static string WithoutTrailingZeros(decimal number)
    {
        var text = number.ToString(CultureInfo.InvariantCulture);
        if (text.Contains('.', StringComparison.Ordinal)) text = text.TrimEnd('0').TrimEnd('.');
        return text == "-0" ? "0" : text;
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HasOffset();
}
