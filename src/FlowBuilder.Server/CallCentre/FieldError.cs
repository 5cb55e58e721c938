namespace FlowBuilder.Server.CallCentre;

/// <summary>One thing wrong with a request: the JSON path of the field (<c>$.forwarding.schedule[0].from</c>) and what to do.</summary>
internal sealed record FieldError(string Path, string Message);
