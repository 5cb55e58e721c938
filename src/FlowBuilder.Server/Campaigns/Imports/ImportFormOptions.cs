using System.Text.Json;
using FlowBuilder.Campaigns.Contacts;
using FlowBuilder.Campaigns.Import;

namespace FlowBuilder.Server.Campaigns.Imports;

/// <summary>The import's form fields (mode, dryRun, delimiter, defaultCountry, mapping) read into options, or the errors by field.</summary>
internal static class ImportFormOptions
{
    public static ContactImportOptions Read(UploadedForm form, Dictionary<string, List<string>> errors)
    {
        var mode = ContactImportMode.ValidOnly;
        switch (form["mode"]?.ToLowerInvariant())
        {
            case null or "validonly": break;
            case "allornothing": mode = ContactImportMode.AllOrNothing; break;
            default: errors["mode"] = [$"mode '{form["mode"]}' is not validOnly or allOrNothing."]; break;
        }
        var dryRun = false;
        if (form["dryRun"] is { } dry && !bool.TryParse(dry, out dryRun)) errors["dryRun"] = [$"dryRun '{dry}' is not true or false."];
        var delimiter = ReadDelimiter(form["delimiter"], errors);
        var country = form["defaultCountry"]?.ToUpperInvariant();
        if (country is not null && !ContactPhones.IsKnownCountry(country))
            errors["defaultCountry"] = [$"'{country}' is not an ISO 3166 alpha-2 country code (e.g. US, GB, RU)."];
        Dictionary<string, string>? mapping = null;
        if (form["mapping"] is { } json)
        {
            try
            {
                mapping = JsonSerializer.Deserialize<Dictionary<string, string>>(json);
            }
            catch (JsonException)
            {
                errors["mapping"] = ["mapping must be a JSON object of strings: {\"<header>\": \"phone\" | \"name\" | \"patronymic\" | \"timeZone\" | \"field:<name>\" | \"ignore\"}."];
            }
        }
        return new ContactImportOptions(mode, dryRun, delimiter, country, mapping);
    }

    public static char? ReadDelimiter(string? text, Dictionary<string, List<string>> errors) => text switch
    {
        null => null,
        "," or ";" or "|" => text[0],
        "\t" or "\\t" or "tab" => '\t',
        _ => Error(errors, text),
    };

    private static char? Error(Dictionary<string, List<string>> errors, string text)
    {
        errors["delimiter"] = [$"delimiter '{text}' is not one of , ; | or tab (leave it out to detect it)."];
        return null;
    }
}
