using FlowBuilder.Engine.Calls;

namespace FlowBuilder.Engine.Billing;

/// <summary>CDRs that still need rating after a crash or restart: answered outbound legs with a company, ended at or after
/// <c>since</c>, that have no <c>call</c> ledger entry yet; oldest first.</summary>
public interface IUnratedCallRecords
{
    ValueTask<IReadOnlyList<CallDetailRecord>> ListAsync(DateTimeOffset since, int max, CancellationToken cancellationToken);
}
