using System.Collections.Concurrent;

namespace FlowBuilder.Billing.Spending;

/// <summary>
/// The spending guard's memory of companies it allowed recently, shared with <see cref="SpendingGuardLedger"/> so that a post that
/// exhausts an account, or new account settings, end the allowance at once on this node.
/// </summary>
public sealed class SpendingAllowances
{
    private readonly ConcurrentDictionary<string, CompanyAllowance> _companies = new(StringComparer.Ordinal);

    /// <summary>Whether the company was allowed until after <paramref name="now"/>; otherwise the version to hand to
    /// <see cref="Remember"/> after reading the account.</summary>
    internal bool IsAllowed(string companyId, DateTimeOffset now, out long version)
    {
        var allowance = _companies.GetOrAdd(companyId, _ => new CompanyAllowance());
        lock (allowance)
        {
            version = allowance.Version;
            return now < allowance.AllowedUntil;
        }
    }

    /// <summary>Keeps an "allowed" answer until <paramref name="until"/>, unless the account changed since <paramref name="version"/>
    /// was read (the answer may be stale already).</summary>
    internal void Remember(string companyId, long version, DateTimeOffset until, decimal? creditLimit)
    {
        var allowance = _companies.GetOrAdd(companyId, _ => new CompanyAllowance());
        lock (allowance)
        {
            if (allowance.Version != version) return;
            allowance.AllowedUntil = until;
            allowance.CreditLimit = creditLimit;
        }
    }

    /// <summary>An entry was posted for the company and its balance is now <paramref name="balance"/>.</summary>
    internal void OnPosted(string companyId, decimal balance)
    {
        if (!_companies.TryGetValue(companyId, out var allowance)) return;
        lock (allowance)
        {
            allowance.Version++;
            if (allowance.CreditLimit is { } limit && balance + limit <= 0m) allowance.AllowedUntil = DateTimeOffset.MinValue;
        }
    }

    /// <summary>The company's account settings changed: ask the ledger next time.</summary>
    internal void Forget(string companyId)
    {
        if (!_companies.TryGetValue(companyId, out var allowance)) return;
        lock (allowance)
        {
            allowance.Version++;
            allowance.AllowedUntil = DateTimeOffset.MinValue;
        }
    }

    private sealed class CompanyAllowance
    {
        public long Version { get; set; }

        public DateTimeOffset AllowedUntil { get; set; } = DateTimeOffset.MinValue;

        public decimal? CreditLimit { get; set; }
    }
}
