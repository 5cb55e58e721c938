using System.Net.Mail;
using FlowBuilder.Engine.Accounts;
using FlowBuilder.Server.Accounts.Authentication;
using FlowBuilder.Server.Campaigns;

namespace FlowBuilder.Server.Accounts.Users;

/// <summary>Field checks shared by set-up, users and companies, and the "one enabled Admin" rule.</summary>
internal static class UserRules
{
    public const int MaxNameLength = 200;

    public static void CheckNameEmailPassword(ValidationErrors errors, string? name, string? email, string? password, string prefix = "")
    {
        if (string.IsNullOrWhiteSpace(name) || name.Trim().Length > MaxNameLength)
            errors.Add(prefix + "name", $"{prefix}name is missing or longer than {MaxNameLength} characters. Give the person's name.");
        if (!IsEmail(email)) errors.Add(prefix + "email", $"{prefix}email '{email}' is not an e-mail address. Give one like ana@example.com.");
        if (Passwords.Problem(password, prefix + "password") is { } problem) errors.Add(prefix + "password", problem);
    }

    public static bool IsEmail(string? email) =>
        !string.IsNullOrWhiteSpace(email) && email.Trim().Length <= 254 && MailAddress.TryCreate(email.Trim(), out var parsed)
        && parsed.Address == email.Trim() && parsed.Host.Contains('.', StringComparison.Ordinal);

    public static Role? ParseRole(string? role) =>
        Enum.TryParse<Role>(role?.Trim(), ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(role, out _) ? parsed : null;

    public static string RoleProblem(string? role) =>
        $"role '{role}' is unknown. Give one of viewer, operator, manager, admin.";

    public static bool IsEnabledAdmin(UserAccount user) => !user.Disabled && user.Role == Role.Admin;
}
