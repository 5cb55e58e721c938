namespace FlowBuilder.Cli.Tests;

/// <summary>Small flow files the tests run and validate.</summary>
internal static class TestFlows
{
    public const string Greeting = """
        {
          "id": "greeting",
          "name": "Greeting",
          "inputs": [ { "name": "name", "type": "string", "required": true } ],
          "variables": [ { "name": "greeting", "type": "string" } ],
          "nodes": [
            { "id": "greet", "type": "control.set-variable", "inputs": { "variable": "greeting", "value": "js: 'Hello ' + input.name" } },
            { "id": "is-long", "type": "control.decision", "inputs": { "condition": "js: input.name.length > 3" } },
            { "id": "long", "type": "control.end", "inputs": { "result": "js: ({ greeting: vars.greeting, long: true })" } },
            { "id": "short", "type": "control.end", "inputs": { "result": "js: ({ greeting: vars.greeting, long: false })" } }
          ],
          "edges": [
            { "from": "greet", "to": "is-long" },
            { "from": "is-long", "outcome": "true", "to": "long" },
            { "from": "is-long", "outcome": "false", "to": "short" }
          ]
        }
        """;

    public const string Faulting = """
        {
          "id": "faulting",
          "name": "Faulting",
          "nodes": [
            { "id": "ok", "type": "control.set-variable", "inputs": { "variable": "a", "value": 1 } },
            { "id": "boom", "type": "control.set-variable", "inputs": { "variable": "b", "value": "js: missing.value" } },
            { "id": "never", "type": "control.end" }
          ],
          "edges": [ { "from": "ok", "to": "boom" }, { "from": "boom", "to": "never" } ]
        }
        """;

    public const string WaitsForApproval = """
        {
          "id": "approval",
          "name": "Waits for approval",
          "nodes": [
            { "id": "ask", "type": "control.set-variable", "inputs": { "variable": "asked", "value": true } },
            { "id": "wait", "type": "control.wait-for-event", "inputs": { "event": "approved" } },
            { "id": "done", "type": "control.end", "inputs": { "result": "approved" } }
          ],
          "edges": [ { "from": "ask", "to": "wait" }, { "from": "wait", "outcome": "received", "to": "done" } ]
        }
        """;

    public const string WithDelay = """
        {
          "id": "delayed",
          "name": "Delayed",
          "nodes": [
            { "id": "pause", "type": "control.delay", "inputs": { "seconds": 0 } },
            { "id": "done", "type": "control.end", "inputs": { "result": "after the delay" } }
          ],
          "edges": [ { "from": "pause", "to": "done" } ]
        }
        """;

    /// <summary>Node 'dial' has an unknown activity; node 'check' wires an outcome a decision does not have.</summary>
    public const string WithErrors = """
        {
          "id": "broken",
          "name": "Broken",
          "nodes": [
            { "id": "check", "type": "control.decision", "inputs": { "condition": "js: vars.x > 1" } },
            { "id": "dial", "type": "telephony.teleport", "inputs": {} },
            { "id": "end", "type": "control.end" }
          ],
          "edges": [
            { "from": "check", "outcome": "maybe", "to": "dial" },
            { "from": "check", "outcome": "true", "to": "end" }
          ]
        }
        """;

    /// <summary>A script with a syntax error on its second line.</summary>
    public const string WithScriptError = """
        {
          "id": "script-error",
          "name": "Script error",
          "nodes": [
            { "id": "calc", "type": "control.set-variable", "inputs": { "variable": "x", "value": "js: var a = 1;\nvar b = ;" } }
          ],
          "edges": []
        }
        """;

    /// <summary>Not a flow: <c>nodes[0].id</c> is a number.</summary>
    public const string Malformed = """
        {
          "id": "malformed",
          "name": "Malformed",
          "nodes": [ { "id": 42, "type": "control.end" } ]
        }
        """;
}
