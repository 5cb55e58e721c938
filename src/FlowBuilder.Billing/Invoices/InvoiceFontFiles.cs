namespace FlowBuilder.Billing.Invoices;

/// <summary>The TrueType files invoices are printed with: a regular face and, when there is one, a bold face.</summary>
internal sealed record InvoiceFontFiles(string Regular, string? Bold)
{
    /// <summary>Where Debian and Ubuntu put the fonts of fonts-dejavu-core and fonts-liberation / fonts-liberation2.</summary>
    public static readonly IReadOnlyList<string> SystemFolders =
    [
        "/usr/share/fonts/truetype/dejavu",
        "/usr/share/fonts/truetype/liberation",
        "/usr/share/fonts/truetype/liberation2",
        "/usr/share/fonts/dejavu",
        "/usr/share/fonts/liberation",
    ];

    private static readonly (string Regular, string Bold)[] Faces =
    [
        ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
        ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf"),
    ];

    /// <summary>The fonts in <paramref name="fontsFolder"/> when it is set, else in the system folders. Throws
    /// <see cref="InvalidOperationException"/> saying what to install or configure when none is found.</summary>
    public static InvoiceFontFiles Locate(string? fontsFolder) => Locate(fontsFolder, SystemFolders);

    internal static InvoiceFontFiles Locate(string? fontsFolder, IReadOnlyList<string> systemFolders)
    {
        if (!string.IsNullOrWhiteSpace(fontsFolder))
        {
            return FindIn(fontsFolder) ?? throw new InvalidOperationException(
                $"FlowBuilder:Billing:FontsFolder is '{fontsFolder}', but it holds none of {string.Join(", ", Faces.Select(f => f.Regular))}: " +
                "copy one of these fonts there (with its -Bold file) or remove the setting to use the system's fonts.");
        }

        return systemFolders.Select(FindIn).FirstOrDefault(files => files is not null) ?? throw new InvalidOperationException(
            $"No font to print invoices with: none of {string.Join(", ", Faces.Select(f => f.Regular))} is in " +
            $"{string.Join(", ", systemFolders)}. Install the package fonts-dejavu-core (apt-get install fonts-dejavu-core) " +
            "or set FlowBuilder:Billing:FontsFolder to a folder holding DejaVuSans.ttf.");
    }

    private static InvoiceFontFiles? FindIn(string folder)
    {
        foreach (var (regular, bold) in Faces)
        {
            var regularPath = Path.Combine(folder, regular);
            if (!File.Exists(regularPath)) continue;
            var boldPath = Path.Combine(folder, bold);
            return new InvoiceFontFiles(regularPath, File.Exists(boldPath) ? boldPath : null);
        }

        return null;
    }
}
