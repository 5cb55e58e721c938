namespace FlowBuilder.Telephony.Tests.Media;

/// <summary>
/// The G.711 routines of the ITU-T G.191 Software Tools Library (g711.c: alaw_compress, alaw_expand,
/// ulaw_compress, ulaw_expand), transcribed loop for loop, as the reference the table-driven codecs must match.
/// </summary>
internal static class G191Reference
{
    public static byte ALawCompress(short linear)
    {
        int ix = linear < 0 ? (~linear) >> 4 : linear >> 4;
        if (ix > 15)
        {
            var iexp = 1;
            while (ix > 16 + 15)
            {
                ix >>= 1;
                iexp++;
            }
            ix -= 16;
            ix += iexp << 4;
        }
        if (linear >= 0) ix |= 0x0080;
        return (byte)(ix ^ 0x0055);
    }

    public static short ALawExpand(byte log)
    {
        var ix = log ^ 0x0055;
        ix &= 0x007F;
        var iexp = ix >> 4;
        var mant = ix & 0x000F;
        if (iexp > 0) mant += 16;
        mant = (mant << 4) + 0x0008;
        if (iexp > 1) mant <<= iexp - 1;
        return (short)(log > 127 ? mant : -mant);
    }

    public static byte ULawCompress(short linear)
    {
        int absno = linear < 0 ? ((~linear) >> 2) + 33 : (linear >> 2) + 33;
        if (absno > 0x1FFF) absno = 0x1FFF;
        var i = absno >> 6;
        var segno = 1;
        while (i != 0)
        {
            segno++;
            i >>= 1;
        }
        var highNibble = 0x0008 - segno;
        var lowNibble = 0x000F - ((absno >> segno) & 0x000F);
        var log = (highNibble << 4) | lowNibble;
        if (linear >= 0) log |= 0x0080;
        return (byte)log;
    }

    public static short ULawExpand(byte log)
    {
        var sign = log < 0x0080 ? -1 : 1;
        var mantissa = ~log;
        var exponent = (mantissa >> 4) & 0x0007;
        var segment = exponent + 1;
        mantissa &= 0x000F;
        var step = 4 << segment;
        return (short)(sign * ((0x0080 << exponent) + step * mantissa + step / 2 - 4 * 33));
    }
}
