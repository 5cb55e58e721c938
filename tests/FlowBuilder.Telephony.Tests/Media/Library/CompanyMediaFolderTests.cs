using FlowBuilder.Telephony.Media.Library;
using Shouldly;

namespace FlowBuilder.Telephony.Tests.Media.Library;

public sealed class CompanyMediaFolderTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("default")]
    public void Of_DefaultOrNoCompany_IsTheMediaFolderItself(string? companyId) =>
        CompanyMediaFolder.Of("/srv/media", companyId).ShouldBe("/srv/media");

    [Fact]
    public void Of_AnotherCompany_IsItsOwnSubfolder() =>
        CompanyMediaFolder.Of("/srv/media", "acme").ShouldBe(Path.Combine("/srv/media", "companies", "acme"));

    [Theory]
    [InlineData("../default")]
    [InlineData("a/b")]
    [InlineData("")]
    public void Of_CompanyIdThatIsNotAPlainName_IsRefusedNamingIt(string companyId) =>
        Should.Throw<ArgumentException>(() => CompanyMediaFolder.Of("/srv/media", companyId)).Message.ShouldContain($"'{companyId}'");

    [Fact]
    public void TwoCompanies_SameFileName_AreDifferentFiles()
    {
        var root = Directory.CreateTempSubdirectory("company-media-").FullName;
        try
        {
            var wav = WavOfSilence();
            new MediaLibrary(CompanyMediaFolder.Of(root, "acme")).Save("welcome", wav);
            new MediaLibrary(CompanyMediaFolder.Of(root, null)).Find("welcome").ShouldBeNull();
            new MediaLibrary(CompanyMediaFolder.Of(root, "globex")).List().ShouldBeEmpty();
            new MediaLibrary(CompanyMediaFolder.Of(root, "acme")).Find("welcome").ShouldNotBeNull();
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static byte[] WavOfSilence() => FlowBuilder.Telephony.Media.Audio.WavWriter.Write(new short[800], 8000);
}
