using System.Text.Json.Nodes;

namespace FlowBuilder.Server.Tests.Webhooks;

/// <summary>Flow files of the webhook and callback tests.</summary>
internal static class WebhookTestFlows
{
    /// <summary>An asynchronous webhook flow that ends with the trigger's "event"; signed when asked.</summary>
    public static JsonObject Listener(string id, string path, bool signed = false, bool synchronous = false) => Parse($$"""
        {
          "id": "{{id}}",
          "name": "Listener {{id}}",
          "trigger": { "type": "webhook", "path": "{{path}}", "synchronous": {{Bool(synchronous)}}, "signed": {{Bool(signed)}} },
          "nodes": [ { "id": "end", "type": "control.end", "inputs": { "result": "js: trigger.event" } } ],
          "edges": []
        }
        """);

    /// <summary>A webhook flow with typed, required inputs: name (string) and quantity (number).</summary>
    public static JsonObject TypedInputs(string id, string path) => Parse($$"""
        {
          "id": "{{id}}",
          "name": "Typed {{id}}",
          "inputs": [ { "name": "name", "type": "string", "required": true }, { "name": "quantity", "type": "number", "required": true } ],
          "trigger": { "type": "webhook", "path": "{{path}}" },
          "nodes": [ { "id": "end", "type": "control.end", "inputs": { "result": "js: input.name" } } ],
          "edges": []
        }
        """);

    /// <summary>A synchronous webhook flow that waits in the test gate, then ends with the trigger's "event".</summary>
    public static JsonObject GatedSync(string id, string path) => Parse($$"""
        {
          "id": "{{id}}",
          "name": "Gated {{id}}",
          "trigger": { "type": "webhook", "path": "{{path}}", "synchronous": true },
          "nodes": [
            { "id": "gate", "type": "test.gate" },
            { "id": "end", "type": "control.end", "inputs": { "result": "js: trigger.event" } }
          ],
          "edges": [ { "from": "gate", "to": "end" } ]
        }
        """);

    /// <summary>Waits for a callback (30 s timeout), then ends with the payload ("received") or "timed out" ("timeout")
    /// or "notify failed" ("failed").</summary>
    public static JsonObject Callback(string id, string? notifyUrl = null)
    {
        var notify = notifyUrl is null ? "" : ", \"notifyUrl\": \"" + notifyUrl + "\", \"notifyBody\": \"js: ({ orderId: 'A-17' })\"";
        return Parse($$"""
        {
          "id": "{{id}}",
          "name": "Callback {{id}}",
          "nodes": [
            { "id": "wait", "type": "http.wait-for-callback", "inputs": { "timeoutSeconds": 30{{notify}} } },
            { "id": "got", "type": "control.end", "inputs": { "result": "js: outputs.wait.payload" } },
            { "id": "late", "type": "control.end", "inputs": { "result": "timed out" } },
            { "id": "broken", "type": "control.end", "inputs": { "result": "notify failed" } }
          ],
          "edges": [
            { "from": "wait", "outcome": "received", "to": "got" },
            { "from": "wait", "outcome": "timeout", "to": "late" },
            { "from": "wait", "outcome": "failed", "to": "broken" }
          ]
        }
        """);
    }

    private static string Bool(bool value) => value ? "true" : "false";

    private static JsonObject Parse(string json) => JsonNode.Parse(json)!.AsObject();
}
