using Xunit.Sdk;

namespace FlowBuilder.Data.Tests.Support;

/// <summary>A fact written once in an abstract contract class and run by each derived class; skipped
/// when the derived class carries <see cref="RequiresEnvironmentAttribute"/> and the variable is unset.</summary>
[AttributeUsage(AttributeTargets.Method)]
[XunitTestCaseDiscoverer("FlowBuilder.Data.Tests.Support.ContractFactDiscoverer", "FlowBuilder.Data.Tests")]
public sealed class ContractFactAttribute : FactAttribute;
