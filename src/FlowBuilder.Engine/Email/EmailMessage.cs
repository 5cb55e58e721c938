namespace FlowBuilder.Engine.Email;

/// <summary>A plain-text e-mail. <see cref="From"/> null: the server's configured sender.</summary>
public sealed record EmailMessage(IReadOnlyList<string> To, string Subject, string Body, string? From = null);
