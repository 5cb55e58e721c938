using System.Text.Json;

namespace FlowBuilder.Conformance.Tests;

/// <summary>
/// What a conformance flow must do, read from <c>NAME.expect.json</c> beside <c>NAME.flow.json</c>:
/// the input, the steps applied after the first settle (advance the clock, send a stimulus), and the
/// status, result, reply and journal transcript (<c>node:outcome</c> lines) it must end with.
/// </summary>
public sealed record ConformanceCase
{
    public Dictionary<string, JsonElement>? Input { get; init; }
    public JsonElement? Trigger { get; init; }
    public List<ConformanceStep> Steps { get; init; } = [];
    public List<string> Publish { get; init; } = [];
    public int? StepLimit { get; init; }
    public required string Status { get; init; }
    public JsonElement? Result { get; init; }
    public string? FaultContains { get; init; }
    public ConformanceReply? Reply { get; init; }
    public required List<string> Transcript { get; init; }
}

/// <summary>Advance the clock and/or send a stimulus. <see cref="Settles"/> is false for a stimulus
/// the instance keeps for later (it is waiting on something else), so the suite does not wait for it.</summary>
public sealed record ConformanceStep(double? Advance, string? Stimulus, JsonElement? Payload, string? CorrelationKey, bool Settles = true);

public sealed record ConformanceReply(int Status, JsonElement? Body);
