using System.Reflection;
using FlowBuilder.Engine.Activities;

namespace FlowBuilder.Engine.Hosting;

internal static class ActivityTypes
{
    public static IEnumerable<Type> In(Assembly assembly)
    {
        Type[] types;
        try
        {
            types = assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException partial)
        {
            types = partial.Types.Where(t => t is not null).ToArray()!;
        }
        return types.Where(t => t is { IsAbstract: false, IsClass: true } && typeof(IActivity).IsAssignableFrom(t) && t.GetCustomAttribute<ActivityAttribute>() is not null);
    }
}
