using System.Reflection;
using System.Runtime.Loader;

namespace FlowBuilder.Engine.Hosting;

/// <summary>
/// Loads activity plugins: each DLL in the plugins folder gets its own load context, so its private
/// dependencies do not clash with the host's, while FlowBuilder's own assemblies (and anything the
/// host already has) are shared, so the plugin's activities are the same types the engine knows.
/// </summary>
public sealed class PluginLoader(string folder)
{
    private readonly List<string> _failures = [];

    public string Folder { get; } = Path.GetFullPath(folder);
    public IReadOnlyList<string> Failures => _failures;

    public IReadOnlyList<LoadedPlugin> Load()
    {
        if (!Directory.Exists(Folder)) return [];
        var plugins = new List<LoadedPlugin>();
        foreach (var path in Directory.EnumerateFiles(Folder, "*.dll").Order(StringComparer.Ordinal))
        {
            try
            {
                var context = new PluginLoadContext(path);
                var assembly = context.LoadFromAssemblyPath(path);
                plugins.Add(new LoadedPlugin(Path.GetFileName(path), assembly));
            }
            catch (Exception error) when (error is BadImageFormatException or FileLoadException or FileNotFoundException)
            {
                _failures.Add($"{Path.GetFileName(path)}: {error.Message}");
            }
        }
        return plugins;
    }

    private sealed class PluginLoadContext(string path) : AssemblyLoadContext(Path.GetFileNameWithoutExtension(path), isCollectible: false)
    {
        private readonly AssemblyDependencyResolver _resolver = new(path);

        protected override Assembly? Load(AssemblyName name)
        {
            var shared = Default.Assemblies.FirstOrDefault(a => AssemblyName.ReferenceMatchesDefinition(a.GetName(), name) && a.GetName().Name == name.Name);
            if (shared is not null) return shared;
            if (name.Name?.StartsWith("FlowBuilder.", StringComparison.Ordinal) == true) return Default.LoadFromAssemblyName(name);
            var resolved = _resolver.ResolveAssemblyToPath(name);
            return resolved is null ? null : LoadFromAssemblyPath(resolved);
        }
    }
}
