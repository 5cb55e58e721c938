using System.Text.Json.Nodes;

namespace FlowBuilder.Server.Tests.Calls;

/// <summary>Call flows the API tests publish.</summary>
internal static class CallFlowsForTests
{
    /// <summary>Answers calls to <paramref name="number"/>, reads one digit (10 s), says which, hangs up.</summary>
    public static JsonObject PressAKey(string id, string number) => JsonNode.Parse($$$"""
        {
          "id": "{{{id}}}",
          "name": "Press a key",
          "trigger": { "type": "call", "number": "{{{number}}}" },
          "nodes": [
            { "id": "answer", "type": "telephony.answer", "inputs": {} },
            { "id": "gather", "type": "telephony.gather", "inputs": { "prompt": "Press a key.", "maxDigits": 1, "firstDigitTimeoutSeconds": 10 } },
            { "id": "said", "type": "telephony.say", "inputs": { "text": "You pressed {{outputs.gather.digits}}." } },
            { "id": "silent", "type": "telephony.say", "inputs": { "text": "Nothing pressed." } },
            { "id": "bye", "type": "telephony.hangup", "inputs": {} }
          ],
          "edges": [
            { "from": "answer", "outcome": "done", "to": "gather" },
            { "from": "gather", "outcome": "done", "to": "said" },
            { "from": "gather", "outcome": "timeout", "to": "silent" },
            { "from": "said", "outcome": "done", "to": "bye" },
            { "from": "silent", "outcome": "done", "to": "bye" }
          ]
        }
        """)!.AsObject();

    /// <summary>No trigger of its own: greets the input's name on whatever call it is given, then hangs up.</summary>
    public static JsonObject Greeter(string id) => JsonNode.Parse($$$"""
        {
          "id": "{{{id}}}",
          "name": "Greeter",
          "inputs": [ { "name": "name", "type": "string", "default": "there" } ],
          "nodes": [
            { "id": "answer", "type": "telephony.answer", "inputs": {} },
            { "id": "hello", "type": "telephony.say", "inputs": { "text": "Hello {{input.name}}." } },
            { "id": "bye", "type": "telephony.hangup", "inputs": {} }
          ],
          "edges": [
            { "from": "answer", "outcome": "done", "to": "hello" },
            { "from": "hello", "outcome": "done", "to": "bye" }
          ]
        }
        """)!.AsObject();
}
