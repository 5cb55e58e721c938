using FlowBuilder.Telephony.Media.Bridging;
using FlowBuilder.Telephony.Media.Codecs;

namespace FlowBuilder.Telephony.Tests.Media.Bridging;

public sealed class G711TranscodingTests
{
    [Fact]
    public void MuLawToALaw_EveryCode_EqualsDecodingThenEncoding()
    {
        for (var code = 0; code < 256; code++)
        {
            G711Transcoding.MuLawToALaw[code].ShouldBe(G711ALaw.Encode(G711MuLaw.Decode((byte)code)), $"µ-law code {code}");
        }
    }

    [Fact]
    public void ALawToMuLaw_EveryCode_EqualsDecodingThenEncoding()
    {
        for (var code = 0; code < 256; code++)
        {
            G711Transcoding.ALawToMuLaw[code].ShouldBe(G711MuLaw.Encode(G711ALaw.Decode((byte)code)), $"A-law code {code}");
        }
    }

    [Fact]
    public void ALawThroughMuLawAndBack_EveryCode_StaysWithinOneQuantisationStep()
    {
        for (var code = 0; code < 256; code++)
        {
            var original = G711ALaw.Decode((byte)code);
            var back = G711ALaw.Decode(G711Transcoding.MuLawToALaw[G711Transcoding.ALawToMuLaw[code]]);
            // Near zero µ-law is finer; at the top A-law is finer: the error stays within a few percent plus one small step.
            Math.Abs(back - original).ShouldBeLessThanOrEqualTo(Math.Abs(original) / 16 + 16, $"A-law code {code}");
        }
    }

    [Fact]
    public void Table_SameCodec_IsNullAndDifferentCodecsPickTheirTable()
    {
        G711Transcoding.Table(G711Codec.Pcmu, G711Codec.Pcmu).ShouldBeNull();
        G711Transcoding.Table(G711Codec.Pcma, G711Codec.Pcma).ShouldBeNull();
        G711Transcoding.Table(G711Codec.Pcmu, G711Codec.Pcma).ShouldBe(G711Transcoding.MuLawToALaw.ToArray());
        G711Transcoding.Table(G711Codec.Pcma, G711Codec.Pcmu).ShouldBe(G711Transcoding.ALawToMuLaw.ToArray());
    }

    [Fact]
    public void Transcode_Frame_MapsEveryByte()
    {
        var frame = Enumerable.Range(0, 160).Select(i => (byte)i).ToArray();
        var output = new byte[160];

        G711Transcoding.Transcode(G711Transcoding.MuLawToALaw, frame, output);

        output.ShouldBe(frame.Select(b => G711Transcoding.MuLawToALaw[b]).ToArray());
    }
}
