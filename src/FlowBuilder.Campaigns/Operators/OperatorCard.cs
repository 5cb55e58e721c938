using FlowBuilder.Engine.Campaigns;
using FlowBuilder.Engine.Campaigns.Contacts;

namespace FlowBuilder.Campaigns.Operators;

/// <summary>What an operator's page shows about the contact they are about to call or are talking to.</summary>
/// <param name="History">The contact's earlier attempts in this campaign, newest first.</param>
public sealed record OperatorCard(Contact Contact, CampaignContact QueueEntry, IReadOnlyList<CampaignAttempt> History, IReadOnlyDictionary<string, object?> Info);
