using System.Collections.Concurrent;

namespace FlowBuilder.Engine.Accounts;

public sealed class InMemoryUserStore : IUserStore
{
    private readonly ConcurrentDictionary<string, UserAccount> _users = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public ValueTask<UserAccount?> GetAsync(string userId, CancellationToken cancellationToken) =>
        ValueTask.FromResult(_users.GetValueOrDefault(userId));

    public ValueTask<UserAccount?> FindByEmailAsync(string email, CancellationToken cancellationToken) =>
        ValueTask.FromResult(_users.Values.FirstOrDefault(u => string.Equals(u.Email, email, StringComparison.OrdinalIgnoreCase)));

    public ValueTask<IReadOnlyList<UserAccount>> ListAsync(string companyId, CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyList<UserAccount>>(_users.Values.Where(u => u.CompanyId == companyId)
            .OrderBy(u => u.Email, StringComparer.OrdinalIgnoreCase).ToList());

    public ValueTask SaveAsync(UserAccount user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        lock (_gate)
        {
            if (_users.Values.Any(u => u.Id != user.Id && string.Equals(u.Email, user.Email, StringComparison.OrdinalIgnoreCase)))
                throw new DuplicateEmailException(user.Email);
            _users[user.Id] = user with { Email = user.Email.ToLowerInvariant() };
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask<bool> DeleteAsync(string companyId, string userId, CancellationToken cancellationToken) =>
        ValueTask.FromResult(_users.TryGetValue(userId, out var user) && user.CompanyId == companyId && _users.TryRemove(userId, out _));

    public ValueTask<bool> AnyAsync(CancellationToken cancellationToken) => ValueTask.FromResult(!_users.IsEmpty);
}
