using System.Security.Claims;
using FlowBuilder.Billing.Invoices;
using FlowBuilder.Engine.Billing;
using FlowBuilder.Engine.Statistics;
using FlowBuilder.Server.Accounts.Authorization;
using FlowBuilder.Server.Tests.Infrastructure;
using FlowBuilder.Server.Tests.Statistics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FlowBuilder.Server.Tests.Billing;

/// <summary>
/// The server with its SQL stores on a clock the test moves, for the billing, statistics and system-billing API. Where the
/// product has no implementation yet (the ledger, statistics and period invoices arrive from other branches), test stand-ins
/// fill in; the product's own registrations win once they exist. Tariffs are kept in memory until the SQL tariff store keeps
/// metric prices. A request with <see cref="CallerHeader"/> acts as a signed-in caller of the default company with that role
/// (not a system administrator); every other request is the default company's system administrator.
/// </summary>
public class BillingApiFactory : ClockedApiFactory
{
    public const string CallerHeader = "X-Test-Caller-Role";

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["FlowBuilder:ClickToCall:Enabled"] = "false",
        ["FlowBuilder:ClickToCall:ReminderPollSeconds"] = "3600",
    };

    public IBillingLedger Ledger => Services.GetRequiredService<IBillingLedger>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services =>
        {
            services.TryAddSingleton<IBillingLedger, InMemoryBillingLedger>();
            services.TryAddSingleton<ICallStatistics, RecordStoreCallStatistics>();
            services.TryAddSingleton<IPeriodInvoices, StandInPeriodInvoices>();
            services.RemoveAll<ITariffStore>();
            services.AddSingleton<ITariffStore, InMemoryTariffStore>();
            services.AddSingleton<IStartupFilter, TestCallerFilter>();
        });
    }

    private sealed class TestCallerFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, following) =>
            {
                if (context.Request.Headers.TryGetValue(CallerHeader, out var role) && !string.IsNullOrEmpty(role))
                {
                    // The test client's own credentials (a system-administrator key) would sign the request in as someone else.
                    context.Request.Headers.Authorization = default;
                    context.Request.Headers.Remove("X-Api-Key");
                    context.User = Caller(role!);
                }
                return following(context);
            });
            next(app);
        };

        private static ClaimsPrincipal Caller(string role) => new(new ClaimsIdentity(
        [
            new Claim(CallerClaims.Subject, "test-" + role.ToLowerInvariant()),
            new Claim(CallerClaims.HomeCompany, "default"),
            new Claim(CallerClaims.Role, role),
            new Claim(CallerClaims.SystemAdministrator, "false"),
            new Claim(CallerClaims.Method, "apiKey"),
        ], authenticationType: "Test"));
    }
}
