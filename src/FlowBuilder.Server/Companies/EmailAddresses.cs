using System.Net.Mail;

namespace FlowBuilder.Server.Companies;

/// <summary>Checks e-mail addresses people type: one address (no display name), a local part, '@' and a domain with a dot.</summary>
internal static class EmailAddresses
{
    public static bool IsValid(string? text)
    {
        var value = text?.Trim();
        if (string.IsNullOrEmpty(value) || value.Length > 254 || value.Any(char.IsWhiteSpace)) return false;
        if (!MailAddress.TryCreate(value, out var address) || address.Address != value || address.DisplayName.Length > 0) return false;
        var domain = address.Host;
        return domain.Contains('.', StringComparison.Ordinal) && !domain.StartsWith('.') && !domain.EndsWith('.');
    }
}
