using FlowBuilder.Activities.Http;
using FlowBuilder.Engine.Hosting;
using FlowBuilder.Engine.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FlowBuilder.Activities;

public static class BuiltInActivities
{
    /// <summary>Registers every activity that ships with FlowBuilder (control, HTTP, telephony, …), and the ports they
    /// need that have a built-in implementation (the outbound HTTP client, unless the host registered its own).</summary>
    public static FlowBuilderBuilder AddBuiltInActivities(this FlowBuilderBuilder builder)
    {
        builder.Services.AddOptions<HttpRequesterOptions>();
        builder.Services.TryAddSingleton<IHttpRequester, HttpRequester>();
        return builder.AddActivitiesFrom(typeof(BuiltInActivities).Assembly);
    }
}
