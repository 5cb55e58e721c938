namespace FlowBuilder.Telephony.Media.Library;

/// <summary>
/// Where a company's media library lives under the media folder: the seeded <c>default</c> company (and prompts with no company)
/// use the folder itself, so a single-company install keeps its files where they always were; every other company has
/// <c>companies/&lt;id&gt;/</c>, so no company plays, lists or deletes another's files.
/// </summary>
public static class CompanyMediaFolder
{
    public const string DefaultCompanyId = "default";

    public static string Of(string mediaFolder, string? companyId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(mediaFolder);
        if (companyId is null || companyId == DefaultCompanyId) return mediaFolder;
        if (companyId.Length == 0 || companyId.Length > 64 || !companyId.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
            throw new ArgumentException($"Company id '{companyId}' cannot name a media folder: only letters, digits, '-' and '_' are allowed.", nameof(companyId));
        return Path.Combine(mediaFolder, "companies", companyId);
    }
}
