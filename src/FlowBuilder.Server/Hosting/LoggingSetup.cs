using Serilog;
using Serilog.Events;
using Serilog.Settings.Configuration;

namespace FlowBuilder.Server.Hosting;

internal static class LoggingSetup
{
    private static readonly string[] Sections = ["FlowBuilder:Logging", "Serilog"];

    /// <summary>Serilog from the <c>FlowBuilder:Logging</c> (or <c>Serilog</c>) section; structured console output when neither exists.</summary>
    public static WebApplicationBuilder AddFlowBuilderLogging(this WebApplicationBuilder builder)
    {
        var logger = new LoggerConfiguration()
            .MinimumLevel.Information()
            .MinimumLevel.Override("Microsoft.AspNetCore", LogEventLevel.Warning)
            .MinimumLevel.Override("Microsoft.EntityFrameworkCore", LogEventLevel.Warning)
            .Enrich.FromLogContext();
        var section = Sections.FirstOrDefault(name => builder.Configuration.GetSection(name).Exists());
        if (section is null)
        {
            logger.WriteTo.Console(outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {SourceContext}: {Message:lj}{NewLine}{Exception}");
        }
        else
        {
            var options = new ConfigurationReaderOptions(
                typeof(ConsoleLoggerConfigurationExtensions).Assembly,
                typeof(FileLoggerConfigurationExtensions).Assembly) { SectionName = section };
            logger.ReadFrom.Configuration(builder.Configuration, options);
        }
        builder.Logging.ClearProviders().AddSerilog(logger.CreateLogger(), dispose: true);
        return builder;
    }
}
