using FlowBuilder.Engine.Validation;

namespace FlowBuilder.Server.Problems;

/// <summary>What the validator says of a flow: valid when there is no error (warnings allowed).</summary>
internal sealed record ValidationView(bool Valid, IReadOnlyList<ProblemView> Problems)
{
    public static ValidationView From(ValidationReport report) => new(report.IsValid, ProblemView.From(report.Problems));
}
