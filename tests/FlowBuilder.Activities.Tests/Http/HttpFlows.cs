using FlowBuilder.Engine.Definitions;

namespace FlowBuilder.Activities.Tests.Http;

/// <summary>Flows around one HTTP Request node 'fetch': each of its outcomes ends the flow with
/// <c>{ outcome, out: outputs.fetch }</c>, so a test reads which way it went and what it set.</summary>
internal static class HttpFlows
{
    public static readonly string[] Outcomes = ["success", "client-error", "server-error", "timeout", "failed"];

    public static FlowDefinition Fetch(object inputs, params FlowNode[] before)
    {
        var nodes = new List<FlowNode>(before) { Node("fetch", "http.request", inputs) };
        var edges = new List<FlowEdge>();
        for (var i = 0; i + 1 < nodes.Count; i++) edges.Add(Edge(nodes[i].Id, "done", nodes[i + 1].Id));
        foreach (var outcome in Outcomes)
        {
            nodes.Add(Node("on-" + outcome, "control.end", new { result = $"js: ({{ outcome: '{outcome}', out: outputs.fetch }})" }));
            edges.Add(Edge("fetch", outcome, "on-" + outcome));
        }
        return Flow("http-" + Guid.NewGuid().ToString("N")[..8], nodes, edges);
    }

    public static string OutcomeOf(object? result) => (string)((Dictionary<string, object?>)result!)["outcome"]!;

    public static Dictionary<string, object?> OutputsOf(object? result) => (Dictionary<string, object?>)((Dictionary<string, object?>)result!)["out"]!;

    public static int Number(object? value) => Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture);
}
