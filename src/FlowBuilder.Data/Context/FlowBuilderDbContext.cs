using FlowBuilder.Data.Accounts;
using FlowBuilder.Data.Billing;
using FlowBuilder.Data.CallCentre;
using FlowBuilder.Data.Campaigns;
using FlowBuilder.Data.Calls;
using FlowBuilder.Data.ClickToCall;
using FlowBuilder.Data.Companies;
using FlowBuilder.Data.Contacts;
using FlowBuilder.Data.Flows;
using FlowBuilder.Data.Instances;
using FlowBuilder.Data.Messaging;
using FlowBuilder.Data.Webhooks;
using FlowBuilder.Data.Notifications;
using Microsoft.EntityFrameworkCore;

namespace FlowBuilder.Data.Context;

/// <summary>FlowBuilder's tables: companies, flows and their versions, trigger bindings, instances,
/// journal, incidents, call-detail records, recordings, and the call centre's extensions, groups, queues, caller lists and queue calls, and campaign contacts (groups, contacts, information databases, do-not-call), campaigns, tariffs, click-to-call campaigns with their callback requests, legs and comments, users, API keys, billing accounts and their ledger entries. The schema comes from the hand-written migrations in <c>Migrations/</c>.</summary>
public sealed class FlowBuilderDbContext(DbContextOptions<FlowBuilderDbContext> options) : DbContext(options)
{
    internal DbSet<CompanyRow> Companies => Set<CompanyRow>();
    internal DbSet<FlowRow> Flows => Set<FlowRow>();
    internal DbSet<FlowVersionRow> FlowVersions => Set<FlowVersionRow>();
    internal DbSet<TriggerBindingRow> TriggerBindings => Set<TriggerBindingRow>();
    internal DbSet<InstanceRow> Instances => Set<InstanceRow>();
    internal DbSet<JournalRow> Journal => Set<JournalRow>();
    internal DbSet<IncidentRow> Incidents => Set<IncidentRow>();
    internal DbSet<CallRecordRow> CallRecords => Set<CallRecordRow>();
    internal DbSet<CallRecordingRow> CallRecordings => Set<CallRecordingRow>();
    internal DbSet<ExtensionRow> Extensions => Set<ExtensionRow>();
    internal DbSet<ExtensionGroupRow> ExtensionGroups => Set<ExtensionGroupRow>();
    internal DbSet<CallQueueRow> CallQueues => Set<CallQueueRow>();
    internal DbSet<CallerListRow> CallerLists => Set<CallerListRow>();
    internal DbSet<QueueCallRow> QueueCalls => Set<QueueCallRow>();
    internal DbSet<SmsMessageRow> SmsMessages => Set<SmsMessageRow>();
    internal DbSet<SmsMessagePartRow> SmsMessageParts => Set<SmsMessagePartRow>();
    internal DbSet<SmsOptOutRow> SmsOptOuts => Set<SmsOptOutRow>();
    internal DbSet<WebhookSecretRow> WebhookSecrets => Set<WebhookSecretRow>();
    internal DbSet<IdempotencyRow> WebhookIdempotency => Set<IdempotencyRow>();
    internal DbSet<SeenSignatureRow> SeenSignatures => Set<SeenSignatureRow>();
    internal DbSet<UsedCallbackTokenRow> UsedCallbackTokens => Set<UsedCallbackTokenRow>();
    internal DbSet<SubscriptionRow> Subscriptions => Set<SubscriptionRow>();
    internal DbSet<OutboxEventRow> OutboxEvents => Set<OutboxEventRow>();
    internal DbSet<DeliveryRow> Deliveries => Set<DeliveryRow>();
    internal DbSet<DeliveryLogRow> DeliveryLog => Set<DeliveryLogRow>();
    internal DbSet<SubscriberGroupRow> SubscriberGroups => Set<SubscriberGroupRow>();
    internal DbSet<ContactRow> Contacts => Set<ContactRow>();
    internal DbSet<InfoDatabaseRow> InfoDatabases => Set<InfoDatabaseRow>();
    internal DbSet<InfoRecordRow> InfoRecords => Set<InfoRecordRow>();
    internal DbSet<DoNotCallRow> DoNotCall => Set<DoNotCallRow>();
    internal DbSet<CampaignRow> Campaigns => Set<CampaignRow>();
    internal DbSet<CampaignContactRow> CampaignContacts => Set<CampaignContactRow>();
    internal DbSet<CampaignAttemptRow> CampaignAttempts => Set<CampaignAttemptRow>();
    internal DbSet<TariffRow> Tariffs => Set<TariffRow>();
    internal DbSet<TariffRateRow> TariffRates => Set<TariffRateRow>();
    internal DbSet<ClickToCallCampaignRow> ClickToCallCampaigns => Set<ClickToCallCampaignRow>();
    internal DbSet<CallbackRequestRow> CallbackRequests => Set<CallbackRequestRow>();
    internal DbSet<CallbackLegRow> CallbackLegs => Set<CallbackLegRow>();
    internal DbSet<CallbackCommentRow> CallbackComments => Set<CallbackCommentRow>();
    internal DbSet<UserRow> Users => Set<UserRow>();
    internal DbSet<ApiKeyRow> ApiKeys => Set<ApiKeyRow>();
    internal DbSet<BillingAccountRow> BillingAccounts => Set<BillingAccountRow>();
    internal DbSet<LedgerEntryRow> LedgerEntries => Set<LedgerEntryRow>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfiguration(new CompanyRowConfiguration());
        modelBuilder.ApplyConfiguration(new FlowRowConfiguration());
        modelBuilder.ApplyConfiguration(new FlowVersionRowConfiguration());
        modelBuilder.ApplyConfiguration(new TriggerBindingRowConfiguration());
        modelBuilder.ApplyConfiguration(new InstanceRowConfiguration());
        modelBuilder.ApplyConfiguration(new JournalRowConfiguration());
        modelBuilder.ApplyConfiguration(new IncidentRowConfiguration());
        modelBuilder.ApplyConfiguration(new CallRecordRowConfiguration());
        modelBuilder.ApplyConfiguration(new CallRecordingRowConfiguration());
        modelBuilder.ApplyConfiguration(new ExtensionRowConfiguration());
        modelBuilder.ApplyConfiguration(new ExtensionGroupRowConfiguration());
        modelBuilder.ApplyConfiguration(new CallQueueRowConfiguration());
        modelBuilder.ApplyConfiguration(new CallerListRowConfiguration());
        modelBuilder.ApplyConfiguration(new QueueCallRowConfiguration());
        modelBuilder.ApplyConfiguration(new SmsMessageRowConfiguration());
        modelBuilder.ApplyConfiguration(new SmsMessagePartRowConfiguration());
        modelBuilder.ApplyConfiguration(new SmsOptOutRowConfiguration());
        modelBuilder.ApplyConfiguration(new WebhookSecretRowConfiguration());
        modelBuilder.ApplyConfiguration(new IdempotencyRowConfiguration());
        modelBuilder.ApplyConfiguration(new SeenSignatureRowConfiguration());
        modelBuilder.ApplyConfiguration(new UsedCallbackTokenRowConfiguration());
        modelBuilder.ApplyConfiguration(new SubscriptionRowConfiguration());
        modelBuilder.ApplyConfiguration(new OutboxEventRowConfiguration());
        modelBuilder.ApplyConfiguration(new DeliveryRowConfiguration());
        modelBuilder.ApplyConfiguration(new DeliveryLogRowConfiguration());
        modelBuilder.ApplyConfiguration(new SubscriberGroupRowConfiguration());
        modelBuilder.ApplyConfiguration(new ContactRowConfiguration());
        modelBuilder.ApplyConfiguration(new InfoDatabaseRowConfiguration());
        modelBuilder.ApplyConfiguration(new InfoRecordRowConfiguration());
        modelBuilder.ApplyConfiguration(new DoNotCallRowConfiguration());
        modelBuilder.ApplyConfiguration(new CampaignRowConfiguration());
        modelBuilder.ApplyConfiguration(new CampaignContactRowConfiguration());
        modelBuilder.ApplyConfiguration(new CampaignAttemptRowConfiguration());
        modelBuilder.ApplyConfiguration(new TariffRowConfiguration());
        modelBuilder.ApplyConfiguration(new TariffRateRowConfiguration());
        modelBuilder.ApplyConfiguration(new ClickToCallCampaignRowConfiguration());
        modelBuilder.ApplyConfiguration(new CallbackRequestRowConfiguration());
        modelBuilder.ApplyConfiguration(new CallbackLegRowConfiguration());
        modelBuilder.ApplyConfiguration(new CallbackCommentRowConfiguration());
        modelBuilder.ApplyConfiguration(new UserRowConfiguration());
        modelBuilder.ApplyConfiguration(new ApiKeyRowConfiguration());
        modelBuilder.ApplyConfiguration(new BillingAccountRowConfiguration());
        modelBuilder.ApplyConfiguration(new LedgerEntryRowConfiguration());
    }
}
