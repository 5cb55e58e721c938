using System.Security.Cryptography;

namespace FlowBuilder.Server.ClickToCall.Settings;

/// <summary>Public campaign keys: 24 URL-safe characters ([A-Za-z0-9_-]) from 18 random bytes.</summary>
internal static class CampaignKeys
{
    public const int Length = 24;

    public static string New() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(18)).Replace('+', '-').Replace('/', '_');

    /// <summary>Whether <paramref name="key"/> has the shape of a key (checked before any lookup).</summary>
    public static bool LooksValid(string? key) =>
        key is { Length: Length } && key.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
