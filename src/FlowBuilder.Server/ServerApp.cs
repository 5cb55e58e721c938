using FlowBuilder.Server.Accounts.Hosting;
using FlowBuilder.Server.Activities;
using FlowBuilder.Server.CallCentre;
using FlowBuilder.Server.Campaigns;
using FlowBuilder.Server.Billing;
using FlowBuilder.Server.Calls;
using FlowBuilder.Server.ClickToCall;
using FlowBuilder.Server.Companies;
using FlowBuilder.Server.Flows;
using FlowBuilder.Server.Home;
using FlowBuilder.Server.Hosting;
using FlowBuilder.Server.Instances;
using FlowBuilder.Server.Media;
using FlowBuilder.Server.Notifications;
using FlowBuilder.Server.Recordings;
using FlowBuilder.Server.Simulator;
using FlowBuilder.Server.Sms;
using FlowBuilder.Server.Statistics;
using FlowBuilder.Server.SystemBilling;
using FlowBuilder.Server.SmsGateway;
using FlowBuilder.Server.Speech;
using FlowBuilder.Server.Templates;
using FlowBuilder.Server.Webhooks;

namespace FlowBuilder.Server;

/// <summary>Builds the FlowBuilder web host; <c>Program</c> and <c>flowbuilder serve</c> both use it.</summary>
public static class ServerApp
{
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddFlowBuilderLogging().AddFlowBuilderEngine().AddFlowBuilderApi();
        builder.AddFlowBuilderWebhooks();
        builder.AddBillingApi();
        builder.AddFlowBuilderContacts();
        builder.AddCampaignsApi();
        builder.AddClickToCallApi();
        builder.AddFlowBuilderAccounts();

        var app = builder.Build();
        app.UseFlowBuilderPipeline();
        app.MapOpenApi().AllowAnonymous();
        app.MapHomeApi();
        app.MapAccountsApi();
        app.MapFlowsApi();
        app.MapActivitiesApi();
        app.MapTemplatesApi();
        app.MapInstancesApi();
        app.MapWebhooksApi();
        app.MapCallsApi();
        app.MapMediaApi();
        app.MapCallCentreApi();
        app.MapRecordingsApi();
        app.MapSimulatorApi();
        app.MapSpeechApi();
        app.MapSmsGatewayApi();
        app.MapSmsApi();
        app.MapNotificationsApi();
        app.MapContactsApi();
        app.MapCampaignsApi();
        app.MapCompanyApi();
        app.MapTariffsApi();
        app.MapBillingApi();
        app.MapStatisticsApi();
        app.MapSystemBillingApi();
        app.MapClickToCallApi();
        FlowBuilder.Server.CallCentre.QueueLive.QueueLiveApi.MapQueueLiveApi(app);
        return app;
    }
}
