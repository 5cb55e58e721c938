using FlowBuilder.Engine.Flows;
using FlowBuilder.Server.Problems;

namespace FlowBuilder.Server.Flows;

/// <summary>The answer to a save (create, update, import, restore): the stored flow and what the validator says of its draft.</summary>
internal sealed record SavedFlowView(FlowView Flow, bool Valid, IReadOnlyList<ProblemView> Problems)
{
    public static SavedFlowView From(FlowChange change) =>
        new(FlowView.From(change.Flow), change.Report.IsValid, ProblemView.From(change.Report.Problems));
}
