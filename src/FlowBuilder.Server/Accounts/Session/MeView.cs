namespace FlowBuilder.Server.Accounts.Session;

/// <summary>Who is calling (GET /api/me): the user or API key, the company acted in and what the role allows.</summary>
internal sealed record MeView(MeUserView User, MeCompanyView Company, string HomeCompanyId, string AuthenticatedBy, IReadOnlyList<string> Permissions);
