namespace FlowBuilder.Messaging.Encoding;

/// <summary>Picks GSM 7-bit or UCS-2 for a text and splits it: one part up to 160 septets / 70 UCS-2 units, else
/// parts of 153 / 67 behind the UDH <c>05 00 03 ref total seq</c>. Escape pairs and surrogate pairs stay whole.</summary>
internal static class SmsSplitter
{
    public const int SingleGsm7 = 160;
    public const int PartGsm7 = 153;
    public const int SingleUcs2 = 70;
    public const int PartUcs2 = 67;
    public const int MaxParts = 255;

    public static EncodedSms Split(string text, byte reference)
    {
        ArgumentNullException.ThrowIfNull(text);
        var gsm = GsmAlphabet.CanEncode(text);
        var slices = gsm ? SliceGsm7(text) : SliceUcs2(text);
        if (slices.Count > MaxParts)
            throw new ArgumentException($"The text needs {slices.Count} parts; an SMS can have at most {MaxParts}. Shorten it.", nameof(text));
        var coding = gsm ? SmsDataCoding.Gsm7 : SmsDataCoding.Ucs2;
        var parts = new List<SmsPart>(slices.Count);
        for (var i = 0; i < slices.Count; i++)
        {
            var body = gsm ? GsmAlphabet.Encode(slices[i]) : System.Text.Encoding.BigEndianUnicode.GetBytes(slices[i]);
            if (slices.Count == 1)
            {
                parts.Add(new SmsPart(body, slices[i]));
                continue;
            }
            var message = new byte[6 + body.Length];
            message[0] = 0x05; message[1] = 0x00; message[2] = 0x03;
            message[3] = reference; message[4] = (byte)slices.Count; message[5] = (byte)(i + 1);
            body.CopyTo(message, 6);
            parts.Add(new SmsPart(message, slices[i]));
        }
        return new EncodedSms(coding, parts);
    }

    private static List<string> SliceGsm7(string text)
    {
        var total = 0;
        foreach (var c in text) total += GsmAlphabet.SeptetsOf(c);
        if (total <= SingleGsm7) return [text];
        var slices = new List<string>();
        var start = 0;
        var used = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var size = GsmAlphabet.SeptetsOf(text[i]);
            if (used + size > PartGsm7)
            {
                slices.Add(text[start..i]);
                start = i;
                used = 0;
            }
            used += size;
        }
        slices.Add(text[start..]);
        return slices;
    }

    private static List<string> SliceUcs2(string text)
    {
        if (text.Length <= SingleUcs2) return [text];
        var slices = new List<string>();
        var start = 0;
        while (start < text.Length)
        {
            var end = Math.Min(start + PartUcs2, text.Length);
            if (end < text.Length && char.IsHighSurrogate(text[end - 1])) end--;
            slices.Add(text[start..end]);
            start = end;
        }
        return slices;
    }
}
