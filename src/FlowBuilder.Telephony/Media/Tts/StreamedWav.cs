using System.Buffers.Binary;

namespace FlowBuilder.Telephony.Media.Tts;

/// <summary>
/// A WAV written to a pipe cannot seek back to fill in its sizes, so espeak-ng leaves placeholders (0x7FFFF000) in
/// the RIFF and data chunk headers. This sets them to what actually arrived, so <c>WavReader</c> accepts the file.
/// </summary>
internal static class StreamedWav
{
    public static void FixSizes(byte[] wav)
    {
        if (wav.Length < 12 || !wav.AsSpan(0, 4).SequenceEqual("RIFF"u8)) return;
        BinaryPrimitives.WriteUInt32LittleEndian(wav.AsSpan(4), (uint)(wav.Length - 8));
        var offset = 12;
        while (offset + 8 <= wav.Length)
        {
            var size = BinaryPrimitives.ReadUInt32LittleEndian(wav.AsSpan(offset + 4));
            var body = offset + 8;
            if (wav.AsSpan(offset, 4).SequenceEqual("data"u8))
            {
                var present = wav.Length - body;
                // Whole 16-bit samples only: a pipe may end mid-sample.
                var actual = (uint)Math.Min(size, (uint)(present - present % 2));
                BinaryPrimitives.WriteUInt32LittleEndian(wav.AsSpan(offset + 4), actual);
                return;
            }
            var next = body + (long)size + (size & 1);
            if (next > wav.Length) return;
            offset = (int)next;
        }
    }
}
