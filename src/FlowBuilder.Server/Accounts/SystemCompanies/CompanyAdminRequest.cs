namespace FlowBuilder.Server.Accounts.SystemCompanies;

internal sealed record CompanyAdminRequest(string? Email, string? Name, string? Password);
