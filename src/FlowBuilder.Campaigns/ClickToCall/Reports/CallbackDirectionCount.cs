namespace FlowBuilder.Campaigns.ClickToCall.Reports;

/// <summary>Requests of one direction (the <see cref="Engine.ClickToCall.PhoneDirection.Label"/>) in a period.</summary>
public sealed record CallbackDirectionCount(string Label, string Country, long Total, long Completed);
