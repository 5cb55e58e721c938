namespace FlowBuilder.Server.Simulator;

/// <summary>Body of <c>POST /api/simulator/calls/{id}/digits</c>: the keys pressed, in order, e.g. <c>"12#"</c>.</summary>
internal sealed record DigitsRequest(string? Digits);
