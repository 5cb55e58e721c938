using FlowBuilder.Engine.CallCentre;
using FlowBuilder.Testing.CallCentre;

namespace FlowBuilder.Engine.Tests.CallCentre;

public sealed class CallTargetsTests
{
    private static readonly InMemoryExtensionStore Extensions = CallCentreStores.Extensions(
        new Extension("acme", "101", "Alice", "secret"),
        new Extension("acme", "105", "Old desk", "secret") { Enabled = false },
        new Extension("globex", "201", "Bob", "secret"));

    private readonly CallTargets _targets = new(
        Extensions,
        CallCentreStores.Groups(Extensions,
            new ExtensionGroup("acme", "sales", ["101"], Number: "600"),
            new ExtensionGroup("globex", "support", ["201"], Number: "700")));

    private async Task<CallTargetResolution> Resolve(string text) => await _targets.ResolveAsync("acme", text, CancellationToken.None);

    [Theory]
    [InlineData("101")]
    [InlineData("ext:101")]
    [InlineData(" EXT:101 ")]
    public async Task Resolve_TheCompanysExtension_IsThatExtension(string text)
    {
        var target = (await Resolve(text)).Target.ShouldNotBeNull();

        target.Kind.ShouldBe(CallTargetKind.Extension);
        target.Value.ShouldBe("101");
        target.Extension!.DisplayName.ShouldBe("Alice");
    }

    [Theory]
    [InlineData("group:sales")]
    [InlineData("group:Sales")]
    [InlineData("600")]
    public async Task Resolve_GroupByNameOrNumber_IsTheGroup(string text)
    {
        var target = (await Resolve(text)).Target.ShouldNotBeNull();

        target.Kind.ShouldBe(CallTargetKind.Group);
        target.Group!.Name.ShouldBe("sales");
    }

    [Theory]
    [InlineData("+1 (555) 123-4567", "+15551234567")]
    [InlineData("0049301234567", "0049301234567")]
    [InlineData("sip:bob@10.0.0.2", "sip:bob@10.0.0.2")]
    public async Task Resolve_OutsideNumbersAndSipUris_AreNumbers(string text, string value)
    {
        var target = (await Resolve(text)).Target.ShouldNotBeNull();

        target.Kind.ShouldBe(CallTargetKind.Number);
        target.Value.ShouldBe(value);
    }

    [Theory]
    [InlineData("201", "201")]
    [InlineData("ext:201", "201")]
    [InlineData("700", "700")]
    [InlineData("group:support", "support")]
    public async Task Resolve_AnotherCompanysExtensionOrGroup_IsAnErrorNamingIt(string text, string named)
    {
        var resolution = await Resolve(text);

        resolution.Succeeded.ShouldBeFalse();
        resolution.Error.ShouldNotBeNull().ShouldContain(named);
        resolution.Error.ShouldContain("this company");
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("   ", "empty")]
    [InlineData("bob", "is not a call target")]
    [InlineData("ext:abc", "after 'ext:'")]
    [InlineData("group:", "after 'group:'")]
    [InlineData("999", "No extension or group has number 999")]
    [InlineData("105", "disabled")]
    [InlineData("+12", "3 to 15 digits")]
    [InlineData("12+34", "is not a call target")]
    [InlineData("sip:", "not a valid SIP URI")]
    public async Task Resolve_BadTargets_SayWhatIsWrong(string text, string error)
    {
        var resolution = await Resolve(text);

        resolution.Target.ShouldBeNull();
        resolution.Error.ShouldNotBeNull().ShouldContain(error);
    }

    [Fact]
    public async Task Resolve_WithoutDirectories_OnlyOutsideNumbersResolve()
    {
        var bare = new CallTargets(null, null);

        (await bare.ResolveAsync("acme", "+15551234567", CancellationToken.None)).Succeeded.ShouldBeTrue();
        (await bare.ResolveAsync("acme", "101", CancellationToken.None)).Succeeded.ShouldBeFalse();
    }
}
