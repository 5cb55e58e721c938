using System.Text.RegularExpressions;
using FlowBuilder.Engine.Campaigns.Contacts;
using NodaTime;

namespace FlowBuilder.Campaigns.Contacts;

/// <summary>What a subscriber group must be: a name, fields with flow-friendly unique names and patterns that compile, a known
/// default country and an IANA default time zone. Errors are keyed by the JSON path of the field at fault.</summary>
public static partial class SubscriberGroupRules
{
    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase) { "phone", "name", "patronymic", "timeZone", "id", "groupId" };

    public static Dictionary<string, List<string>> Check(string? name, IReadOnlyList<ContactField>? fields, string? defaultCountry, string? defaultTimeZone)
    {
        var errors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        void Add(string path, string message)
        {
            if (!errors.TryGetValue(path, out var list)) errors[path] = list = [];
            list.Add(message);
        }

        if (string.IsNullOrWhiteSpace(name)) Add("name", "name is required: what the group is called, e.g. \"Debtors December\".");
        else if (name.Length > 200) Add("name", "name is longer than 200 characters.");
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < (fields?.Count ?? 0); i++)
        {
            var field = fields![i];
            var path = $"fields[{i}]";
            if (field is null)
            {
                Add(path, "a field must be an object {name, type, required, pattern, label}.");
                continue;
            }
            if (string.IsNullOrWhiteSpace(field.Name) || !FieldName().IsMatch(field.Name))
                Add($"{path}.name", $"'{field.Name}' is not a field name: letters, digits and '_', starting with a letter (flows read it as input.contact.fields.<name>).");
            else if (Reserved.Contains(field.Name)) Add($"{path}.name", $"'{field.Name}' is a built-in part of every contact; name the field otherwise.");
            else if (!seen.Add(field.Name)) Add($"{path}.name", $"'{field.Name}' is already the name of another field.");
            if (!Enum.IsDefined(field.Type)) Add($"{path}.type", "type must be text, number, date or boolean.");
            if (!string.IsNullOrEmpty(field.Pattern))
            {
                try
                {
                    _ = new Regex(field.Pattern, RegexOptions.None, TimeSpan.FromSeconds(1));
                }
                catch (ArgumentException error)
                {
                    Add($"{path}.pattern", $"'{field.Pattern}' is not a valid regular expression: {error.Message}");
                }
            }
        }
        if (!ContactPhones.IsKnownCountry(defaultCountry))
            Add("defaultCountry", $"'{defaultCountry}' is not an ISO 3166 alpha-2 country code (e.g. US, GB, RU): numbers without a country code are read in it.");
        if (!string.IsNullOrWhiteSpace(defaultTimeZone) && DateTimeZoneProviders.Tzdb.GetZoneOrNull(defaultTimeZone) is null)
            Add("defaultTimeZone", $"'{defaultTimeZone}' is not an IANA time zone (e.g. Europe/London, America/New_York).");
        return errors;
    }

    /// <summary>A group id from its name: lower-case letters and digits joined by '-', and a short random suffix (<c>debtors-december-k3f9</c>).</summary>
    public static string NewId(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var slug = NonSlug().Replace(name.ToLowerInvariant(), "-").Trim('-');
        if (slug.Length > 40) slug = slug[..40].TrimEnd('-');
        if (slug.Length == 0) slug = "group";
        const string Alphabet = "abcdefghijkmnpqrstuvwxyz23456789";
        var suffix = string.Create(4, 0, (span, _) =>
        {
            for (var i = 0; i < span.Length; i++) span[i] = Alphabet[System.Security.Cryptography.RandomNumberGenerator.GetInt32(Alphabet.Length)];
        });
        return $"{slug}-{suffix}";
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_]*$")]
    private static partial Regex FieldName();

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NonSlug();
}
