using FlowBuilder.Engine.Definitions;
using FlowBuilder.Server.Hosting;
using Microsoft.Extensions.Options;

namespace FlowBuilder.Server.Templates;

/// <summary>The templates folder (<see cref="ServerOptions.TemplatesPath"/>): every <c>*.flow.json</c> in it is a template,
/// named by its file name. Read on each request, so templates dropped in appear without a restart.</summary>
internal sealed class TemplateFolder(IOptions<ServerOptions> options, IWebHostEnvironment environment)
{
    private const string Extension = ".flow.json";

    public string Folder { get; } = ServerFolders.Templates(options.Value, environment.ContentRootPath);

    /// <summary>Template ids, empty when the folder does not exist.</summary>
    public IReadOnlyList<string> Ids() => Directory.Exists(Folder)
        ? Directory.EnumerateFiles(Folder, "*" + Extension).Select(file => Path.GetFileName(file)[..^Extension.Length]).ToList()
        : [];

    /// <summary>Parses the template <paramref name="id"/> (one of <see cref="Ids"/>); a malformed file throws
    /// <see cref="FlowFormatException"/> naming the JSON path.</summary>
    public async Task<FlowDefinition> ReadAsync(string id, CancellationToken cancellationToken) =>
        FlowJson.Parse(await File.ReadAllTextAsync(Path.Combine(Folder, id + Extension), cancellationToken));
}
