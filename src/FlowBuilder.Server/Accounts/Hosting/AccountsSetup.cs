using FlowBuilder.Engine.Accounts;
using FlowBuilder.Server.Accounts.ApiKeys;
using FlowBuilder.Server.Accounts.Authentication;
using FlowBuilder.Server.Accounts.Authorization;
using FlowBuilder.Server.Accounts.Session;
using FlowBuilder.Server.Accounts.Setup;
using FlowBuilder.Server.Accounts.SystemCompanies;
using FlowBuilder.Server.Accounts.Users;
using FlowBuilder.Server.Companies;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace FlowBuilder.Server.Accounts.Hosting;

internal static class AccountsSetup
{
    /// <summary>Session cookies, API keys, the caller's company, bootstrap accounts; in-memory stores unless the data layer gave SQL ones.</summary>
    public static WebApplicationBuilder AddFlowBuilderAccounts(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<AccountsOptions>().Bind(builder.Configuration.GetSection(AccountsOptions.Section))
            .Validate(o => o.SessionHours > 0, $"{AccountsOptions.Section}:SessionHours must be above 0.")
            .ValidateOnStart();
        services.TryAddSingleton<IUserStore, InMemoryUserStore>();
        services.TryAddSingleton<IApiKeyStore, InMemoryApiKeyStore>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<FlowBuilder.Engine.Billing.IBillingLedger, FlowBuilder.Engine.Billing.InMemoryBillingLedger>();
        services.AddHttpContextAccessor();
        services.RemoveAll<ICompanyContext>();
        services.AddScoped<ICompanyContext, CallerCompanyContext>();
        services.AddSingleton<Passwords>();
        services.AddSingleton<SignInLimiter>();
        services.AddSingleton<SessionValidator>();
        services.AddSingleton<ApiKeyUseRecorder>();
        services.AddSingleton<SetupToken>();
        services.AddSingleton<SessionCookies>();
        services.AddSingleton<MeViews>();
        services.AddHostedService<AccountsStartup>();

        services.AddAuthentication(AccountSchemes.Caller)
            .AddPolicyScheme(AccountSchemes.Caller, "Session cookie or API key", o =>
                o.ForwardDefaultSelector = http => AccountSchemes.HasApiKey(http.Request) ? AccountSchemes.ApiKey : AccountSchemes.Session)
            .AddCookie(AccountSchemes.Session, _ => { })
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(AccountSchemes.ApiKey, _ => { });
        services.AddOptions<CookieAuthenticationOptions>(AccountSchemes.Session)
            .Configure<IOptions<AccountsOptions>, SessionValidator, TimeProvider>((cookie, accounts, validator, time) =>
            {
                cookie.Cookie.Name = AccountSchemes.CookieName;
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.SameSite = SameSiteMode.Strict;
                cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                cookie.ExpireTimeSpan = TimeSpan.FromHours(accounts.Value.SessionHours);
                cookie.SlidingExpiration = true;
                cookie.TimeProvider = time;
                cookie.Events.OnValidatePrincipal = validator.ValidateAsync;
                cookie.Events.OnRedirectToLogin = context => Status(context.Response, StatusCodes.Status401Unauthorized);
                cookie.Events.OnRedirectToAccessDenied = context => Status(context.Response, StatusCodes.Status403Forbidden);
            });
        services.AddOptions<AuthenticationSchemeOptions>(AccountSchemes.ApiKey).Configure<TimeProvider>((o, time) => o.TimeProvider = time);
        return builder;
    }

    /// <summary>Authentication, then the permission check; after routing so the endpoint's metadata is known.</summary>
    public static WebApplication UseFlowBuilderAccounts(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseMiddleware<PermissionMiddleware>();
        return app;
    }

    public static IEndpointRouteBuilder MapAccountsApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapSetupApi();
        endpoints.MapSessionApi();
        endpoints.MapUsersApi();
        endpoints.MapApiKeysApi();
        endpoints.MapSystemCompaniesApi();
        return endpoints;
    }

    private static Task Status(HttpResponse response, int status)
    {
        response.StatusCode = status;
        return Task.CompletedTask;
    }
}
