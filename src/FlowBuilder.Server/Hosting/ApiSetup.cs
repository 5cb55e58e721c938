using System.Net;
using FlowBuilder.Server.Accounts.Hosting;
using FlowBuilder.Server.Companies;
using Microsoft.AspNetCore.HttpOverrides;
using FlowBuilder.Server.Problems;
using FlowBuilder.Server.Templates;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace FlowBuilder.Server.Hosting;

internal static class ApiSetup
{
    /// <summary>Default address when neither <c>--urls</c>, <c>ASPNETCORE_URLS</c> nor appsettings name one.</summary>
    public const string DefaultUrl = "http://127.0.0.1:5080";

    /// <summary>Server options, body size limit, company context, JSON conventions, problem details and OpenAPI.</summary>
    public static WebApplicationBuilder AddFlowBuilderApi(this WebApplicationBuilder builder)
    {
        if (string.IsNullOrWhiteSpace(builder.Configuration["urls"])) builder.WebHost.UseUrls(DefaultUrl);
        var services = builder.Services;
        services.AddOptions<ServerOptions>().Bind(builder.Configuration.GetSection(ServerOptions.Section))
            .Validate(o => o.MaxRequestBytes > 0 && o.WebhookTimeoutSeconds > 0 && o.RunWaitSeconds >= 0,
                $"{ServerOptions.Section}: MaxRequestBytes and WebhookTimeoutSeconds must be above 0, RunWaitSeconds 0 or more.")
            .ValidateOnStart();
        services.AddOptions<KestrelServerOptions>().Configure<IOptions<ServerOptions>>((kestrel, server) => kestrel.Limits.MaxRequestBodySize = server.Value.MaxRequestBytes);
        services.AddScoped<ICompanyContext, DefaultCompanyContext>();
        services.AddSingleton<TemplateFolder>();
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
            context.ProblemDetails.Instance ??= $"{context.HttpContext.Request.Method} {context.HttpContext.Request.Path}");
        services.AddExceptionHandler<ProblemExceptionHandler>();
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.ConfigureHttpJsonOptions(options => ApiJson.Configure(options.SerializerOptions));
        services.AddOpenApi();
        return builder;
    }

    /// <summary>Request logging, problem details for every error, the body size limit, the designer's files
    /// (<see cref="DesignerSetup"/>), routing, authentication and permissions, then the designer's page fallback.</summary>
    public static WebApplication UseFlowBuilderPipeline(this WebApplication app)
    {
        UseKnownProxies(app);
        app.UseMiddleware<RequestLoggingMiddleware>();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseMiddleware<RequestBodyLimitMiddleware>();
        var designer = DesignerSetup.Files(app);
        if (designer is not null) app.UseFlowBuilderDesigner(designer);
        app.UseRouting();
        app.UseFlowBuilderAccounts();
        if (designer is not null) app.UseFlowBuilderDesignerFallback(designer);
        return app;
    }

    /// <summary>Believes X-Forwarded-For/-Proto from <see cref="ServerOptions.KnownProxies"/> only (none by default).</summary>
    private static void UseKnownProxies(WebApplication app)
    {
        var proxies = app.Services.GetRequiredService<IOptions<ServerOptions>>().Value.KnownProxies;
        if (proxies.Length == 0) return;
        var options = new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto, ForwardLimit = 1 };
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        foreach (var proxy in proxies)
        {
            if (!IPAddress.TryParse(proxy.Trim(), out var address))
                throw new InvalidOperationException($"{ServerOptions.Section}:KnownProxies holds '{proxy}', which is not an IP address. List the proxies' addresses, e.g. 10.0.0.5.");
            options.KnownProxies.Add(address);
        }
        app.UseForwardedHeaders(options);
    }
}
