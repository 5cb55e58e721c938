namespace FlowBuilder.Activities.Http;

/// <summary>How many attempts a failed request made, carried on its exception (<see cref="Exception.Data"/>).</summary>
internal static class HttpRequestAttempts
{
    private const string Key = "FlowBuilder.Http.Attempts";

    public static TException Attach<TException>(TException error, int attempts) where TException : Exception
    {
        error.Data[Key] = attempts;
        return error;
    }

    public static int Of(Exception error) => error.Data[Key] is int attempts ? attempts : 1;
}
