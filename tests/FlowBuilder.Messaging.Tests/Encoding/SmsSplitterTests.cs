using FlowBuilder.Messaging.Encoding;

namespace FlowBuilder.Messaging.Tests.Encoding;

public sealed class SmsSplitterTests
{
    [Fact]
    public void Split_160Septets_OnePartWithoutUdh()
    {
        var encoded = SmsSplitter.Split(new string('a', 160), reference: 7);

        encoded.DataCoding.ShouldBe(SmsDataCoding.Gsm7);
        encoded.Parts.Count.ShouldBe(1);
        encoded.EsmClass.ShouldBe((byte)0);
        encoded.Parts[0].ShortMessage.Length.ShouldBe(160);
    }

    [Fact]
    public void Split_161Septets_TwoPartsOf153AndTheRestWithUdh()
    {
        var encoded = SmsSplitter.Split(new string('a', 161), reference: 0x2A);

        encoded.Parts.Count.ShouldBe(2);
        encoded.EsmClass.ShouldBe((byte)0x40);
        encoded.Parts[0].ShortMessage[..6].ShouldBe([0x05, 0x00, 0x03, 0x2A, 0x02, 0x01]);
        encoded.Parts[1].ShortMessage[..6].ShouldBe([0x05, 0x00, 0x03, 0x2A, 0x02, 0x02]);
        encoded.Parts[0].ShortMessage.Length.ShouldBe(6 + 153);
        encoded.Parts[1].ShortMessage.Length.ShouldBe(6 + 8);
    }

    [Fact]
    public void Split_EuroSignsCountTwoSeptets_80EurosFitOnePart()
    {
        SmsSplitter.Split(new string('€', 80), 1).Parts.Count.ShouldBe(1);
        SmsSplitter.Split(new string('€', 81), 1).Parts.Count.ShouldBe(2);
    }

    [Fact]
    public void Split_EscapePairAtBoundary_StaysInOnePart()
    {
        // 152 plain septets then '€' (2 septets): the pair would straddle 153, so it starts the second part.
        var text = new string('a', 152) + "€" + new string('b', 20);

        var encoded = SmsSplitter.Split(text, 1);

        encoded.Parts[0].Text.ShouldBe(new string('a', 152));
        encoded.Parts[0].ShortMessage.Length.ShouldBe(6 + 152);
        encoded.Parts[1].ShortMessage[6..8].ShouldBe([GsmAlphabet.Escape, (byte)0x65]);
        string.Concat(encoded.Parts.Select(p => p.Text)).ShouldBe(text);
    }

    [Fact]
    public void Split_70Ucs2Units_OnePart()
    {
        var encoded = SmsSplitter.Split(new string('Ж', 70), 1);

        encoded.DataCoding.ShouldBe(SmsDataCoding.Ucs2);
        encoded.Parts.Count.ShouldBe(1);
        encoded.Parts[0].ShortMessage.Length.ShouldBe(140);
        encoded.Parts[0].ShortMessage[..2].ShouldBe([0x04, 0x16]);
    }

    [Fact]
    public void Split_71Ucs2Units_PartsOf67()
    {
        var encoded = SmsSplitter.Split(new string('Ж', 71), 9);

        encoded.Parts.Count.ShouldBe(2);
        encoded.Parts[0].ShortMessage.Length.ShouldBe(6 + 134);
        encoded.Parts[1].ShortMessage.Length.ShouldBe(6 + 8);
    }

    [Fact]
    public void Split_SurrogatePairAtBoundary_NeverSplit()
    {
        var text = new string('Ж', 66) + "👋" + new string('Ж', 10);

        var encoded = SmsSplitter.Split(text, 1);

        encoded.Parts[0].Text.ShouldBe(new string('Ж', 66));
        encoded.Parts[1].Text.ShouldStartWith("👋");
        encoded.Parts.ShouldAllBe(p => !char.IsHighSurrogate(p.Text[p.Text.Length - 1]));
        string.Concat(encoded.Parts.Select(p => p.Text)).ShouldBe(text);
    }

    [Fact]
    public void Split_OneNonGsmCharacter_WholeTextIsUcs2()
    {
        var encoded = SmsSplitter.Split("Hello Ж", 1);

        encoded.DataCoding.ShouldBe(SmsDataCoding.Ucs2);
        encoded.Parts[0].ShortMessage.ShouldBe(System.Text.Encoding.BigEndianUnicode.GetBytes("Hello Ж"));
    }

    [Fact]
    public void Split_MoreThan255Parts_RefusedWithAClearError() =>
        Should.Throw<ArgumentException>(() => SmsSplitter.Split(new string('a', 153 * 256), 1)).Message.ShouldContain("at most 255");
}
