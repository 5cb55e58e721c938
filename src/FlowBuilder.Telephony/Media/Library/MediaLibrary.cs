using System.Globalization;
using FlowBuilder.Telephony.Media.Audio;

namespace FlowBuilder.Telephony.Media.Library;

/// <summary>
/// The folder of uploaded prompts. Uploads in any format <see cref="WavReader"/> reads (PCM 8/16-bit, G.711,
/// mono or stereo, 8-48 kHz) are converted once, on upload, to 8 kHz 16-bit mono, so calls only ever read
/// telephony-rate audio. Names are plain file names (letters, digits, <c>.-_</c>), <c>.wav</c> added if missing.
/// </summary>
public sealed class MediaLibrary
{
    public const int MaxNameLength = 100;

    public MediaLibrary(string folder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        Folder = Path.GetFullPath(folder);
    }

    public string Folder { get; }

    /// <summary>The stored form of <paramref name="name"/> (<c>welcome</c> → <c>welcome.wav</c>).</summary>
    /// <exception cref="MediaNameException">The name has path or other unsafe characters, or is empty or too long.</exception>
    public static string Normalize(string name)
    {
        var trimmed = name?.Trim() ?? "";
        if (trimmed.Length == 0) throw new MediaNameException("A media file needs a name, such as welcome.wav.");
        if (trimmed.Length > MaxNameLength) throw new MediaNameException($"The media file name '{trimmed[..20]}…' is longer than {MaxNameLength} characters.");
        if (trimmed[0] == '.' || !trimmed.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_'))
        {
            throw new MediaNameException($"The media file name '{trimmed}' may only use letters, digits, '.', '-' and '_', and may not start with '.'.");
        }
        return trimmed.EndsWith(".wav", StringComparison.OrdinalIgnoreCase) ? trimmed : trimmed + ".wav";
    }

    /// <summary>Converts and stores a WAV upload under <paramref name="name"/>, replacing a file of that name.</summary>
    /// <exception cref="WavFormatException">The upload is not a WAV file this library can read; the message says why.</exception>
    public MediaUpload Save(string name, ReadOnlySpan<byte> wav)
    {
        var stored = Normalize(name);
        var audio = WavReader.Read(wav, stored);
        var samples = Resampler.ToTelephony(audio);
        Directory.CreateDirectory(Folder);
        var path = Path.Combine(Folder, stored);
        var temporary = Path.Combine(Folder, $".{stored}.{Guid.NewGuid():N}.tmp");
        File.WriteAllBytes(temporary, WavWriter.Write(samples, Resampler.TelephonyRate));
        File.Move(temporary, path, overwrite: true);
        return new MediaUpload(Describe(path, samples.Length), audio.SampleRate, audio.Channels);
    }

    /// <summary>The stored files, by name.</summary>
    public IReadOnlyList<MediaFile> List()
    {
        if (!Directory.Exists(Folder)) return [];
        return Directory.EnumerateFiles(Folder, "*.wav")
            .Where(path => !Path.GetFileName(path).StartsWith('.'))
            .Order(StringComparer.Ordinal)
            .Select(path => Describe(path, null))
            .ToList();
    }

    /// <summary>The full path of a stored file; null when there is none of that name.</summary>
    public string? Find(string name)
    {
        var path = Path.Combine(Folder, Normalize(name));
        return File.Exists(path) ? path : null;
    }

    public bool Delete(string name)
    {
        var path = Find(name);
        if (path is null) return false;
        File.Delete(path);
        return true;
    }

    private static MediaFile Describe(string path, int? sampleCount)
    {
        var info = new FileInfo(path);
        var samples = sampleCount ?? (int)Math.Max(0, (info.Length - 44) / 2);
        return new MediaFile(info.Name, TimeSpan.FromSeconds(samples / (double)Resampler.TelephonyRate), info.Length, info.LastWriteTimeUtc);
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"media library at {Folder}");
}
