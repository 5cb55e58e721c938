using FlowBuilder.Engine.Definitions;
using FlowBuilder.Engine.Http;
using Microsoft.Extensions.DependencyInjection;
using FlowBuilder.Engine.Runtime;
using FlowBuilder.Testing;

namespace FlowBuilder.Conformance.Tests;

/// <summary>Every ready-made flow in flow-templates/ must validate cleanly and run.</summary>
public sealed class FlowTemplateTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "flow-templates");

    public static TheoryData<string> Templates()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Folder, "*.flow.json").Order()) data.Add(Path.GetFileName(file));
        return data;
    }

    [Fact]
    public void TemplatesFolder_IsNotEmpty() => Directory.EnumerateFiles(Folder, "*.flow.json").Count().ShouldBeGreaterThanOrEqualTo(3);

    [Theory]
    [MemberData(nameof(Templates))]
    public async Task Template_ValidatesWithoutProblems_AndRuns(string file)
    {
        await using var host = new TestEngine(f => f.Services.AddSingleton<IHttpRequester>(new AnsweringHttpRequester()));
        var flow = FlowJson.Parse(File.ReadAllText(Path.Combine(Folder, file)));
        flow.Description.ShouldNotBeNullOrWhiteSpace("the gallery shows the description");
        host.Compiler.Validate(flow).Problems.ShouldBeEmpty();
        var input = flow.Inputs.ToDictionary(i => i.Name, i => SampleValue(i));
        var settled = await host.RunAsync(host.Compile(flow with { Version = 1 }), input);
        settled.Status.ShouldNotBe(InstanceStatus.Faulted, settled.FaultMessage);
    }

    /// <summary>A plausible value for a declared input: numbers 1500, objects empty, URLs (names ending in Url) a loopback address, text "sample".</summary>
    private static object? SampleValue(FlowInput input) => input switch
    {
        { Type: Engine.Definitions.ValueType.Number } => 1500.0,
        { Type: Engine.Definitions.ValueType.Object } => new Dictionary<string, object?>(StringComparer.Ordinal),
        { Name: var name } when name.EndsWith("Url", StringComparison.Ordinal) => "http://127.0.0.1:9/callback",
        _ => "sample",
    };
}
