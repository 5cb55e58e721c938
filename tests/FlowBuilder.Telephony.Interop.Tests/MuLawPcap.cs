using System.Buffers.Binary;
using FlowBuilder.Telephony.Media.Bridging;

namespace FlowBuilder.Telephony.Interop.Tests;

/// <summary>SIPp's A-law RTP capture re-encoded as µ-law (payload type 0), for SIPp peers that answered with PCMU: our bridge
/// drops packets of a payload type the leg did not negotiate, so the capture has to match the SDP.</summary>
internal static class MuLawPcap
{
    public const string SippALawCapture = "/usr/share/sip-tester/g711a.pcap";
    private const int GlobalHeaderLength = 24;
    private const int RecordHeaderLength = 16;
    private const byte PcmuPayloadType = 0;
    private const byte PcmaPayloadType = 8;

    /// <summary>The capture at <paramref name="path"/> with every PCMA RTP packet turned into PCMU (same timing and sequence).</summary>
    public static byte[] FromALaw(string path = SippALawCapture)
    {
        if (!File.Exists(path)) throw new InvalidOperationException($"{path} is missing: {SippProcess.InstallHint}");
        var pcap = File.ReadAllBytes(path);
        var bigEndian = BinaryPrimitives.ReadUInt32LittleEndian(pcap) is 0xd4c3b2a1 or 0x4d3cb2a1;
        var linkType = Read32(pcap, 20, bigEndian);
        var linkHeader = linkType switch
        {
            1 => 14, // Ethernet
            113 => 16, // Linux cooked capture
            _ => throw new InvalidOperationException($"{path}: link type {linkType} is not Ethernet (1) or Linux cooked (113)."),
        };
        var converted = 0;
        for (var record = GlobalHeaderLength; record + RecordHeaderLength <= pcap.Length;)
        {
            var length = (int)Read32(pcap, record + 8, bigEndian);
            var packet = pcap.AsSpan(record + RecordHeaderLength, length);
            record += RecordHeaderLength + length;
            if (packet.Length < linkHeader + 20) continue;
            var ip = packet[linkHeader..];
            if (ip[0] >> 4 != 4 || ip[9] != 17) continue; // IPv4 UDP only
            var rtp = ip[((ip[0] & 0x0f) * 4 + 8)..];
            if (rtp.Length < 12 || rtp[0] >> 6 != 2 || (rtp[1] & 0x7f) != PcmaPayloadType) continue;
            var header = 12 + (rtp[0] & 0x0f) * 4;
            if ((rtp[0] & 0x10) != 0) header += 4 + BinaryPrimitives.ReadUInt16BigEndian(rtp[(header + 2)..]) * 4;
            rtp[1] = (byte)((rtp[1] & 0x80) | PcmuPayloadType);
            var payload = rtp[header..];
            G711Transcoding.Transcode(G711Transcoding.ALawToMuLaw, payload, payload);
            converted++;
        }
        if (converted < 100) throw new InvalidOperationException($"{path} holds only {converted} A-law RTP packets; expected SIPp's ~6 s sample.");
        return pcap;
    }

    private static uint Read32(byte[] data, int offset, bool bigEndian) =>
        bigEndian ? BinaryPrimitives.ReadUInt32BigEndian(data.AsSpan(offset)) : BinaryPrimitives.ReadUInt32LittleEndian(data.AsSpan(offset));
}
