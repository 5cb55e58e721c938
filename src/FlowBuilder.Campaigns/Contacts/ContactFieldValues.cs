using System.Globalization;
using FlowBuilder.Engine.Campaigns.Contacts;

namespace FlowBuilder.Campaigns.Contacts;

/// <summary>Imported text of a custom field parsed into its <see cref="ContactFieldType"/>.</summary>
public static class ContactFieldValues
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "dd.MM.yyyy", "MM/dd/yyyy"];

    public static bool TryParse(ContactField field, string text, out object? value, out string? error)
    {
        ArgumentNullException.ThrowIfNull(field);
        error = null;
        value = null;
        switch (field.Type)
        {
            case ContactFieldType.Number:
                if (TryNumber(text, out var number))
                {
                    value = number;
                    return true;
                }
                error = $"{field.Name} '{text}' is not a number (write 1234.56 or 1234,56)";
                return false;
            case ContactFieldType.Date:
                if (DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                {
                    value = date;
                    return true;
                }
                error = $"{field.Name} '{text}' is not a date (write yyyy-MM-dd, dd.MM.yyyy or MM/dd/yyyy)";
                return false;
            case ContactFieldType.Boolean:
                switch (text.ToLowerInvariant())
                {
                    case "true" or "yes" or "1":
                        value = true;
                        return true;
                    case "false" or "no" or "0":
                        value = false;
                        return true;
                    default:
                        error = $"{field.Name} '{text}' is not true/false, yes/no or 1/0";
                        return false;
                }
            default:
                value = text;
                return true;
        }
    }

    /// <summary>A stored value as it is written back to CSV: dates <c>yyyy-MM-dd</c>, numbers invariant, booleans <c>true</c>/<c>false</c>.</summary>
    public static string Format(object? value) => value switch
    {
        null => "",
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        bool flag => flag ? "true" : "false",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static bool TryNumber(string text, out decimal number)
    {
        const NumberStyles Styles = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite;
        if (decimal.TryParse(text, Styles, CultureInfo.InvariantCulture, out number)) return true;
        return text.Contains(',', StringComparison.Ordinal) && !text.Contains('.', StringComparison.Ordinal)
            && decimal.TryParse(text.Replace(',', '.'), Styles, CultureInfo.InvariantCulture, out number);
    }
}
