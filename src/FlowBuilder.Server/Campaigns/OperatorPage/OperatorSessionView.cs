using FlowBuilder.Campaigns.Operators;

namespace FlowBuilder.Server.Campaigns.OperatorPage;

/// <summary>A new operator session: the bearer token for the other operator endpoints, when it expires, and the operator's view.</summary>
internal sealed record OperatorSessionView(string Token, DateTimeOffset ExpiresAt, OperatorView Operator);
