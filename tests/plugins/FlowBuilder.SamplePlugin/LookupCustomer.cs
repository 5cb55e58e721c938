using System.ComponentModel.DataAnnotations;
using FlowBuilder.Engine.Activities;

namespace FlowBuilder.SamplePlugin;

/// <summary>A sample integrator activity: looks a customer up by phone number.</summary>
[Activity("acme.lookup-customer", Category = "Acme", DisplayName = "Lookup Customer", Description = "Finds the customer with this phone number.")]
[Outcomes("found", "not-found")]
[Output("name", "string")]
public sealed class LookupCustomer : Activity<LookupCustomer.Inputs>
{
    public sealed record Inputs([property: Required] Expression<string> Phone);

    protected override ValueTask<Outcome> ExecuteAsync(ActivityContext context, Inputs inputs)
    {
        var phone = context.Eval(inputs.Phone);
        if (phone != "+15550100") return ValueTask.FromResult(Outcome.To("not-found"));
        context.SetOutput("name", "Ada Lovelace");
        return ValueTask.FromResult(Outcome.To("found"));
    }
}
