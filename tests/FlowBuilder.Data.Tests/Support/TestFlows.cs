using System.Text.Json;
using FlowBuilder.Engine.Definitions;

namespace FlowBuilder.Data.Tests.Support;

internal static class TestFlows
{
    public static FlowDefinition Flow(string id, string? name = null, FlowTrigger? trigger = null, string greeting = "Hello") => new()
    {
        Id = id,
        Name = name ?? id,
        Description = "A test flow",
        Trigger = trigger,
        Variables = [new FlowVariable { Name = "attempts" }],
        Nodes =
        [
            new FlowNode
            {
                Id = "greet",
                Type = "control.log@1",
                Label = "Greet",
                Position = new NodePosition(10, 20),
                Inputs = new Dictionary<string, JsonElement> { ["message"] = JsonSerializer.SerializeToElement(greeting) },
            },
            new FlowNode { Id = "end", Type = "control.end@1" },
        ],
        Edges = [new FlowEdge { From = "greet", Outcome = "done", To = "end" }],
    };

    public static FlowTrigger Webhook(string path, bool synchronous = false) => new() { Type = TriggerType.Webhook, Path = path, Synchronous = synchronous };

    public static FlowTrigger Call(string number) => new() { Type = TriggerType.Call, Number = number };

    /// <summary>Flow definitions are compared as their JSON: the records hold lists, which compare by reference.</summary>
    public static string Json(FlowDefinition flow) => FlowJson.Serialize(flow);
}
