using System.Diagnostics;

namespace FlowBuilder.Server.Tests.Billing;

/// <summary>poppler-utils' pdftotext (tests/run-all.sh installs it), the way a person reads the text of a PDF.</summary>
internal static class Pdftotext
{
    public const string Executable = "/usr/bin/pdftotext";

    /// <summary>The text of the PDF bytes, laid out like the page.</summary>
    public static async Task<string> TextOfAsync(byte[] pdf)
    {
        File.Exists(Executable).ShouldBeTrue("pdftotext is not installed: apt-get install poppler-utils");
        var file = Path.Combine(Path.GetTempPath(), $"flowbuilder-invoice-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(file, pdf);
        try
        {
            var start = new ProcessStartInfo(Executable) { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in new[] { "-layout", "-enc", "UTF-8", file, "-" }) start.ArgumentList.Add(argument);
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            await process.WaitForExitAsync(timeout.Token);
            process.ExitCode.ShouldBe(0, await errors);
            return await output;
        }
        finally
        {
            File.Delete(file);
        }
    }
}
