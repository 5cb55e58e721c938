using System.Text.Json.Nodes;
using FlowBuilder.Engine.Descriptors;
using FlowBuilder.Engine.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace FlowBuilder.Engine.Tests;

public sealed class DescriptorTests : IAsyncLifetime
{
    private readonly TestEngine _host = new();

    public Task InitializeAsync() => Task.CompletedTask;
    public async Task DisposeAsync() => await _host.DisposeAsync();

    private ActivityDescriptor Descriptor(string type)
    {
        _host.Registry.TryResolve(type, out var registration).ShouldBeTrue();
        return registration.Descriptor;
    }

    [Fact]
    public void Decision_DescribesItsOutcomesAndInputSchema()
    {
        var descriptor = Descriptor("control.decision@1");
        descriptor.TypeId.ShouldBe("control.decision@1");
        descriptor.Category.ShouldBe("Control");
        descriptor.DisplayName.ShouldBe("Decision");
        descriptor.Outcomes.ShouldBe(["true", "false"]);
        var condition = descriptor.InputSchema["properties"]!["condition"]!.AsObject();
        condition["type"]!.GetValue<string>().ShouldBe("boolean");
        condition["x-expression"]!.GetValue<bool>().ShouldBeTrue();
        condition["x-default-syntax"]!.GetValue<string>().ShouldBe("javascript");
        descriptor.InputSchema["required"]!.AsArray().Select(n => n!.GetValue<string>()).ShouldContain("condition");
    }

    [Fact]
    public void Switch_DeclaresDynamicOutcomesFromItsCases()
    {
        var descriptor = Descriptor("control.switch");
        descriptor.DynamicOutcomes.ShouldBe(new DynamicOutcomesDescriptor("cases", "name"));
        var cases = descriptor.InputSchema["properties"]!["cases"]!.AsObject();
        cases["type"]!.GetValue<string>().ShouldBe("array");
        var item = cases["items"]!.AsObject();
        item["properties"]!["name"]!["type"]!.GetValue<string>().ShouldBe("string");
        item["properties"]!["condition"]!["x-expression"]!.GetValue<bool>().ShouldBeTrue();
    }

    [Fact]
    public void Log_EnumInputListsItsValues()
    {
        var level = Descriptor("control.log").InputSchema["properties"]!["level"]!.AsObject();
        level["enum"]!.AsArray().Select(n => n!.GetValue<string>()).ShouldBe(["debug", "information", "warning", "error"]);
        level["default"]!.GetValue<string>().ShouldBe("information");
    }

    [Fact]
    public void EveryBuiltInActivity_HasAVersionedTypeIdAndAnObjectSchema()
    {
        _host.Registry.Descriptors.Count.ShouldBeGreaterThanOrEqualTo(10);
        foreach (var descriptor in _host.Registry.Descriptors)
        {
            descriptor.TypeId.ShouldMatch(@"^[a-z0-9-]+(\.[a-z0-9-]+)+@\d+$");
            descriptor.InputSchema["type"]!.GetValue<string>().ShouldBe("object");
        }
    }

    [Fact]
    public async Task PluginFolder_ActivitiesAreListedAndRunLikeBuiltIns()
    {
        var folder = Path.Combine(Path.GetTempPath(), "fb-plugins-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        File.Copy(Path.Combine(AppContext.BaseDirectory, "plugins", "FlowBuilder.SamplePlugin.dll"), Path.Combine(folder, "FlowBuilder.SamplePlugin.dll"));
        File.WriteAllText(Path.Combine(folder, "not-a-plugin.dll"), "garbage");
        await using var host = new TestEngine(f => f.AddPlugins(folder));
        host.Registry.TryResolve("acme.lookup-customer@1", out var registration).ShouldBeTrue();
        registration.Descriptor.Source.ShouldBe("plugin:FlowBuilder.SamplePlugin.dll");
        registration.Descriptor.Outcomes.ShouldBe(["found", "not-found"]);
        host.Services.GetRequiredService<PluginLoader>().Failures.ShouldHaveSingleItem().ShouldStartWith("not-a-plugin.dll");

        var plan = host.Compile(Flow("p",
            [Node("lookup", "acme.lookup-customer", new { phone = "{{input.phone}}" }), Node("end", "control.end", new { result = "js: outputs.lookup.name" })],
            [Edge("lookup", "found", "end")]));
        var settled = await host.RunAsync(plan, new() { ["phone"] = "+15550100" });
        settled.Result.ShouldBe("Ada Lovelace");
    }
}
