using FlowBuilder.Engine.Definitions;

namespace FlowBuilder.Cli.Bench;

/// <summary>The 50-node benchmark flow of <c>bench/flows/control-50.flow.json</c>, embedded at build time.</summary>
internal static class BenchmarkFlow
{
    public static FlowDefinition Load()
    {
        using var stream = typeof(BenchmarkFlow).Assembly.GetManifestResourceStream("FlowBuilder.Cli.control-50.flow.json")
            ?? throw new InvalidOperationException("The benchmark flow is not embedded in this build.");
        using var reader = new StreamReader(stream);
        return FlowJson.Parse(reader.ReadToEnd());
    }
}
