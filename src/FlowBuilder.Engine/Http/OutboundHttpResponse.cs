namespace FlowBuilder.Engine.Http;

/// <summary>The answer of the last attempt. <see cref="Headers"/> are case-insensitive; repeated headers are joined with ", ".</summary>
public sealed record OutboundHttpResponse(int StatusCode, IReadOnlyDictionary<string, string> Headers, string Body, string? ContentType, int Attempts, TimeSpan Elapsed);
