namespace FlowBuilder.Cli;

/// <summary>What <c>flowbuilder</c> returns to the shell.</summary>
internal static class ExitCodes
{
    /// <summary>Done: the flows are valid, the instance completed or is waiting.</summary>
    public const int Ok = 0;

    /// <summary>A flow has errors (or the command line was wrong).</summary>
    public const int Invalid = 1;

    /// <summary>Input that could not be used: an unreadable file, <c>--input</c> that is not JSON, a server that cannot be reached.</summary>
    public const int BadInput = 2;

    /// <summary>The instance faulted or was cancelled.</summary>
    public const int Faulted = 3;

    /// <summary>The instance was still running (or waiting on a timer) when <c>--timeout</c> ran out.</summary>
    public const int TimedOut = 4;
}
