using FlowBuilder.Engine.CallCentre;
using FlowBuilder.Telephony.Calls;
using FlowBuilder.Telephony.Tests.Fakes;

namespace FlowBuilder.Telephony.Tests.Calls;

/// <summary>Extensions 101 ("s3cret"), 102 ("pa55") of acme and 201 of another company, group "sales" (number 600) of acme.</summary>
internal sealed class CallCentreSetup
{
    public InMemoryExtensionStore Extensions { get; } = new InMemoryExtensionStore()
        .Add(new Extension("acme", "101", "Alice", "s3cret"))
        .Add(new Extension("acme", "102", "Bob", "pa55"))
        .Add(new Extension("globex", "201", "Carol", "c4rol"));

    private InMemoryExtensionGroupStore? _groups;

    public InMemoryExtensionGroupStore Groups => _groups ??= new InMemoryExtensionGroupStore(Extensions)
        .Add(new ExtensionGroup("acme", "sales", ["101", "102"], Number: "600"));

    public IInternalCallHandler? Handler { get; set; }
}
