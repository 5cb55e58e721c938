using FlowBuilder.Campaigns.ClickToCall.Reports;
using FlowBuilder.Campaigns.Hosting;
using FlowBuilder.Activities;
using FlowBuilder.Billing.Hosting;
using FlowBuilder.Data;
using FlowBuilder.Engine.Calls;
using FlowBuilder.Engine.Calls.Simulator;
using FlowBuilder.Engine.Hosting;
using FlowBuilder.Engine.Runtime;
using FlowBuilder.Messaging.Hosting;
using FlowBuilder.Server.Notifications;
using FlowBuilder.Server.Simulator;
using FlowBuilder.Telephony.Hosting;
using FlowBuilder.Telephony.Media.Library;

namespace FlowBuilder.Server.Hosting;

internal static class EngineSetup
{
    /// <summary>The engine with the built-in activities and the plugins folder (<c>FlowBuilder:PluginsPath</c>,
    /// default <c>plugins</c> under the content root), options from <c>FlowBuilder:Engine</c>, and the data layer.</summary>
    public static WebApplicationBuilder AddFlowBuilderEngine(this WebApplicationBuilder builder)
    {
        var configured = builder.Configuration["FlowBuilder:PluginsPath"];
        var plugins = Path.GetFullPath(Path.Combine(builder.Environment.ContentRootPath, string.IsNullOrWhiteSpace(configured) ? "plugins" : configured));
        builder.Services.Configure<EngineOptions>(builder.Configuration.GetSection("FlowBuilder:Engine"));
        builder.Services.Configure<CallChannelOptions>(builder.Configuration.GetSection("FlowBuilder:Calls"));
        builder.Services.Configure<FlowBuilder.Activities.Http.HttpRequesterOptions>(builder.Configuration.GetSection("FlowBuilder:Http"));
        var instantPrompts = builder.Configuration.GetValue("FlowBuilder:Simulator:InstantPrompts", false);
        builder.Services.AddFlowBuilder(f => f.AddBuiltInActivities().AddPlugins(plugins).AddCallSimulator(o => o.InstantPrompts = instantPrompts));
        builder.Services.AddHostedService<EndedSimulatedCalls>();
        builder.Services.AddFlowBuilderData(builder.Configuration);
        var media = builder.Configuration["FlowBuilder:Media:Folder"];
        var mediaFolder = Path.Combine(builder.Environment.ContentRootPath, string.IsNullOrWhiteSpace(media) ? "media" : media);
        builder.Services.AddSingleton(new MediaLibrary(mediaFolder));
        builder.Services.AddSingleton<FlowBuilder.Server.Media.CompanyMediaLibraries>();
        // SIP calls play the media library's files unless FlowBuilder:Sip:MediaFolder names another folder.
        if (string.IsNullOrWhiteSpace(builder.Configuration["FlowBuilder:Sip:MediaFolder"])) builder.Configuration["FlowBuilder:Sip:MediaFolder"] = mediaFolder;
        builder.Services.AddFlowBuilderTelephony(builder.Configuration);
        // After telephony, so /api/speech shares the SIP engine and prompt cache; registers its own when SIP is off.
        builder.Services.AddFlowBuilderSpeech(builder.Configuration);
        builder.Services.AddFlowBuilderMessaging(builder.Configuration);
        builder.Services.AddFlowBuilderEmail(builder.Configuration);
        // After the data layer (its SQL tariff and company stores win) and before the campaigns (click-to-call rates destinations).
        builder.Services.AddFlowBuilderBilling(builder.Configuration);
        builder.Services.AddFlowBuilderCampaigns(builder.Configuration);
        // Click-to-call statistics, CSV, invoices, comments and reminder e-mails (the intake and dispatcher come with the campaigns).
        builder.Services.AddClickToCallReports();
        builder.Services.AddHostedService<PluginReport>();
        builder.AddFlowBuilderNotifications();
        return builder;
    }
}
