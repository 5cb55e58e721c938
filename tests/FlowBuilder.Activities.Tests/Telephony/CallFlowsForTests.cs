using FlowBuilder.Engine.Definitions;

namespace FlowBuilder.Activities.Tests.Telephony;

/// <summary>Small call flows: an Incoming Call node on a number, then the given nodes, wired in order on 'done'
/// unless edges are given.</summary>
internal static class CallFlowsForTests
{
    public const string Number = "+18005550100";

    public static FlowDefinition Inbound(string id, IReadOnlyList<FlowNode> nodes, IEnumerable<FlowEdge>? edges = null)
    {
        var all = new List<FlowNode> { Node("in", "telephony.incoming-call", new { number = Number }) };
        all.AddRange(nodes);
        var wired = new List<FlowEdge> { Edge("in", "done", nodes[0].Id) };
        if (edges is null)
        {
            for (var i = 0; i + 1 < nodes.Count; i++) wired.Add(Edge(nodes[i].Id, "done", nodes[i + 1].Id));
        }
        else
        {
            wired.AddRange(edges);
        }
        return Flow(id, all, wired);
    }
}
