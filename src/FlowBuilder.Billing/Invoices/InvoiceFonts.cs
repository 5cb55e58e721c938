using PdfSharp.Fonts;

namespace FlowBuilder.Billing.Invoices;

/// <summary>
/// Installs the <see cref="InvoiceFontResolver"/> in PDFsharp's process-wide <see cref="GlobalFontSettings"/> once, whichever
/// thread renders first. PDFsharp allows one resolver per process: the first fonts folder wins, and a resolver someone else
/// installed before is kept.
/// </summary>
internal static class InvoiceFonts
{
    private static readonly Lock Gate = new();
    private static bool _installed;

    public static void EnsureInstalled(string? fontsFolder)
    {
        if (Volatile.Read(ref _installed)) return;
        lock (Gate)
        {
            if (_installed) return;
            if (GlobalFontSettings.FontResolver is null)
            {
                GlobalFontSettings.FontResolver = new InvoiceFontResolver(InvoiceFontFiles.Locate(fontsFolder));
            }

            Volatile.Write(ref _installed, true);
        }
    }
}
