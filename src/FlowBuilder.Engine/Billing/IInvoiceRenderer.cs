namespace FlowBuilder.Engine.Billing;

/// <summary>Renders an invoice for people: PDF (FlowBuilder.Billing, PDFsharp).</summary>
public interface IInvoiceRenderer
{
    /// <summary>Writes the invoice as a PDF document to <paramref name="output"/>.</summary>
    ValueTask RenderPdfAsync(InvoiceDocument invoice, Stream output, CancellationToken cancellationToken);
}
