namespace FlowBuilder.Server.CallCentre.Registrations;

/// <summary>One registered contact of an extension: where its phone is, since when, and for how long more.</summary>
internal sealed record RegistrationView(
    string Number, string Contact, string Source, string Transport, DateTimeOffset RegisteredAt, DateTimeOffset ExpiresAt, int ExpiresInSeconds, string? UserAgent);
