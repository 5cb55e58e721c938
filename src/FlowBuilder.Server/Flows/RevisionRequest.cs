namespace FlowBuilder.Server.Flows;

/// <summary>Body of requests that change a draft without sending one (restore): the revision the caller last read.</summary>
internal sealed record RevisionRequest(long? Revision);
