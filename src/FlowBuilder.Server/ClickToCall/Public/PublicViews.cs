using FlowBuilder.Engine.ClickToCall;

namespace FlowBuilder.Server.ClickToCall.Public;

/// <summary>What the widget shows before a request: its title, the consent sentence, the country numbers are read in, and
/// whether calls are placed now (else when next).</summary>
internal sealed record PublicCampaignView(string Title, string ConsentText, string DefaultCountry, bool Open, DateTimeOffset? NextOpenAt);

/// <summary>An accepted request: dialled at <see cref="ScheduledFor"/>.</summary>
internal sealed record PublicAcceptedView(string Id, CallbackRequestStatus Status, DateTimeOffset ScheduledFor, string Message);

/// <summary>Where a request stands, for the widget's polling.</summary>
internal sealed record PublicStatusView(string Id, CallbackRequestStatus Status, DateTimeOffset ScheduledFor);
