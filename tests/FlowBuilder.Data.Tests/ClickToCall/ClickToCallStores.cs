using FlowBuilder.Engine.Billing;
using FlowBuilder.Engine.ClickToCall;
using FlowBuilder.Engine.Companies;

namespace FlowBuilder.Data.Tests.ClickToCall;

/// <summary>The click-to-call stores of one process.</summary>
public sealed record ClickToCallStores(ICompanyStore Companies, ITariffStore Tariffs, IClickToCallCampaignStore Campaigns, ICallbackRequestStore Requests);
