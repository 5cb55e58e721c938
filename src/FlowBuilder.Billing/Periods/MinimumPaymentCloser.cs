using FlowBuilder.Engine.Companies;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace FlowBuilder.Billing.Periods;

/// <summary>
/// At start and every hour charges each company's last ended billing period up to its tariff's minimum payment
/// (<see cref="MinimumPayments.CloseLastPeriodAsync"/>). Idempotent per company and period, so several nodes may run it.
/// </summary>
internal sealed partial class MinimumPaymentCloser(ICompanyStore companies, MinimumPayments minimums, TimeProvider time, ILogger<MinimumPaymentCloser> logger)
    : BackgroundService
{
    internal static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    /// <summary>Raised after each pass (tests wait on it instead of sleeping).</summary>
    internal event Action? PassCompleted;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            using var timer = new PeriodicTimer(Interval, time);
            do
            {
                await CloseDueAsync(stoppingToken).ConfigureAwait(false);
                PassCompleted?.Invoke();
            }
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    /// <summary>One pass; returns how many minimum-payment entries it posted.</summary>
    internal async Task<int> CloseDueAsync(CancellationToken cancellationToken)
    {
        IReadOnlyList<CompanyProfile> all;
        try
        {
            all = await companies.ListAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            LogListFailed(logger, error);
            return 0;
        }

        var posted = 0;
        foreach (var company in all)
        {
            try
            {
                if (await minimums.CloseLastPeriodAsync(company, cancellationToken).ConfigureAwait(false) is { Posted: true }) posted++;
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                LogCloseFailed(logger, error, company.Id);
            }
        }

        return posted;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Listing companies for minimum payments failed; trying again in an hour")]
    private static partial void LogListFailed(ILogger logger, Exception error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Charging the minimum payment of company {CompanyId} failed; trying again in an hour")]
    private static partial void LogCloseFailed(ILogger logger, Exception error, string companyId);
}
