using FlowBuilder.Billing.Invoices;
using FlowBuilder.Campaigns.ClickToCall.Comments;
using FlowBuilder.Campaigns.ClickToCall.Reminders;
using FlowBuilder.Campaigns.Hosting;
using FlowBuilder.Engine.ClickToCall;
using FlowBuilder.Engine.Companies;
using FlowBuilder.Engine.Email;
using FlowBuilder.Engine.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace FlowBuilder.Campaigns.ClickToCall.Reports;

public static class ClickToCallReportsServiceCollectionExtensions
{
    /// <summary>
    /// Adds click-to-call reports (<see cref="IClickToCallReports"/>, seller from <c>FlowBuilder:Billing:Seller</c>), comments
    /// (<see cref="CallbackComments"/>) and the reminder e-mails (a hosted service polling every
    /// <c>FlowBuilder:ClickToCall:ReminderPollSeconds</c>). <see cref="ICallbackRequestStore"/>, <see cref="IClickToCallCampaignStore"/>
    /// and <see cref="ICompanyStore"/> must be registered; <see cref="IEmailSender"/> may be (without it no reminder is sent).
    /// A second call changes nothing.
    /// </summary>
    public static IServiceCollection AddClickToCallReports(this IServiceCollection services)
    {
        if (services.IsRegistered<IClickToCallReports>()) return services;
        services.TryAddClockAndEvents();
        // AddFlowBuilderBilling reads the same section; binding it twice would repeat the address lines.
        if (!services.IsRegistered<IConfigureOptions<InvoiceSellerOptions>>())
            services.AddOptions<InvoiceSellerOptions>().BindConfiguration(InvoiceSellerOptions.SectionName);
        services.AddOptions<ClickToCallReminderOptions>().BindConfiguration(ClickToCallReminderOptions.SectionName);
        services.AddSingleton<IClickToCallReports>(sp => new ClickToCallReports(
            sp.GetRequiredService<ICallbackRequestStore>(),
            sp.GetRequiredService<IClickToCallCampaignStore>(),
            sp.GetRequiredService<ICompanyStore>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<IOptions<InvoiceSellerOptions>>()));
        services.TryAddSingleton(sp => new CallbackComments(
            sp.GetRequiredService<ICallbackRequestStore>(),
            sp.GetRequiredService<IClickToCallCampaignStore>(),
            sp.GetRequiredService<TimeProvider>()));
        services.AddHostedService(sp => new CallbackReminders(
            sp.GetRequiredService<ICallbackRequestStore>(),
            sp.GetRequiredService<IClickToCallCampaignStore>(),
            sp.GetRequiredService<ICompanyStore>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<IOptions<ClickToCallReminderOptions>>(),
            sp.LoggerOf<CallbackReminders>(),
            sp.GetService<IEmailSender>()));
        return services;
    }
}
