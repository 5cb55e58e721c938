namespace FlowBuilder.Engine.Accounts;

/// <summary>Users (table <c>users</c>).</summary>
public interface IUserStore
{
    ValueTask<UserAccount?> GetAsync(string userId, CancellationToken cancellationToken);

    /// <summary>By e-mail, case-insensitively, across every company.</summary>
    ValueTask<UserAccount?> FindByEmailAsync(string email, CancellationToken cancellationToken);

    /// <summary>The company's users by e-mail.</summary>
    ValueTask<IReadOnlyList<UserAccount>> ListAsync(string companyId, CancellationToken cancellationToken);

    /// <summary>Inserts or replaces; throws <see cref="DuplicateEmailException"/> when another user has the e-mail.</summary>
    ValueTask SaveAsync(UserAccount user, CancellationToken cancellationToken);

    ValueTask<bool> DeleteAsync(string companyId, string userId, CancellationToken cancellationToken);

    /// <summary>Whether any user exists at all (a fresh install has none and offers set-up).</summary>
    ValueTask<bool> AnyAsync(CancellationToken cancellationToken);
}
