using FlowBuilder.Engine.Expressions;

namespace FlowBuilder.Engine.Tests;

public sealed class ExpressionTests
{
    private static object? Eval(string text, ExpressionScope? scope = null, ScriptLimits? limits = null)
    {
        var compiler = limits is null ? ExpressionCompiler.Default : new ExpressionCompiler(limits);
        var compiled = compiler.Compile(text, out var error);
        error.ShouldBeNull();
        return compiled.Evaluate(scope ?? ExpressionScope.Empty());
    }

    private static ExpressionScope Scope() => new(
        new Dictionary<string, object?> { ["name"] = "Ada", ["count"] = 2.0, ["customer"] = new Dictionary<string, object?> { ["tier"] = "gold" } },
        new Dictionary<string, object?> { ["orderId"] = "A-17" },
        new Dictionary<string, object?> { ["amount"] = 42.5 },
        new Dictionary<string, object?> { ["lookup"] = new Dictionary<string, object?> { ["score"] = 7.0 } });

    [Fact]
    public void Literal_IsReturnedAsIs() => Eval("plain text").ShouldBe("plain text");

    [Fact]
    public void Template_SeesVariablesInputTriggerAndOutputs() =>
        Eval("{{vars.name}} {{input.orderId}} {{trigger.amount}} {{outputs.lookup.score}} {{vars.customer.tier}}", Scope()).ShouldBe("Ada A-17 42.5 7 gold");

    [Fact]
    public void Template_DoesNotEscapeHtml() => Eval("{{vars.name}} & <b>", Scope()).ShouldBe("Ada & <b>");

    [Fact]
    public void Script_SeesTheScope() => Eval("js: vars.count * 10 + outputs.lookup.score + trigger.amount", Scope()).ShouldBe(69.5);

    [Fact]
    public void Script_CanChangeVariables()
    {
        var scope = Scope();
        Eval("js: vars.count = vars.count + 1; vars.greeting = 'hi ' + vars.name; vars.count", scope).ShouldBe(3.0);
        scope.Variables["greeting"].ShouldBe("hi Ada");
    }

    [Fact]
    public void Script_WithReturn_RunsAsAFunctionBody() => Eval("js: var x = 4;\nreturn x * x;").ShouldBe(16.0);

    [Fact]
    public void Script_ReturnsObjectsAsFlowValues()
    {
        var value = Eval("js: ({ a: [1, 'two', true], b: null })").ShouldBeOfType<Dictionary<string, object?>>();
        value["a"].ShouldBe(new List<object?> { 1.0, "two", true });
        value["b"].ShouldBeNull();
    }

    [Fact]
    public void Script_InputIsReadOnly()
    {
        var error = Should.Throw<ExpressionException>(() => Eval("js: input.orderId = 'x'", Scope()));
        error.Message.ShouldContain("read-only");
    }

    [Fact]
    public void Script_EndlessLoop_StopsWithinItsTimeLimit()
    {
        var limits = new ScriptLimits(MaxStatements: int.MaxValue, Timeout: TimeSpan.FromMilliseconds(200));
        var started = System.Diagnostics.Stopwatch.StartNew();
        var error = Should.Throw<ExpressionException>(() => Eval("js: while (true) {}", limits: limits));
        error.Message.ShouldContain("200 ms");
        started.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void Script_TooManyStatements_IsStopped()
    {
        var error = Should.Throw<ExpressionException>(() => Eval("js: for (var i = 0; i < 1e9; i++) {}", limits: new ScriptLimits(MaxStatements: 1000)));
        error.Message.ShouldContain("1,000 statements");
    }

    [Fact]
    public void Script_EndlessRecursion_IsStopped()
    {
        var error = Should.Throw<ExpressionException>(() => Eval("js: function f(n) { return f(n + 1); } f(0)"));
        error.Message.ShouldContain("recursion");
    }

    [Fact]
    public void Script_HasNoClrAccess()
    {
        Should.Throw<ExpressionException>(() => Eval("js: System.IO.File.ReadAllText('/etc/passwd')"));
        Should.Throw<ExpressionException>(() => Eval("js: importNamespace('System')"));
    }

    [Fact]
    public void Script_DeclaredGlobals_DoNotLeakToTheNextEvaluation()
    {
        Eval("js: var leaked = 5; leaked").ShouldBe(5.0);
        Should.Throw<ExpressionException>(() => Eval("js: leaked")).Message.ShouldContain("leaked");
    }

    [Fact]
    public void Script_UndeclaredAssignment_FailsInStrictMode() =>
        Should.Throw<ExpressionException>(() => Eval("js: oops = 1"));

    [Fact]
    public void Script_RuntimeError_NamesTheLine()
    {
        var error = Should.Throw<ExpressionException>(() => Eval("js: var a = 1;\nnull.x"));
        error.Message.ShouldContain("line 2");
    }

    [Fact]
    public void Script_SyntaxError_IsReturnedNotThrown()
    {
        ExpressionCompiler.Default.Compile("js: 1 +", out var error);
        error.ShouldNotBeNull().Line.ShouldBe(1);
    }
}
