using FlowBuilder.Messaging.Encoding;

namespace FlowBuilder.Messaging.Tests.Encoding;

public sealed class GsmAlphabetTests
{
    [Theory]
    [InlineData('@', 0x00)]
    [InlineData('£', 0x01)]
    [InlineData('\n', 0x0A)]
    [InlineData('Δ', 0x10)]
    [InlineData('_', 0x11)]
    [InlineData(' ', 0x20)]
    [InlineData('A', 0x41)]
    [InlineData('¡', 0x40)]
    [InlineData('§', 0x5F)]
    [InlineData('¿', 0x60)]
    [InlineData('à', 0x7F)]
    public void Encode_BasicCharacter_IsItsGsm0338Septet(char c, byte septet) =>
        GsmAlphabet.Encode(c.ToString()).ShouldBe([septet]);

    [Theory]
    [InlineData('€', 0x65)]
    [InlineData('{', 0x28)]
    [InlineData('}', 0x29)]
    [InlineData('[', 0x3C)]
    [InlineData(']', 0x3E)]
    [InlineData('~', 0x3D)]
    [InlineData('\\', 0x2F)]
    [InlineData('|', 0x40)]
    [InlineData('^', 0x14)]
    [InlineData('\f', 0x0A)]
    public void Encode_ExtensionCharacter_IsEscapePair(char c, byte code)
    {
        GsmAlphabet.Encode(c.ToString()).ShouldBe([GsmAlphabet.Escape, code]);
        GsmAlphabet.SeptetsOf(c).ShouldBe(2);
    }

    [Fact]
    public void Encode_HelloWorld_MatchesSpecBytes() =>
        GsmAlphabet.Encode("Hello €1").ShouldBe([0x48, 0x65, 0x6C, 0x6C, 0x6F, 0x20, 0x1B, 0x65, 0x31]);

    [Theory]
    [InlineData("Привет")]
    [InlineData("émoji 👋")]
    [InlineData("ç lower-case cedilla")]
    [InlineData("backtick `")]
    public void CanEncode_CharacterOutsideGsm_False(string text) => GsmAlphabet.CanEncode(text).ShouldBeFalse();

    [Fact]
    public void Decode_RoundTripsEveryGsmCharacter()
    {
        const string all = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà^{}\\[~]|€\f";
        GsmAlphabet.CanEncode(all).ShouldBeTrue();
        GsmAlphabet.Decode(GsmAlphabet.Encode(all)).ShouldBe(all);
    }

    [Fact]
    public void Encode_CharacterWithoutGsmForm_ErrorNamesIt() =>
        Should.Throw<ArgumentException>(() => GsmAlphabet.Encode("Ж")).Message.ShouldContain("U+0416");
}
