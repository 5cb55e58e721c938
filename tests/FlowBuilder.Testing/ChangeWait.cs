namespace FlowBuilder.Testing;

/// <summary>Waits for a state that something announces changes of: re-reads it after every announcement, never sleeps.</summary>
public static class ChangeWait
{
    /// <summary>
    /// Reads the state until <paramref name="condition"/> holds and returns it; between reads waits for the next change announced
    /// to the handler given to <paramref name="subscribe"/> (which subscribes it and returns how to unsubscribe it). After
    /// <paramref name="patience"/> reads once more, then throws a <see cref="TimeoutException"/> with <paramref name="timeoutMessage"/> of the last state.
    /// </summary>
    public static async Task<T> UntilAsync<T>(Func<Action, Action> subscribe, Func<Task<T>> read, Func<T, bool> condition, TimeSpan patience,
        Func<T, string> timeoutMessage)
    {
        var deadline = DateTime.UtcNow + patience;
        while (true)
        {
            var changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var unsubscribe = subscribe(() => changed.TrySetResult());
            try
            {
                var state = await read();
                if (condition(state)) return state;
                var left = deadline - DateTime.UtcNow;
                if (left <= TimeSpan.Zero) throw new TimeoutException(timeoutMessage(state));
                try
                {
                    await changed.Task.WaitAsync(left);
                }
                catch (TimeoutException)
                {
                    state = await read();
                    if (condition(state)) return state;
                    throw new TimeoutException(timeoutMessage(state));
                }
            }
            finally
            {
                unsubscribe();
            }
        }
    }
}
