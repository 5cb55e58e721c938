namespace FlowBuilder.Messaging.Sms;

/// <summary>Which alphabet a text needs: <c>gsm7</c> (GSM 03.38 default alphabet and its extension table) or <c>ucs2</c>.</summary>
internal static class SmsEncoding
{
    public const string Gsm7 = "gsm7";
    public const string Ucs2 = "ucs2";

    private const string Basic = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    private const string Extension = "\f^{}\\[~]|€";

    public static string For(string text)
    {
        foreach (var c in text)
        {
            if (!Basic.Contains(c) && !Extension.Contains(c)) return Ucs2;
        }
        return Gsm7;
    }
}
