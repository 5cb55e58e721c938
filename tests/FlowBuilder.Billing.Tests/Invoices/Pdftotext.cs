using System.Diagnostics;

namespace FlowBuilder.Billing.Tests.Invoices;

/// <summary>poppler-utils' pdftotext, the way a person (or a mail filter) reads the text of a PDF.</summary>
internal static class Pdftotext
{
    public const string Executable = "/usr/bin/pdftotext";
    public const string NotInstalled = "pdftotext is not installed: apt-get install poppler-utils (tests/run-all.sh installs it)";

    public static bool IsInstalled => File.Exists(Executable);

    /// <summary>The text of <paramref name="pdf"/>, laid out like the page (<c>-layout</c>).</summary>
    public static async Task<string> TextOfAsync(string pdf)
    {
        var start = new ProcessStartInfo(Executable) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "-layout", "-enc", "UTF-8", pdf, "-" }) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await process.WaitForExitAsync(timeout.Token);
        process.ExitCode.ShouldBe(0, await errors);
        return await output;
    }
}

/// <summary>A fact that is skipped, saying why, when pdftotext is not installed.</summary>
internal sealed class PdftotextFactAttribute : FactAttribute
{
    public PdftotextFactAttribute()
    {
        if (!Pdftotext.IsInstalled) Skip = Pdftotext.NotInstalled;
    }
}
