using FlowBuilder.Engine.Definitions;
using FlowBuilder.Engine.Validation;

namespace FlowBuilder.Engine.Tests;

public sealed class ValidatorTests : IAsyncLifetime
{
    private readonly TestEngine _host = new();

    public Task InitializeAsync() => Task.CompletedTask;
    public async Task DisposeAsync() => await _host.DisposeAsync();

    private ValidationReport Validate(FlowDefinition flow) => _host.Compiler.Validate(flow);

    [Fact]
    public void Validate_WellFormedFlow_HasNoProblems()
    {
        var flow = Flow("ok", [Node("a", "control.set-variable@1", new { variable = "x", value = 1 }), Node("b", "control.end")], [Edge("a", "done", "b")]);
        Validate(flow).Problems.ShouldBeEmpty();
    }

    [Fact]
    public void Validate_UnknownActivityType_ReportsPathAndNode()
    {
        var report = Validate(Flow("f", [Node("a", "acme.teleport@1")]));
        var problem = report.Errors.ShouldHaveSingleItem();
        problem.Code.ShouldBe(ProblemCodes.UnknownActivity);
        problem.Path.ShouldBe("$.nodes[0].type");
        problem.NodeId.ShouldBe("a");
        problem.Message.ShouldContain("acme.teleport@1");
    }

    [Fact]
    public void Validate_MissingRequiredInput_ReportsInputPath()
    {
        var report = Validate(Flow("f", [Node("wait", "control.delay")]));
        var problem = report.Errors.ShouldHaveSingleItem();
        problem.Code.ShouldBe(ProblemCodes.MissingInput);
        problem.Path.ShouldBe("$.nodes[0].inputs.seconds");
        problem.NodeId.ShouldBe("wait");
    }

    [Fact]
    public void Validate_EdgeFromUndeclaredOutcome_ListsTheDeclaredOnes()
    {
        var flow = Flow("f", [Node("d", "control.decision", new { condition = "js: true" }), Node("e", "control.end")], [Edge("d", "maybe", "e")]);
        var problem = Validate(flow).Errors.ShouldHaveSingleItem();
        problem.Code.ShouldBe(ProblemCodes.UnknownOutcome);
        problem.Path.ShouldBe("$.edges[0].outcome");
        problem.NodeId.ShouldBe("d");
        problem.Message.ShouldContain("true, false");
    }

    [Fact]
    public void Validate_EdgeToMissingNode_IsAnError()
    {
        var flow = Flow("f", [Node("a", "control.log", new { message = "hi" })], [Edge("a", "done", "ghost")]);
        var problem = Validate(flow).Errors.ShouldHaveSingleItem();
        problem.Code.ShouldBe(ProblemCodes.MissingNode);
        problem.Path.ShouldBe("$.edges[0].to");
        problem.Message.ShouldContain("ghost");
    }

    [Fact]
    public void Validate_DuplicateNodeIds_IsAnError()
    {
        var report = Validate(Flow("f", [Node("a", "control.end"), Node("a", "control.end")]));
        var problem = report.Errors.ShouldHaveSingleItem();
        problem.Code.ShouldBe(ProblemCodes.DuplicateId);
        problem.Path.ShouldBe("$.nodes[1].id");
    }

    [Fact]
    public void Validate_ScriptSyntaxError_GivesLineAndColumn()
    {
        var flow = Flow("f", [Node("s", "control.run-script", new { script = "js: var a = 1;\nvar b = ;" })]);
        var problem = Validate(flow).Errors.ShouldHaveSingleItem();
        problem.Code.ShouldBe(ProblemCodes.ExpressionSyntax);
        problem.Path.ShouldBe("$.nodes[0].inputs.script");
        problem.NodeId.ShouldBe("s");
        problem.Line.ShouldBe(2);
        problem.Column.ShouldNotBeNull().ShouldBeGreaterThan(1);
    }

    [Fact]
    public void Validate_TemplateSyntaxError_IsReportedOnTheField()
    {
        var flow = Flow("f", [Node("l", "control.log", new { message = "Hello {{#if vars.x}} no end" })]);
        var problem = Validate(flow).Errors.ShouldHaveSingleItem();
        problem.Code.ShouldBe(ProblemCodes.ExpressionSyntax);
        problem.Path.ShouldBe("$.nodes[0].inputs.message");
    }

    [Fact]
    public void Validate_LiteralOfWrongType_IsAnInvalidInput()
    {
        var problem = Validate(Flow("f", [Node("w", "control.delay", new { seconds = "soon" })])).Errors.ShouldHaveSingleItem();
        problem.Code.ShouldBe(ProblemCodes.InvalidInput);
        problem.Message.ShouldContain("a number");
    }

    [Fact]
    public void Validate_UnreachableNode_IsAWarningNotAnError()
    {
        var report = Validate(Flow("f", [Node("a", "control.end"), Node("island", "control.end")]));
        report.IsValid.ShouldBeTrue();
        var warning = report.Warnings.ShouldHaveSingleItem();
        warning.Code.ShouldBe(ProblemCodes.Unreachable);
        warning.NodeId.ShouldBe("island");
    }

    [Fact]
    public void Validate_LoopWithoutWait_IsAWarning()
    {
        var flow = Flow("f",
            [Node("a", "control.set-variable", new { variable = "n", value = "js: (vars.n || 0) + 1" }), Node("b", "control.decision", new { condition = "js: vars.n < 10" })],
            [Edge("a", "done", "b"), Edge("b", "true", "a")]);
        var warning = Validate(flow).Warnings.ShouldHaveSingleItem();
        warning.Code.ShouldBe(ProblemCodes.BusyLoop);
        warning.Message.ShouldContain("a -> b");
    }

    [Fact]
    public void Validate_LoopThroughADelay_IsFine()
    {
        var flow = Flow("f",
            [Node("a", "control.delay", new { seconds = 1 }), Node("b", "control.decision", new { condition = "js: true" })],
            [Edge("a", "done", "b"), Edge("b", "true", "a")]);
        Validate(flow).Problems.ShouldBeEmpty();
    }

    [Fact]
    public void Validate_SeveralProblems_AreAllReported()
    {
        var flow = Flow("f",
            [Node("a", "nope.nope"), Node("b", "control.delay"), Node("c", "control.run-script", new { script = "js: (" })],
            [Edge("a", "done", "b"), Edge("b", "done", "zzz")]);
        Validate(flow).Errors.Select(e => e.Code).ShouldBe(
            [ProblemCodes.UnknownActivity, ProblemCodes.MissingInput, ProblemCodes.ExpressionSyntax, ProblemCodes.MissingNode], ignoreOrder: true);
    }

    [Fact]
    public void Validate_DynamicOutcomes_AcceptEdgesFromEachCase()
    {
        var flow = Flow("f",
            [Node("s", "control.switch", new { cases = new object[] { new { name = "gold", condition = "js: true" }, new { name = "silver", condition = "js: false" } } }), Node("e", "control.end")],
            [Edge("s", "gold", "e"), Edge("s", "silver", "e"), Edge("s", "default", "e")]);
        Validate(flow).Problems.ShouldBeEmpty();
    }

    [Fact]
    public void Validate_SecondEdgeFromSameOutcome_IsAnError()
    {
        var flow = Flow("f", [Node("a", "control.log", new { message = "x" }), Node("b", "control.end"), Node("c", "control.end")],
            [Edge("a", "done", "b"), Edge("a", "done", "c")]);
        Validate(flow).Errors.ShouldHaveSingleItem().Code.ShouldBe(ProblemCodes.DuplicateEdge);
    }

    [Fact]
    public void Parse_MalformedJson_NamesThePath()
    {
        var error = Should.Throw<FlowFormatException>(() => FlowJson.Parse("""{"id":"x","name":"x","nodes":[{"id":"a","type":5}],"edges":[]}"""));
        error.Path.ShouldBe("$.nodes[0].type");
    }
}
