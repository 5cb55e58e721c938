using FlowBuilder.Data.Context;
using FlowBuilder.Engine.Accounts;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace FlowBuilder.Data.Accounts;

/// <summary>Users in the <c>users</c> table. E-mail addresses are stored lower-case under a unique index: a save checks for
/// another user with the address first, and a racing save that slips past the check hits the index; both end in
/// <see cref="DuplicateEmailException"/>.</summary>
internal sealed class SqlUserStore(DatabaseInitializer database) : IUserStore
{
    public async ValueTask<UserAccount?> GetAsync(string userId, CancellationToken cancellationToken)
    {
        await using var context = await database.OpenAsync(cancellationToken);
        var row = await context.Users.AsNoTracking().FirstOrDefaultAsync(u => u.UserId == userId, cancellationToken);
        return row?.ToUser();
    }

    public async ValueTask<UserAccount?> FindByEmailAsync(string email, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(email);
        var key = email.ToLowerInvariant();
        await using var context = await database.OpenAsync(cancellationToken);
        var row = await context.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Email == key, cancellationToken);
        return row?.ToUser();
    }

    public async ValueTask<IReadOnlyList<UserAccount>> ListAsync(string companyId, CancellationToken cancellationToken)
    {
        await using var context = await database.OpenAsync(cancellationToken);
        var rows = await context.Users.AsNoTracking().Where(u => u.CompanyId == companyId).ToListAsync(cancellationToken);
        return rows.OrderBy(u => u.Email, StringComparer.Ordinal).Select(u => u.ToUser()).ToList();
    }

    public async ValueTask SaveAsync(UserAccount user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var email = user.Email.ToLowerInvariant();
        await using var context = await database.OpenAsync(cancellationToken);
        if (await context.Users.AnyAsync(u => u.Email == email && u.UserId != user.Id, cancellationToken)) throw new DuplicateEmailException(user.Email);
        var row = await context.Users.FirstOrDefaultAsync(u => u.UserId == user.Id, cancellationToken);
        if (row is null) context.Users.Add(new UserRow().CopyFrom(user));
        else row.CopyFrom(user);
        try
        {
            await context.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException error) when (IsEmailTaken(error))
        {
            throw new DuplicateEmailException(user.Email);
        }
    }

    public async ValueTask<bool> DeleteAsync(string companyId, string userId, CancellationToken cancellationToken)
    {
        await using var context = await database.OpenAsync(cancellationToken);
        return await context.Users.Where(u => u.CompanyId == companyId && u.UserId == userId).ExecuteDeleteAsync(cancellationToken) > 0;
    }

    public async ValueTask<bool> AnyAsync(CancellationToken cancellationToken)
    {
        await using var context = await database.OpenAsync(cancellationToken);
        return await context.Users.AnyAsync(cancellationToken);
    }

    /// <summary>Whether the save broke the unique e-mail index (PostgreSQL names the index; SQLite names the column).</summary>
    private static bool IsEmailTaken(DbUpdateException error) => error.InnerException switch
    {
        PostgresException postgres => postgres.SqlState == PostgresErrorCodes.UniqueViolation && postgres.ConstraintName == UserRowConfiguration.EmailIndex,
        SqliteException sqlite => sqlite.SqliteErrorCode == 19 && sqlite.Message.Contains("users.email", StringComparison.Ordinal),
        _ => false,
    };
}
