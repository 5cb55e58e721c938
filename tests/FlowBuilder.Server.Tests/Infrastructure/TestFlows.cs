using System.Text.Json.Nodes;

namespace FlowBuilder.Server.Tests.Infrastructure;

/// <summary>Flow files the tests use, built from the built-in control and HTTP activities.</summary>
internal static class TestFlows
{
    public static string NewId(string prefix) => $"{prefix}-{Guid.NewGuid():N}";

    /// <summary>Requires input "name" (string) and ends with { greeting: "Hello " + name }.</summary>
    public static JsonObject Greeter(string id, string name = "Greeter") => Parse($$"""
        {
          "id": "{{id}}",
          "name": "{{name}}",
          "inputs": [ { "name": "name", "type": "string", "required": true } ],
          "nodes": [
            { "id": "end", "type": "control.end", "position": { "x": 10, "y": 20 }, "inputs": { "result": "js: ({ greeting: 'Hello ' + input.name })" } }
          ],
          "edges": []
        }
        """);

    /// <summary>Waits for an "approval" event, then ends with the event's payload as result.</summary>
    public static JsonObject WaitsForApproval(string id) => Parse($$"""
        {
          "id": "{{id}}",
          "name": "Approval {{id}}",
          "nodes": [
            { "id": "wait", "type": "control.wait-for-event", "inputs": { "event": "approval" } },
            { "id": "end", "type": "control.end", "inputs": { "result": "js: outputs.wait.payload" } }
          ],
          "edges": [ { "from": "wait", "outcome": "received", "to": "end" } ]
        }
        """);

    /// <summary>Bound to a webhook path; answers through http.response (201, JSON body, a header), then ends.</summary>
    public static JsonObject Replier(string id, string path) => Parse($$"""
        {
          "id": "{{id}}",
          "name": "Replier {{id}}",
          "trigger": { "type": "webhook", "path": "{{path}}" },
          "nodes": [
            {
              "id": "reply",
              "type": "http.response",
              "inputs": {
                "statusCode": 201,
                "body": "js: ({ orderId: trigger.orderId, doubled: input.quantity * 2 })",
                "headers": [ { "name": "X-Flow", "value": "{{id}}" } ]
              }
            },
            { "id": "end", "type": "control.end" }
          ],
          "edges": [ { "from": "reply", "to": "end" } ]
        }
        """);

    /// <summary>Bound to a webhook path; stores the event name in a variable and ends with it.</summary>
    public static JsonObject Listener(string id, string path, bool synchronous = false) => Parse($$"""
        {
          "id": "{{id}}",
          "name": "Listener {{id}}",
          "variables": [ { "name": "seen" } ],
          "trigger": { "type": "webhook", "path": "{{path}}", "synchronous": {{(synchronous ? "true" : "false")}} },
          "nodes": [
            { "id": "remember", "type": "control.set-variable", "inputs": { "variable": "seen", "value": "js: trigger.event" } },
            { "id": "end", "type": "control.end", "inputs": { "result": "js: vars.seen" } }
          ],
          "edges": [ { "from": "remember", "to": "end" } ]
        }
        """);

    /// <summary>A synchronous webhook flow that stays busy in the test gate and never replies on its own.</summary>
    public static JsonObject Gated(string id, string path) => Parse($$"""
        {
          "id": "{{id}}",
          "name": "Gated {{id}}",
          "trigger": { "type": "webhook", "path": "{{path}}", "synchronous": true },
          "nodes": [ { "id": "gate", "type": "test.gate" } ],
          "edges": []
        }
        """);

    /// <summary>Four independent errors: unknown activity, missing required input, script syntax error, edge to a missing node.</summary>
    public static JsonObject Broken(string id) => Parse($$"""
        {
          "id": "{{id}}",
          "name": "Broken {{id}}",
          "nodes": [
            { "id": "start", "type": "control.set-variable", "inputs": { "value": 1 } },
            { "id": "mystery", "type": "acme.no-such-activity" },
            { "id": "end", "type": "control.end", "inputs": { "result": "js: ((" } }
          ],
          "edges": [
            { "from": "start", "to": "mystery" },
            { "from": "mystery", "to": "end" },
            { "from": "end", "outcome": "done", "to": "nowhere" }
          ]
        }
        """);

    private static JsonObject Parse(string json) => JsonNode.Parse(json)!.AsObject();
}
