using System.Globalization;
using System.Net;

namespace FlowBuilder.Telephony.Sdp;

/// <summary>
/// Offer/answer for one G.711 audio stream (RFC 3264): picks PCMU or PCMA by our preference, keeps the
/// offerer's telephone-event payload type, mirrors direction for hold and resume, and rejects with port 0
/// what it cannot take (other media, other profiles, no common codec, a second audio stream).
/// </summary>
public sealed class SdpNegotiator(SdpNegotiatorOptions? options = null)
{
    private const string TelephoneEvent = "telephone-event";
    private const int ClockRate = 8000;

    public SdpNegotiatorOptions Options { get; } = options ?? new SdpNegotiatorOptions();

    public SdpSession CreateOffer(SdpLocalMedia local, SdpOrigin origin)
    {
        var session = NewSession(local, origin);
        var media = new SdpMedia { Port = local.RtpPort };
        foreach (var codec in SupportedCodecs()) AddFormat(media, codec, null);
        if (Options.TelephoneEvents) AddFormat(media, new SdpRtpMap(Options.TelephoneEventPayloadType, TelephoneEvent, ClockRate), "0-15");
        media.PacketTime = Options.PacketTimeMs;
        media.Direction = local.Direction;
        session.Media.Add(media);
        return session;
    }

    public SdpAnswer Answer(SdpSession offer, SdpLocalMedia local, SdpOrigin origin)
    {
        var answer = NewSession(local, origin);
        SdpAudioSelection? selection = null;
        foreach (var offered in offer.Media)
        {
            var codec = selection is null && IsUsableAudio(offered) ? ChooseCodec(offered) : null;
            if (codec is not { } chosen)
            {
                answer.Media.Add(Rejected(offered));
                continue;
            }
            var events = Options.TelephoneEvents ? FindTelephoneEvent(offered) : null;
            var offerDirection = offer.DirectionOf(offered);
            var connection = offer.ConnectionOf(offered);
            var peerReceives = SdpDirections.Receives(offerDirection) && connection?.IsUnspecified != true;
            var direction = SdpDirections.From(
                sends: peerReceives && SdpDirections.Sends(local.Direction),
                receives: SdpDirections.Sends(offerDirection) && SdpDirections.Receives(local.Direction));

            var media = new SdpMedia { Port = local.RtpPort, Protocol = offered.Protocol };
            AddFormat(media, chosen, null);
            if (events is { } te) AddFormat(media, te, "0-15");
            media.PacketTime = Options.PacketTimeMs;
            media.Direction = direction;
            answer.Media.Add(media);
            selection = new SdpAudioSelection(chosen, events?.PayloadType, direction, RemoteEndPoint(connection, offered, direction), PacketTime(offered));
        }
        return new SdpAnswer(answer, selection);
    }

    /// <summary>The offerer's view of an answer to our offer; null when the audio stream was rejected.</summary>
    public SdpAudioSelection? ReadAnswer(SdpSession offer, SdpSession answer)
    {
        for (var i = 0; i < Math.Min(offer.Media.Count, answer.Media.Count); i++)
        {
            var media = answer.Media[i];
            if (!IsUsableAudio(media)) continue;
            var codec = media.PayloadTypes.Select(media.GetRtpMap).OfType<SdpRtpMap>().FirstOrDefault(m => SupportedCodecs().Any(c => m.Is(c.EncodingName, ClockRate)));
            if (codec.EncodingName is null) continue;
            var answerDirection = answer.DirectionOf(media);
            var ours = offer.DirectionOf(offer.Media[i]);
            var direction = SdpDirections.From(
                sends: SdpDirections.Sends(ours) && SdpDirections.Receives(answerDirection),
                receives: SdpDirections.Receives(ours) && SdpDirections.Sends(answerDirection));
            var connection = answer.ConnectionOf(media);
            if (connection?.IsUnspecified == true) direction = SdpDirections.From(false, SdpDirections.Receives(direction));
            var events = Options.TelephoneEvents ? FindTelephoneEvent(media) : null;
            return new SdpAudioSelection(codec, events?.PayloadType, direction, RemoteEndPoint(connection, media, direction), PacketTime(media));
        }
        return null;
    }

    /// <summary>The peer's a=ptime when it is a whole number of 10 ms frames up to 60 ms, else ours.</summary>
    private int PacketTime(SdpMedia peer) => peer.PacketTime is { } ms && ms % 10 == 0 && ms is >= 10 and <= 60 ? ms : Options.PacketTimeMs;

    private IEnumerable<SdpRtpMap> SupportedCodecs()
    {
        foreach (var name in Options.CodecPreference)
        {
            if (name.Equals("PCMU", StringComparison.OrdinalIgnoreCase)) yield return SdpRtpMap.Pcmu;
            else if (name.Equals("PCMA", StringComparison.OrdinalIgnoreCase)) yield return SdpRtpMap.Pcma;
        }
    }

    private static bool IsUsableAudio(SdpMedia media) =>
        !media.IsRejected && media.Media.Equals("audio", StringComparison.OrdinalIgnoreCase)
        && media.Protocol.Equals("RTP/AVP", StringComparison.OrdinalIgnoreCase);

    /// <summary>Our most preferred codec that the offer lists, under the offer's payload type.</summary>
    private SdpRtpMap? ChooseCodec(SdpMedia offered)
    {
        var maps = offered.PayloadTypes.Select(offered.GetRtpMap).OfType<SdpRtpMap>().ToList();
        foreach (var codec in SupportedCodecs())
        {
            foreach (var map in maps)
            {
                if (map.Is(codec.EncodingName, ClockRate)) return map;
            }
        }
        return null;
    }

    private static SdpRtpMap? FindTelephoneEvent(SdpMedia media) =>
        media.PayloadTypes.Select(media.GetRtpMap).OfType<SdpRtpMap>().Where(m => m.Is(TelephoneEvent, ClockRate)).Select(m => (SdpRtpMap?)m).FirstOrDefault();

    private static IPEndPoint? RemoteEndPoint(SdpConnection? connection, SdpMedia media, SdpDirection direction) =>
        SdpDirections.Sends(direction) && connection?.TryGetAddress() is { } address && !connection.IsUnspecified
            ? new IPEndPoint(address, media.Port)
            : null;

    private static void AddFormat(SdpMedia media, SdpRtpMap map, string? formatParameters)
    {
        var pt = map.PayloadType.ToString(CultureInfo.InvariantCulture);
        media.Formats.Add(pt);
        media.Attributes.Add(new SdpAttribute("rtpmap", map.ToString()));
        if (formatParameters is not null) media.Attributes.Add(new SdpAttribute("fmtp", $"{pt} {formatParameters}"));
    }

    private static SdpMedia Rejected(SdpMedia offered)
    {
        var media = new SdpMedia { Media = offered.Media, Port = 0, Protocol = offered.Protocol };
        media.Formats.Add(offered.Formats.Count > 0 ? offered.Formats[0] : "0");
        return media;
    }

    private static SdpSession NewSession(SdpLocalMedia local, SdpOrigin origin)
    {
        var session = new SdpSession { Origin = origin, SessionName = "-", Connection = SdpConnection.For(local.Address) };
        session.Timings.Add("0 0");
        return session;
    }
}
