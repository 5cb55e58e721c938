using System.Buffers.Binary;
using FlowBuilder.Telephony.Media.Codecs;

namespace FlowBuilder.Telephony.Media.Audio;

/// <summary>
/// Reads RIFF/WAVE: PCM 8-bit (unsigned) or 16-bit, G.711 A-law (format code 6) or µ-law (7), one or two
/// channels, 8–48 kHz; also WAVE_FORMAT_EXTENSIBLE when its sub-format is one of those. Everything is
/// decoded to 16-bit PCM. Any problem with the file is a <see cref="WavFormatException"/>.
/// </summary>
public static class WavReader
{
    private const int WaveFormatExtensible = 0xFFFE;
    private const int MinimumSampleRate = 8000;
    private const int MaximumSampleRate = 48000;

    public static PcmAudio Read(string path) => Read(File.ReadAllBytes(path), path);

    /// <param name="name">Names the file in error messages.</param>
    public static PcmAudio Read(ReadOnlySpan<byte> file, string name = "WAV data")
    {
        if (file.Length < 12 || !file[..4].SequenceEqual("RIFF"u8) || !file.Slice(8, 4).SequenceEqual("WAVE"u8))
        {
            throw new WavFormatException($"{name} is not a RIFF/WAVE file (it must start with 'RIFF', size, 'WAVE').");
        }

        Format? format = null;
        var offset = 12;
        while (offset + 8 <= file.Length)
        {
            var id = file.Slice(offset, 4);
            var size = BinaryPrimitives.ReadUInt32LittleEndian(file[(offset + 4)..]);
            var body = offset + 8;
            if (id.SequenceEqual("fmt "u8))
            {
                if (size > (uint)(file.Length - body)) throw new WavFormatException($"{name}: the fmt chunk is truncated ({size} bytes declared, {file.Length - body} present).");
                format = ReadFormat(file.Slice(body, (int)size), name);
            }
            else if (id.SequenceEqual("data"u8))
            {
                if (format is not { } f) throw new WavFormatException($"{name}: the data chunk comes before any fmt chunk.");
                if (size > (uint)(file.Length - body))
                {
                    throw new WavFormatException($"{name}: the data chunk is truncated ({size} bytes declared, {file.Length - body} present).");
                }
                return Decode(file.Slice(body, (int)size), f, name);
            }
            var next = body + (long)size + (size & 1);
            if (next > file.Length) break;
            offset = (int)next;
        }
        throw new WavFormatException(format is null ? $"{name} has no fmt chunk." : $"{name} has no data chunk.");
    }

    private static Format ReadFormat(ReadOnlySpan<byte> chunk, string name)
    {
        if (chunk.Length < 16) throw new WavFormatException($"{name}: the fmt chunk is {chunk.Length} bytes; at least 16 are needed.");
        int code = BinaryPrimitives.ReadUInt16LittleEndian(chunk);
        var channels = BinaryPrimitives.ReadUInt16LittleEndian(chunk[2..]);
        var rate = BinaryPrimitives.ReadUInt32LittleEndian(chunk[4..]);
        var bits = BinaryPrimitives.ReadUInt16LittleEndian(chunk[14..]);
        if (code == WaveFormatExtensible)
        {
            if (chunk.Length < 26) throw new WavFormatException($"{name}: the WAVE_FORMAT_EXTENSIBLE fmt chunk is too short for its sub-format.");
            code = BinaryPrimitives.ReadUInt16LittleEndian(chunk[24..]);
        }
        if (code is not ((int)WavEncoding.Pcm or (int)WavEncoding.ALaw or (int)WavEncoding.MuLaw))
        {
            throw new WavFormatException($"{name}: unsupported format code {code}; use PCM (1), A-law (6) or µ-law (7).");
        }
        var encoding = (WavEncoding)code;
        if (channels is not (1 or 2)) throw new WavFormatException($"{name}: {channels} channels; only mono or stereo is supported.");
        if (rate is < MinimumSampleRate or > MaximumSampleRate)
        {
            throw new WavFormatException($"{name}: sample rate {rate} Hz is outside {MinimumSampleRate}–{MaximumSampleRate} Hz.");
        }
        var bitsOk = encoding == WavEncoding.Pcm ? bits is 8 or 16 : bits == 8;
        if (!bitsOk) throw new WavFormatException($"{name}: {bits} bits per sample is not supported for {encoding} (PCM: 8 or 16; G.711: 8).");
        return new Format(encoding, channels, (int)rate, bits / 8);
    }

    private static PcmAudio Decode(ReadOnlySpan<byte> data, Format format, string name)
    {
        var blockAlign = format.Channels * format.BytesPerSample;
        if (data.Length % blockAlign != 0)
        {
            throw new WavFormatException($"{name}: the data chunk is truncated ({data.Length} bytes is not a whole number of {blockAlign}-byte sample frames).");
        }
        var samples = new short[data.Length / format.BytesPerSample];
        switch (format.Encoding)
        {
            case WavEncoding.MuLaw:
                G711MuLaw.Decode(data, samples);
                break;
            case WavEncoding.ALaw:
                G711ALaw.Decode(data, samples);
                break;
            case WavEncoding.Pcm when format.BytesPerSample == 1:
                for (var i = 0; i < samples.Length; i++) samples[i] = (short)((data[i] - 128) << 8);
                break;
            default:
                for (var i = 0; i < samples.Length; i++) samples[i] = BinaryPrimitives.ReadInt16LittleEndian(data[(2 * i)..]);
                break;
        }
        return new PcmAudio(format.SampleRate, format.Channels, samples);
    }

    private readonly record struct Format(WavEncoding Encoding, int Channels, int SampleRate, int BytesPerSample);
}
