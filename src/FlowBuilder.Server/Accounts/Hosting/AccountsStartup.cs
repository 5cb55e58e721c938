using FlowBuilder.Engine.Accounts;
using FlowBuilder.Server.Accounts.Authentication;
using FlowBuilder.Server.Accounts.Authorization;
using FlowBuilder.Server.Accounts.Setup;
using FlowBuilder.Server.Companies;
using Microsoft.Extensions.Options;

namespace FlowBuilder.Server.Accounts.Hosting;

/// <summary>
/// Before the server takes requests: creates the bootstrap system administrator
/// and API key when configured and missing, and prints the set-up token while no user exists.
/// </summary>
internal sealed partial class AccountsStartup(
    IUserStore users, IApiKeyStore keys, Passwords passwords, SetupToken setupToken,
    IOptions<AccountsOptions> options, TimeProvider time, ILogger<AccountsStartup> logger) : IHostedLifecycleService
{
    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        var bootstrap = options.Value.Bootstrap;
        await CreateAdministratorAsync(bootstrap, cancellationToken);
        await CreateKeyAsync(bootstrap, cancellationToken);
        if (!await users.AnyAsync(cancellationToken)) LogSetupToken(logger, setupToken.Value);
    }

    private async Task CreateAdministratorAsync(BootstrapOptions bootstrap, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(bootstrap.Email) && string.IsNullOrWhiteSpace(bootstrap.Password)) return;
        if (await users.AnyAsync(cancellationToken)) return;
        if (string.IsNullOrWhiteSpace(bootstrap.Email) || !bootstrap.Email.Contains('@', StringComparison.Ordinal))
            throw new InvalidOperationException($"{AccountsOptions.Section}:Bootstrap:Email is missing or not an e-mail address. Give the first system administrator's e-mail, or remove Bootstrap:Password.");
        if (Passwords.Problem(bootstrap.Password, $"{AccountsOptions.Section}:Bootstrap:Password") is { } problem) throw new InvalidOperationException(problem);
        var email = bootstrap.Email.Trim().ToLowerInvariant();
        var user = new UserAccount(Guid.NewGuid().ToString("N"), CallerCompanyContext.DefaultCompanyId, email,
            string.IsNullOrWhiteSpace(bootstrap.Name) ? email : bootstrap.Name.Trim(), Role.Admin, "", IsSystemAdministrator: true)
        {
            CreatedAt = time.GetUtcNow(),
        };
        await users.SaveAsync(user with { PasswordHash = passwords.Hash(user, bootstrap.Password!) }, cancellationToken);
        LogAdministratorCreated(logger, email);
    }

    private async Task CreateKeyAsync(BootstrapOptions bootstrap, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(bootstrap.ApiKey)) return;
        var token = ApiKeyToken.TryParse(bootstrap.ApiKey)
            ?? throw new InvalidOperationException($"{AccountsOptions.Section}:Bootstrap:ApiKey is not a key: give a full key fbk_<12 lower-case letters and digits>_<secret>.");
        if (await keys.GetAsync(token.Id, cancellationToken) is not null) return;
        await keys.SaveAsync(new ApiKey(token.Id, DefaultCompanyContext.DefaultCompanyId, "bootstrap", Role.Admin, token.SecretHash, time.GetUtcNow(), null,
            IsSystemAdministrator: true), cancellationToken);
        LogKeyCreated(logger, token.ToString());
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "No user exists yet. Open the web app and set it up; from another machine it asks for the set-up token. Set-up token: {Token}")]
    private static partial void LogSetupToken(ILogger logger, string token);

    [LoggerMessage(Level = LogLevel.Information, Message = "Created the bootstrap system administrator {Email} in company 'default'")]
    private static partial void LogAdministratorCreated(ILogger logger, string email);

    [LoggerMessage(Level = LogLevel.Information, Message = "Stored the bootstrap API key {Key} (system administrator, company 'default')")]
    private static partial void LogKeyCreated(ILogger logger, string key);
}
