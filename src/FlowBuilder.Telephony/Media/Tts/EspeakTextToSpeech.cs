using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using FlowBuilder.Telephony.Media.Audio;

namespace FlowBuilder.Telephony.Media.Tts;

/// <summary>
/// Runs the espeak-ng program once per request: the text goes in on stdin (never through a shell or the command
/// line), a 22,050 Hz WAV comes back on stdout and is resampled to 8 kHz. At most
/// <see cref="EspeakOptions.MaxConcurrency"/> processes run at once; each is killed after
/// <see cref="EspeakOptions.Timeout"/>.
/// </summary>
public sealed class EspeakTextToSpeech : ITextToSpeech, IDisposable
{
    public const string InstallHint = "espeak-ng is not installed: apt-get install espeak-ng";

    private readonly EspeakOptions _options;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _slots;

    public EspeakTextToSpeech(EspeakOptions? options = null, TimeProvider? timeProvider = null)
    {
        _options = options ?? new EspeakOptions();
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(_options.MaxConcurrency);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(_options.Timeout, TimeSpan.Zero);
        _time = timeProvider ?? TimeProvider.System;
        _slots = new SemaphoreSlim(_options.MaxConcurrency, _options.MaxConcurrency);
    }

    public string Engine => "espeak-ng";

    public async ValueTask<TtsResult> SynthesizeAsync(TtsRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (string.IsNullOrWhiteSpace(request.Text)) return TtsResult.Failure("There is no text to speak.");
        if (!IsValidVoice(request.Voice))
        {
            return TtsResult.Failure($"'{request.Voice}' is not an espeak-ng voice name (e.g. \"en-us\" or \"en-gb+f3\"; see espeak-ng --voices).");
        }
        if (request.Rate is { } rate && (double.IsNaN(rate) || rate <= 0))
        {
            return TtsResult.Failure($"The rate {rate.ToString(CultureInfo.InvariantCulture)} is not a positive multiple of the normal speed.");
        }

        string[] arguments =
        [
            "-v", request.Voice,
            "-s", WordsPerMinute(request.Rate).ToString(CultureInfo.InvariantCulture),
            "-b", "1", // stdin is UTF-8
            "--stdout",
        ];
        var run = await RunAsync(arguments, request.Text, cancellationToken).ConfigureAwait(false);
        if (run.Failure is { } failure) return TtsResult.Failure(failure);
        if (run.ExitCode != 0)
        {
            if (run.Error.Contains("voice does not exist", StringComparison.OrdinalIgnoreCase))
            {
                return TtsResult.Failure($"espeak-ng does not know voice '{request.Voice}' (see espeak-ng --voices).");
            }
            return TtsResult.Failure($"espeak-ng exited with code {run.ExitCode}: {Describe(run.Error)}");
        }

        PcmAudio audio;
        try
        {
            StreamedWav.FixSizes(run.Output);
            audio = WavReader.Read(run.Output, "espeak-ng output");
        }
        catch (WavFormatException e)
        {
            return TtsResult.Failure($"espeak-ng wrote audio that could not be read: {e.Message}");
        }
        return TtsResult.Success(new PcmAudio(Resampler.TelephonyRate, 1, Resampler.ToTelephony(audio)));
    }

    /// <summary>The voices from <c>espeak-ng --voices</c>; <see cref="TtsVoice.Id"/> is the language column.</summary>
    /// <exception cref="InvalidOperationException">espeak-ng is missing, failed or did not answer in time.</exception>
    public async ValueTask<IReadOnlyList<TtsVoice>> ListVoicesAsync(CancellationToken cancellationToken)
    {
        var run = await RunAsync(["--voices"], null, cancellationToken).ConfigureAwait(false);
        if (run.Failure is { } failure) throw new InvalidOperationException(failure);
        if (run.ExitCode != 0) throw new InvalidOperationException($"espeak-ng --voices exited with code {run.ExitCode}: {Describe(run.Error)}");
        return ParseVoices(Encoding.UTF8.GetString(run.Output));
    }

    /// <summary>
    /// Parses the table "Pty Language Age/Gender VoiceName File Other Languages", skipping the header.
    /// </summary>
    internal static IReadOnlyList<TtsVoice> ParseVoices(string table)
    {
        var voices = new List<TtsVoice>();
        foreach (var line in table.Split('\n'))
        {
            var columns = line.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (columns.Length < 4 || !int.TryParse(columns[0], CultureInfo.InvariantCulture, out _)) continue;
            var gender = columns[2].Split('/') is [_, var g] && g != "-" ? g : null;
            voices.Add(new TtsVoice(columns[1], columns[3].Replace('_', ' '), gender));
        }
        return voices;
    }

    public void Dispose() => _slots.Dispose();

    private int WordsPerMinute(double? rate) =>
        Math.Clamp((int)Math.Round(_options.DefaultWordsPerMinute * (rate ?? 1.0)), 80, 450);

    /// <summary>Letters, digits and the separators espeak-ng voice and variant names use, so nothing reads as an option.</summary>
    private static bool IsValidVoice(string voice) =>
        !string.IsNullOrEmpty(voice) && voice.Length <= 64 && char.IsAsciiLetterOrDigit(voice[0])
        && voice.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '+' or '/' or '.');

    private static string Describe(string error) => error.Trim() is { Length: > 0 } text ? text : "(no message)";

    private async Task<ProcessRun> RunAsync(IReadOnlyList<string> arguments, string? input, CancellationToken cancellationToken)
    {
        using var timeout = new CancellationTokenSource(_options.Timeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            await _slots.WaitAsync(linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return ProcessRun.Failed(TimedOut("waiting for a free espeak-ng slot"));
        }
        try
        {
            return await RunProcessAsync(arguments, input, linked.Token, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _slots.Release();
        }
    }

    private async Task<ProcessRun> RunProcessAsync(
        IReadOnlyList<string> arguments, string? input, CancellationToken token, CancellationToken callerToken)
    {
        var start = new ProcessStartInfo(_options.Executable)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardInputEncoding = new UTF8Encoding(false),
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);

        using var process = new Process { StartInfo = start };
        try
        {
            process.Start();
        }
        catch (Win32Exception)
        {
            return ProcessRun.Failed(_options.Executable == "espeak-ng" ? InstallHint : $"{InstallHint} (looked for '{_options.Executable}')");
        }

        using var output = new MemoryStream();
        var reading = process.StandardOutput.BaseStream.CopyToAsync(output, token);
        var error = process.StandardError.ReadToEndAsync(token);
        try
        {
            await WriteInputAsync(process.StandardInput, input, token).ConfigureAwait(false);
            await Task.WhenAll(reading, error).ConfigureAwait(false);
            await process.WaitForExitAsync(token).ConfigureAwait(false);
            return new ProcessRun(process.ExitCode, output.ToArray(), await error.ConfigureAwait(false), null);
        }
        catch (OperationCanceledException)
        {
            Kill(process);
            // The pipes close with the process; let the readers finish before their buffers go away.
            await Task.WhenAll(reading, error).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            callerToken.ThrowIfCancellationRequested();
            return ProcessRun.Failed(TimedOut("speaking"));
        }
    }

    /// <summary>
    /// espeak-ng may exit before reading its input (an unknown voice, say); the broken pipe is ignored so that its
    /// exit code and message decide the result.
    /// </summary>
    private static async Task WriteInputAsync(StreamWriter stdin, string? input, CancellationToken token)
    {
        try
        {
            await using (stdin)
            {
                if (input is not null) await stdin.WriteAsync(input.AsMemory(), token).ConfigureAwait(false);
            }
        }
        catch (IOException)
        {
            // Reported through the exit code instead.
        }
    }

    private string TimedOut(string doing) =>
        $"espeak-ng timed out after {_options.Timeout.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture)} s {doing}.";

    private static void Kill(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already exited.
        }
    }

    private sealed record ProcessRun(int ExitCode, byte[] Output, string Error, string? Failure)
    {
        public static ProcessRun Failed(string reason) => new(-1, [], "", reason);
    }
}
