using System.Reflection;

namespace FlowBuilder.Engine.Hosting;

public sealed record LoadedPlugin(string FileName, Assembly Assembly);
