namespace FlowBuilder.Server.Campaigns.Imports;

/// <summary>Where uploads are spooled while they import, and their rejected-row reports kept: <c>FlowBuilder:Campaigns:ImportFolder</c>,
/// else <c>imports</c> next to the SQLite database file, else <c>data/imports</c> under the content root.</summary>
internal sealed record ContactImportFolder(string Path)
{
    public static ContactImportFolder From(IConfiguration configuration, string contentRoot)
    {
        var configured = configuration["FlowBuilder:Campaigns:ImportFolder"];
        if (!string.IsNullOrWhiteSpace(configured)) return new(System.IO.Path.GetFullPath(configured, contentRoot));
        var provider = configuration["FlowBuilder:Database:Provider"];
        var connection = configuration["FlowBuilder:Database:ConnectionString"];
        if (string.IsNullOrWhiteSpace(provider) || provider.Equals("sqlite", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                var source = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connection ?? "").DataSource;
                if (!string.IsNullOrWhiteSpace(source) && !source.Contains(":memory:", StringComparison.OrdinalIgnoreCase)
                    && System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(source, contentRoot)) is { } folder)
                    return new(System.IO.Path.Combine(folder, "imports"));
            }
            catch (ArgumentException)
            {
                // Not an SQLite connection string after all: fall back to the content root.
            }
        }
        return new(System.IO.Path.Combine(contentRoot, "data", "imports"));
    }
}
