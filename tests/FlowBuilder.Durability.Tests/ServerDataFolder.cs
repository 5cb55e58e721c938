namespace FlowBuilder.Durability.Tests;

/// <summary>A fresh temporary folder for one test's server processes (SQLite file, plugins), deleted afterwards.</summary>
public sealed class ServerDataFolder : IDisposable
{
    /// <param name="prefix">Names the test in the folder name, e.g. <c>fb-callback</c>.</param>
    public ServerDataFolder(string prefix)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), prefix + "-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // a file still held by a dying process; the temp folder is cleaned by the OS
        }
    }
}
