using System.Text.RegularExpressions;
using FlowBuilder.Engine.Campaigns.Contacts;
using NodaTime;

namespace FlowBuilder.Campaigns.Contacts;

/// <summary>
/// Checks one contact against its group, the same way for CSV rows and the API: the phone is valid and becomes E.164 (read in
/// the default country), required fields are present, typed fields parse and every field with a pattern matches it in full.
/// The time zone comes from the number when it maps to exactly one IANA zone, else from the given zone (which must exist), else null.
/// </summary>
public sealed class ContactValidator
{
    private static readonly TimeSpan PatternTimeout = TimeSpan.FromMilliseconds(200);
    private readonly Regex?[] _patterns;

    /// <param name="defaultCountry">Overrides the group's <see cref="SubscriberGroup.DefaultCountry"/> when given.</param>
    public ContactValidator(SubscriberGroup group, string? defaultCountry = null)
    {
        ArgumentNullException.ThrowIfNull(group);
        Group = group;
        DefaultCountry = string.IsNullOrWhiteSpace(defaultCountry) ? group.DefaultCountry : defaultCountry.Trim().ToUpperInvariant();
        _patterns = group.Fields.Select(f => string.IsNullOrEmpty(f.Pattern) ? null
            : new Regex($"^(?:{f.Pattern})$", RegexOptions.CultureInvariant, PatternTimeout)).ToArray();
    }

    public SubscriberGroup Group { get; }

    public string DefaultCountry { get; }

    /// <summary>The contact, or null with every reason in <paramref name="reasons"/> (which is appended to, not cleared).</summary>
    /// <param name="fieldTexts">The text of each of the group's fields, in <see cref="SubscriberGroup.Fields"/> order; null when absent.</param>
    /// <param name="sourceLine">The CSV line the contact comes from, kept as <see cref="Contact.SourceLine"/>.</param>
    public Contact? Validate(string? phone, string? name, string? patronymic, string? timeZone, IReadOnlyList<string?> fieldTexts,
        List<string> reasons, out ulong phoneKey, long? sourceLine = null)
    {
        ArgumentNullException.ThrowIfNull(fieldTexts);
        ArgumentNullException.ThrowIfNull(reasons);
        var before = reasons.Count;
        phoneKey = 0;
        NormalizedPhone normalized = default;
        if (ContactPhones.TryNormalize(phone?.Trim(), DefaultCountry, out var parsed, out var phoneError)) normalized = parsed;
        else reasons.Add(phoneError!);

        var zone = Blank(timeZone);
        if (zone is not null && DateTimeZoneProviders.Tzdb.GetZoneOrNull(zone) is null)
            reasons.Add($"timeZone '{zone}' is not an IANA time zone (write e.g. Europe/London or America/New_York)");

        var fields = new Dictionary<string, object?>(Group.Fields.Count, StringComparer.Ordinal);
        for (var i = 0; i < Group.Fields.Count; i++)
        {
            var field = Group.Fields[i];
            var text = i < fieldTexts.Count ? Blank(fieldTexts[i]) : null;
            if (text is null)
            {
                if (field.Required) reasons.Add($"{field.Name} is required");
                continue;
            }
            if (_patterns[i] is { } pattern && !Matches(pattern, text))
            {
                reasons.Add($"{field.Name} '{text}' does not match the pattern {field.Pattern}");
                continue;
            }
            if (ContactFieldValues.TryParse(field, text, out var value, out var fieldError)) fields[field.Name] = value;
            else reasons.Add(fieldError!);
        }

        if (reasons.Count > before) return null;
        phoneKey = normalized.Key;
        return new Contact(ContactIds.New(), Group.CompanyId, Group.Id, normalized.E164, Blank(name), Blank(patronymic), Blank(zone) ?? normalized.TimeZone, fields)
        {
            SourceLine = sourceLine,
        };
    }

    private static bool Matches(Regex pattern, string text)
    {
        try
        {
            return pattern.IsMatch(text);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
