using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;

namespace FlowBuilder.Server.Hosting;

/// <summary>Serves the built designer (<see cref="ServerOptions.DesignerPath"/>) at the root: its files, <c>index.html</c>
/// for <c>/</c> and for every other page address (<see cref="DesignerFallbackMiddleware"/>). Without an index.html the
/// Home endpoint answers <c>/</c> instead.</summary>
internal static class DesignerSetup
{
    /// <summary>Hashed bundles under <c>/assets/</c> never change under the same name.</summary>
    private const string ImmutableCache = "public, max-age=31536000, immutable";

    /// <summary>The designer's folder, or null when it does not exist.</summary>
    public static IFileProvider? Files(WebApplication app)
    {
        var folder = ServerFolders.Designer(app.Services.GetRequiredService<IOptions<ServerOptions>>().Value, app.Environment.ContentRootPath);
        return Directory.Exists(folder) ? new PhysicalFileProvider(folder) : null;
    }

    /// <summary>The designer's files and its index.html for <c>/</c>; before routing. index.html and other files are
    /// revalidated on every load (<c>no-cache</c>), <c>/assets/*</c> cached for a year.</summary>
    public static WebApplication UseFlowBuilderDesigner(this WebApplication app, IFileProvider files)
    {
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            OnPrepareResponse = context => context.Context.Response.Headers.CacheControl =
                context.Context.Request.Path.StartsWithSegments("/assets", StringComparison.Ordinal) ? ImmutableCache : "no-cache",
        });
        return app;
    }

    /// <summary>The page fallback; after routing, so it sees which requests no endpoint took.</summary>
    public static WebApplication UseFlowBuilderDesignerFallback(this WebApplication app, IFileProvider files)
    {
        app.UseMiddleware<DesignerFallbackMiddleware>(files);
        return app;
    }
}
