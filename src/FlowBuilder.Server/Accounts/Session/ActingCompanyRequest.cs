namespace FlowBuilder.Server.Accounts.Session;

internal sealed record ActingCompanyRequest(string? CompanyId);
