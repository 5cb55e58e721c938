namespace FlowBuilder.Server.Simulator;

/// <summary>Body of <c>PUT /api/simulator/numbers/{number}</c>.</summary>
/// <param name="Answer"><c>answered</c>, <c>busy</c>, <c>no-answer</c> or <c>failed</c>.</param>
/// <param name="AfterSeconds">How long it rings first (0-600). Default 0.</param>
internal sealed record ScriptDialRequest(string? Answer, double? AfterSeconds);
