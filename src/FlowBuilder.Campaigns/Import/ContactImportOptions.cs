namespace FlowBuilder.Campaigns.Import;

/// <summary>How to import a CSV file into a subscriber group.</summary>
/// <param name="DryRun">Validate and report only; nothing is written.</param>
/// <param name="Delimiter">The field separator; null detects it (<c>,</c> <c>;</c> tab <c>|</c>) from the first lines.</param>
/// <param name="DefaultCountry">The region numbers without a country code are read in; null: the group's.</param>
/// <param name="Mapping">Header to target: <c>phone</c>, <c>name</c>, <c>patronymic</c>, <c>timeZone</c>, <c>field:&lt;name&gt;</c> or
/// <c>ignore</c>. Headers it does not name are matched by name (case, spaces and common aliases aside).</param>
public sealed record ContactImportOptions(
    ContactImportMode Mode = ContactImportMode.ValidOnly,
    bool DryRun = false,
    char? Delimiter = null,
    string? DefaultCountry = null,
    IReadOnlyDictionary<string, string>? Mapping = null)
{
    /// <summary>Called for every rejected row, in file order (the result keeps only the first <see cref="ContactImportResult.KeptRejections"/>).</summary>
    public Action<RejectedContactRow>? OnRejected { get; init; }

    /// <summary>Rows between two progress reports. Default 10,000.</summary>
    public int ProgressEveryRows { get; init; } = 10_000;
}
