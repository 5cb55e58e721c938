using System.Globalization;
using System.Text.Json;
using FlowBuilder.Engine.Billing;
using FlowBuilder.Engine.Companies;
using FlowBuilder.Server.Campaigns;
using FlowBuilder.Server.Companies;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace FlowBuilder.Server.Billing;

/// <summary>The company's ledger: every charge, top-up and adjustment, newest first, filtered by time and kind, in pages.</summary>
internal static class LedgerEndpoints
{
    public const int DefaultTake = 50;
    public const int MaxTake = 500;

    private static readonly string KindNames = string.Join(", ", Enum.GetNames<LedgerEntryKind>().Select(JsonNamingPolicy.CamelCase.ConvertName));

    /// <summary>Entries that occurred in [from, to) (either may be left out), of one kind when given; skip (default 0), take (default 50, at most 500).</summary>
    public static async Task<Results<Ok<LedgerPageView>, ProblemHttpResult>> ListAsync(string? from, string? to, string? kind, string? skip, string? take,
        [FromServices] IBillingLedger ledger, [FromServices] ICompanyStore companies, ICompanyContext company, CancellationToken cancellationToken)
    {
        var zone = QueryInstants.Zone((await companies.GetAsync(company.CompanyId, cancellationToken)).TimeZone);
        var errors = new ValidationErrors();
        var start = Instant("from", from, zone, errors);
        var end = Instant("to", to, zone, errors);
        if (start is { } s && end is { } e && e <= s) errors.Add("to", $"to ({e:O}) must be after from ({s:O}): entries of [from, to) are listed.");
        LedgerEntryKind? entryKind = null;
        if (!string.IsNullOrWhiteSpace(kind))
        {
            if (!kind.Trim().All(char.IsAsciiDigit) && Enum.TryParse<LedgerEntryKind>(kind.Trim(), ignoreCase: true, out var parsed) && Enum.IsDefined(parsed)) entryKind = parsed;
            else errors.Add("kind", $"kind '{kind}' is not a kind of entry. Use one of {KindNames}.");
        }
        var offset = Whole("skip", skip, 0, 0, int.MaxValue, errors);
        var count = Whole("take", take, DefaultTake, 1, MaxTake, errors);
        if (errors.Any) return errors.ToProblem("Invalid ledger query");
        var query = new LedgerQuery(company.CompanyId, start, end, entryKind, offset, count);
        var total = await ledger.CountAsync(query, cancellationToken);
        var items = await ledger.ListAsync(query, cancellationToken);
        return TypedResults.Ok(new LedgerPageView(total, items.Select(LedgerEntryView.From).ToList()));
    }

    private static DateTimeOffset? Instant(string name, string? text, TimeZoneInfo zone, ValidationErrors errors)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (QueryInstants.TryParse(text, zone, out var instant)) return instant;
        errors.Add(name, $"{name} '{text}' is not a time. Give {QueryInstants.Examples}.");
        return null;
    }

    private static int Whole(string name, string? text, int fallback, int min, int max, ValidationErrors errors)
    {
        if (string.IsNullOrWhiteSpace(text)) return fallback;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max) return value;
        errors.Add(name, max == int.MaxValue ? $"{name} '{text}' must be a whole number, {min} or more." : $"{name} '{text}' must be a whole number from {min} to {max}.");
        return fallback;
    }
}
