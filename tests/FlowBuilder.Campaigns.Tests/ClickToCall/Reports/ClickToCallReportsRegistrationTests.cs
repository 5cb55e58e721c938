using FlowBuilder.Billing.Invoices;
using FlowBuilder.Campaigns.ClickToCall.Comments;
using FlowBuilder.Campaigns.ClickToCall.Reminders;
using FlowBuilder.Campaigns.ClickToCall.Reports;
using FlowBuilder.Engine.ClickToCall;
using FlowBuilder.Engine.Companies;
using FlowBuilder.Engine.Email;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace FlowBuilder.Campaigns.Tests.ClickToCall.Reports;

public sealed class ClickToCallReportsRegistrationTests
{
    [Fact]
    public async Task AddClickToCallReports_RegistersTheServicesOnce_WithOptionsFromConfiguration()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["FlowBuilder:ClickToCall:ReminderPollSeconds"] = "45",
            ["FlowBuilder:ClickToCall:PublicBaseUrl"] = "https://flows.example.com",
            ["FlowBuilder:Billing:Seller:Name"] = "Carrier AG",
            ["FlowBuilder:Billing:Seller:Address:0"] = "Ring 5",
            ["FlowBuilder:Billing:Seller:Address:1"] = "1010 Wien",
        }).Build();
        var harness = new ReportsHarness();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddSingleton<TimeProvider>(harness.Time)
            .AddSingleton<IClickToCallCampaignStore>(harness.Campaigns)
            .AddSingleton<ICallbackRequestStore>(harness.Requests)
            .AddSingleton<ICompanyStore>(harness.Companies)
            .AddSingleton<IEmailSender>(new FakeEmailSender())
            .AddLogging();

        services.AddClickToCallReports().AddClickToCallReports();
        await using var provider = services.BuildServiceProvider();

        provider.GetRequiredService<IClickToCallReports>().ShouldBeOfType<ClickToCallReports>();
        provider.GetRequiredService<CallbackComments>().ShouldNotBeNull();
        provider.GetServices<IHostedService>().OfType<CallbackReminders>().Count().ShouldBe(1);
        var reminders = provider.GetRequiredService<IOptions<ClickToCallReminderOptions>>().Value;
        (reminders.ReminderPollSeconds, reminders.PublicBaseUrl).ShouldBe((45, "https://flows.example.com"));
        var seller = provider.GetRequiredService<IOptions<InvoiceSellerOptions>>().Value;
        (seller.Name, string.Join("/", seller.Address), seller.TaxId).ShouldBe(("Carrier AG", "Ring 5/1010 Wien", (string?)null));
    }
}
