using PdfSharp.Fonts;

namespace FlowBuilder.Billing.Invoices;

/// <summary>
/// PDFsharp's font source on every platform: whatever family a document asks for, it gets the invoice font's regular or bold face
/// (bold falls back to the regular face when the folder has no bold file). Font bytes are read once and kept.
/// </summary>
internal sealed class InvoiceFontResolver(InvoiceFontFiles files) : IFontResolver
{
    public const string FamilyName = "FlowBuilder Invoice";
    private const string RegularFace = "FlowBuilderInvoice-Regular";
    private const string BoldFace = "FlowBuilderInvoice-Bold";

    private readonly Lazy<byte[]> _regular = new(() => File.ReadAllBytes(files.Regular));
    private readonly Lazy<byte[]> _bold = new(() => File.ReadAllBytes(files.Bold ?? files.Regular));

    public InvoiceFontFiles Files => files;

    public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(bold && files.Bold is not null ? BoldFace : RegularFace, mustSimulateBold: false, mustSimulateItalic: italic);

    public byte[] GetFont(string faceName) => faceName == BoldFace ? _bold.Value : _regular.Value;
}
