namespace FlowBuilder.Server.Billing;

/// <summary>One period's invoice in the list: <see cref="Period"/> yyyy-MM, [Start, End) and the invoice total.</summary>
internal sealed record InvoiceSummaryView(string Period, DateTimeOffset Start, DateTimeOffset End, decimal Total, string Currency);
