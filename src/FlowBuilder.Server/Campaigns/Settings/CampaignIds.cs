using System.Security.Cryptography;
using System.Text;

namespace FlowBuilder.Server.Campaigns.Settings;

/// <summary>New campaign ids: a slug of the name (ASCII letters and digits, dashes between) and a short random suffix (<c>december-reminders-4f1c9a</c>).</summary>
internal static class CampaignIds
{
    private const int MaxSlugLength = 40;

    public static string New(string name)
    {
        var slug = new StringBuilder();
        // ASCII letters and digits only (the server runs with invariant globalization, so accents are not folded).
        foreach (var c in name.ToLowerInvariant())
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9') slug.Append(c);
            else if (slug.Length > 0 && slug[^1] != '-') slug.Append('-');
            if (slug.Length >= MaxSlugLength) break;
        }
        var stem = slug.ToString().Trim('-');
        var suffix = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(3));
        return stem.Length == 0 ? $"campaign-{suffix}" : $"{stem}-{suffix}";
    }
}
