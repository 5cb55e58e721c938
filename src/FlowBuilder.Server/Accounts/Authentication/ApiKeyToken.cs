using System.Security.Cryptography;
using System.Text;

namespace FlowBuilder.Server.Accounts.Authentication;

/// <summary>A full API key <c>fbk_&lt;12 char id&gt;_&lt;secret&gt;</c>: parsing, making new ones and hashing the secret.</summary>
internal sealed record ApiKeyToken(string Id, string Secret)
{
    public const string Prefix = "fbk_";
    public const int IdLength = 12;
    private const string IdAlphabet = "abcdefghijklmnopqrstuvwxyz0123456789";

    public string Value => $"{Prefix}{Id}_{Secret}";

    public string SecretHash => Hash(Secret);

    public static ApiKeyToken? TryParse(string? value)
    {
        if (value is null) return null;
        value = value.Trim();
        if (!value.StartsWith(Prefix, StringComparison.Ordinal) || value.Length <= Prefix.Length + IdLength + 1 || value[Prefix.Length + IdLength] != '_')
            return null;
        var id = value.Substring(Prefix.Length, IdLength);
        if (!id.All(c => IdAlphabet.Contains(c, StringComparison.Ordinal))) return null;
        return new ApiKeyToken(id, value[(Prefix.Length + IdLength + 1)..]);
    }

    public static ApiKeyToken New()
    {
        var id = new string(RandomNumberGenerator.GetItems<char>(IdAlphabet, IdLength));
        return new ApiKeyToken(id, Base64Url(RandomNumberGenerator.GetBytes(32)));
    }

    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    public static bool Matches(string secret, string storedHash) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(secret)), Encoding.ASCII.GetBytes(storedHash.ToLowerInvariant()));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public override string ToString() => $"{Prefix}{Id}…";
}
