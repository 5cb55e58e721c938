namespace FlowBuilder.Engine.Accounts;

/// <summary>Another user already signs in with this e-mail address.</summary>
public sealed class DuplicateEmailException(string email)
    : Exception($"A user with e-mail '{email}' already exists. E-mail addresses are unique across the installation: use another one.")
{
    public string Email { get; } = email;
}
