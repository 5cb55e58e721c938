using System.Collections.Concurrent;
using FlowBuilder.Engine.Accounts;
using FlowBuilder.Server.Accounts.Authorization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace FlowBuilder.Server.Accounts.Authentication;

/// <summary>
/// Ends sessions of users deleted, disabled or whose security stamp changed. Each user is read at most every 10 s per node;
/// changes made through this node's API call <see cref="Forget"/> and take effect at once.
/// </summary>
internal sealed class SessionValidator(IUserStore users, TimeProvider time)
{
    private static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(10);
    private readonly ConcurrentDictionary<string, (UserAccount? User, DateTimeOffset ReadAt)> _cache = new(StringComparer.Ordinal);

    public async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var principal = context.Principal;
        var userId = principal is null ? null : CallerPrincipals.UserIdOf(principal);
        if (principal is null || userId is null)
        {
            context.RejectPrincipal();
            return;
        }

        var user = await GetAsync(userId, context.HttpContext.RequestAborted);
        if (user is null || user.Disabled || user.SecurityStamp != principal.FindFirst(CallerClaims.SecurityStamp)?.Value)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(AccountSchemes.Session);
        }
    }

    public async ValueTask<UserAccount?> GetAsync(string userId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (_cache.TryGetValue(userId, out var cached) && now - cached.ReadAt < CacheFor) return cached.User;
        var user = await users.GetAsync(userId, cancellationToken);
        _cache[userId] = (user, now);
        return user;
    }

    public void Forget(string userId) => _cache.TryRemove(userId, out _);
}
