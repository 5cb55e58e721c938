using FlowBuilder.Engine.Accounts;
using Microsoft.AspNetCore.Identity;

namespace FlowBuilder.Server.Accounts.Authentication;

/// <summary>Hashes and checks passwords (ASP.NET Core Identity's PBKDF2) and says what a new password lacks.</summary>
internal sealed class Passwords
{
    public const int MinLength = 10;
    public const int MaxLength = 128;
    private readonly PasswordHasher<UserAccount> _hasher = new();

    public string Hash(UserAccount user, string password) => _hasher.HashPassword(user, password);

    /// <summary>Whether the password is right, and a new hash when the stored one should be upgraded.</summary>
    public (bool Valid, string? Rehashed) Verify(UserAccount user, string password)
    {
        var result = _hasher.VerifyHashedPassword(user, user.PasswordHash, password);
        return result switch
        {
            PasswordVerificationResult.Success => (true, null),
            PasswordVerificationResult.SuccessRehashNeeded => (true, _hasher.HashPassword(user, password)),
            _ => (false, null),
        };
    }

    /// <summary>Why <paramref name="password"/> cannot be used; null when it can.</summary>
    public static string? Problem(string? password, string field) =>
        password is null || password.Length < MinLength || password.Length > MaxLength
            ? $"{field} must have {MinLength} to {MaxLength} characters. Choose a longer passphrase."
            : null;
}
