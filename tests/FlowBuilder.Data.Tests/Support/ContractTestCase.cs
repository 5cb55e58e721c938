using System.ComponentModel;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace FlowBuilder.Data.Tests.Support;

public sealed class ContractTestCase : XunitTestCase
{
    [EditorBrowsable(EditorBrowsableState.Never)]
    [Obsolete("For deserialization by the test runner only.")]
    public ContractTestCase()
    {
    }

    public ContractTestCase(IMessageSink diagnostics, TestMethodDisplay display, TestMethodDisplayOptions displayOptions, ITestMethod testMethod)
        : base(diagnostics, display, displayOptions, testMethod)
    {
    }

    protected override string GetSkipReason(IAttributeInfo factAttribute)
    {
        var required = TestMethod.TestClass.Class.GetCustomAttributes(typeof(RequiresEnvironmentAttribute)).FirstOrDefault();
        if (required?.GetConstructorArguments().FirstOrDefault() is string variable && string.IsNullOrEmpty(Environment.GetEnvironmentVariable(variable)))
            return $"Set {variable} to run these tests (see tests/scripts/postgres.sh).";
        return base.GetSkipReason(factAttribute);
    }
}
