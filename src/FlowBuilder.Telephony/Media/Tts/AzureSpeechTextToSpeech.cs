using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Security;
using System.Text;
using System.Xml;
using FlowBuilder.Telephony.Media.Audio;
using FlowBuilder.Telephony.Media.Codecs;

namespace FlowBuilder.Telephony.Media.Tts;

/// <summary>
/// Azure Speech through its REST API: SSML in, raw 8 kHz µ-law out (raw-8khz-8bit-mono-mulaw), decoded to PCM.
/// HTTP errors, timeouts and network failures become failed results that say what to check.
/// </summary>
public sealed class AzureSpeechTextToSpeech : ITextToSpeech
{
    private const string OutputFormat = "raw-8khz-8bit-mono-mulaw";
    private const int MaxErrorDetail = 200;

    private readonly HttpClient _http;
    private readonly AzureSpeechOptions _options;
    private readonly TimeProvider _time;

    public AzureSpeechTextToSpeech(HttpClient http, AzureSpeechOptions options, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(options.Timeout, TimeSpan.Zero);
        _http = http;
        _options = options;
        _time = timeProvider ?? TimeProvider.System;
    }

    public string Engine => $"azure:{_options.Region}";

    public async ValueTask<TtsResult> SynthesizeAsync(TtsRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (string.IsNullOrWhiteSpace(request.Text)) return TtsResult.Failure("There is no text to speak.");
        if (request.Rate is { } rate && (double.IsNaN(rate) || rate <= 0))
        {
            return TtsResult.Failure($"The rate {rate.ToString(CultureInfo.InvariantCulture)} is not a positive multiple of the normal speed.");
        }
        var voice = string.IsNullOrWhiteSpace(request.Voice) ? _options.DefaultVoice : request.Voice;
        var uri = _options.SynthesisUri;

        using var message = new HttpRequestMessage(HttpMethod.Post, uri)
        {
            Content = new StringContent(Ssml(request.Text, voice, request.Rate), new UTF8Encoding(false), "application/ssml+xml"),
        };
        message.Headers.Add("Ocp-Apim-Subscription-Key", _options.Key);
        message.Headers.Add("X-Microsoft-OutputFormat", OutputFormat);
        message.Headers.TryAddWithoutValidation("User-Agent", _options.UserAgent);
        // Azure rejects "application/ssml+xml; charset=utf-8" on some endpoints; the SSML is UTF-8 either way.
        message.Content.Headers.ContentType = new MediaTypeHeaderValue("application/ssml+xml");

        using var timeout = new CancellationTokenSource(_options.Timeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            using var response = await _http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, linked.Token).ConfigureAwait(false);
            var body = await response.Content.ReadAsByteArrayAsync(linked.Token).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode) return TtsResult.Failure(DescribeError(response, body, voice));
            if (body.Length == 0) return TtsResult.Failure($"Azure Speech returned no audio for voice '{voice}'.");
            var samples = new short[body.Length];
            G711MuLaw.Decode(body, samples);
            return TtsResult.Success(new PcmAudio(Resampler.TelephonyRate, 1, samples));
        }
        catch (Exception e) when ((e is OperationCanceledException or HttpRequestException) && cancellationToken.IsCancellationRequested)
        {
            // Aborting the connection can surface as either exception; the caller asked for this, so it throws.
            throw new OperationCanceledException("The caller cancelled the synthesis.", e, cancellationToken);
        }
        catch (Exception e) when (e is OperationCanceledException || (e is HttpRequestException && timeout.IsCancellationRequested))
        {
            // Our timeout, or HttpClient.Timeout if that is shorter.
            return TtsResult.Failure($"Azure Speech did not answer within the timeout of {Seconds(_options.Timeout)} s ({uri.Host}).");
        }
        catch (HttpRequestException e)
        {
            return TtsResult.Failure($"Could not reach Azure Speech at {uri.GetLeftPart(UriPartial.Authority)}: {e.Message}");
        }
    }

    /// <summary>
    /// The SSML body; the text and voice are XML-escaped, and characters XML cannot carry are dropped.
    /// </summary>
    internal static string Ssml(string text, string voice, double? rate)
    {
        var spoken = Escape(text);
        if (rate is { } r)
        {
            var percent = (r - 1) * 100;
            spoken = $"<prosody rate='{(percent >= 0 ? "+" : "")}{percent.ToString("0.##", CultureInfo.InvariantCulture)}%'>{spoken}</prosody>";
        }
        return $"<speak version='1.0' xml:lang='{Escape(Language(voice))}'><voice name='{Escape(voice)}'>{spoken}</voice></speak>";
    }

    /// <summary>"en-US" from "en-US-JennyNeural"; "en-US" when the name has no locale prefix.</summary>
    private static string Language(string voice) =>
        voice.Split('-') is [var language, var region, _, ..] ? $"{language}-{region}" : "en-US";

    private static string Escape(string value)
    {
        var xmlSafe = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            if (XmlConvert.IsXmlChar(value[i])) xmlSafe.Append(value[i]);
            else if (i + 1 < value.Length && XmlConvert.IsXmlSurrogatePair(value[i + 1], value[i])) xmlSafe.Append(value, i++, 2);
        }
        return SecurityElement.Escape(xmlSafe.ToString());
    }

    private string DescribeError(HttpResponseMessage response, byte[] body, string voice)
    {
        var status = $"HTTP {(int)response.StatusCode}";
        var detail = Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, MaxErrorDetail)).Trim();
        var suffix = detail.Length > 0 ? $" ({detail})" : "";
        return response.StatusCode switch
        {
            HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden =>
                $"Azure Speech rejected the subscription key ({status}): check the key and that it belongs to region '{_options.Region}'.",
            HttpStatusCode.BadRequest =>
                $"Azure Speech rejected the request ({status}): check that voice '{voice}' exists in region '{_options.Region}'{suffix}.",
            HttpStatusCode.TooManyRequests =>
                $"Azure Speech is throttling requests ({status}){RetryAfter(response)}: lower the request rate or raise the resource's tier.",
            _ => $"Azure Speech failed with {status} {response.ReasonPhrase}{suffix}.",
        };
    }

    private static string RetryAfter(HttpResponseMessage response) =>
        response.Headers.RetryAfter?.Delta is { } delta ? $"; retry after {Seconds(delta)} s" : "";

    private static string Seconds(TimeSpan span) => span.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);
}
