using FlowBuilder.Engine.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace FlowBuilder.Engine.Calls.Simulator;

public static class CallSimulatorRegistration
{
    /// <summary>Adds the <c>simulator</c> call channel: one <see cref="CallSimulator"/> singleton, also registered as
    /// an <see cref="ICallControl"/> so flows reach its calls by their <c>simulator-</c> ids. Adding it twice adds it once, with the first call's options.</summary>
    public static FlowBuilderBuilder AddCallSimulator(this FlowBuilderBuilder builder, Action<CallSimulatorOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = new CallSimulatorOptions();
        configure?.Invoke(options);
        if (builder.Services.Any(d => d.ServiceType == typeof(CallSimulator))) return builder;
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(sp => new CallSimulator(
            sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ICallRecordStore>(), options, sp.GetService<ILogger<CallSimulator>>(), sp.GetService<ICallRecordingStore>()));
        builder.Services.AddSingleton<ICallControl>(sp => sp.GetRequiredService<CallSimulator>());
        return builder;
    }
}
