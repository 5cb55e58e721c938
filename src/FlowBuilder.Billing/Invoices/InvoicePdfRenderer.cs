using FlowBuilder.Billing.Hosting;
using FlowBuilder.Engine.Billing;
using Microsoft.Extensions.Options;

namespace FlowBuilder.Billing.Invoices;

/// <summary>
/// Prints invoices as A4 PDF documents with PDFsharp: seller and buyer, number, issue date and period, one table row per line
/// (description, quantity, unit price, amount), the total ("Total: 1.50 EUR") and the notes; long tables continue on new pages.
/// Fonts come from <see cref="BillingOptions.FontsFolder"/> or the system's DejaVu Sans / Liberation Sans.
/// </summary>
public sealed class InvoicePdfRenderer(IOptions<BillingOptions> options) : IInvoiceRenderer
{
    public async ValueTask RenderPdfAsync(InvoiceDocument invoice, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        ArgumentNullException.ThrowIfNull(output);
        cancellationToken.ThrowIfCancellationRequested();
        InvoiceFonts.EnsureInstalled(options.Value.FontsFolder);

        // PDFsharp writes synchronously; render into memory so that a web response (no synchronous I/O) can take it.
        using var buffer = new MemoryStream();
        InvoicePdfLayout.Write(invoice, buffer);
        buffer.Position = 0;
        await buffer.CopyToAsync(output, cancellationToken).ConfigureAwait(false);
    }
}
