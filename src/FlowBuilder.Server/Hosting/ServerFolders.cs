namespace FlowBuilder.Server.Hosting;

/// <summary>Resolves the folders named in <see cref="ServerOptions"/>: relative paths under the content root,
/// a missing setting to a folder next to the server's binaries (where the build copies it).</summary>
internal static class ServerFolders
{
    public static string Designer(ServerOptions options, string contentRoot) => Resolve(options.DesignerPath, "designer", contentRoot);

    public static string Templates(ServerOptions options, string contentRoot) => Resolve(options.TemplatesPath, "flow-templates", contentRoot);

    private static string Resolve(string? configured, string defaultName, string contentRoot) =>
        string.IsNullOrWhiteSpace(configured)
            ? Path.Combine(AppContext.BaseDirectory, defaultName)
            : Path.GetFullPath(configured, contentRoot);
}
