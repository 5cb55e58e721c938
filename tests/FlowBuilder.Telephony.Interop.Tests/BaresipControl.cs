using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;

namespace FlowBuilder.Telephony.Interop.Tests;

/// <summary>
/// A client for baresip's ctrl_tcp module: netstring-framed JSON (<c>LENGTH:JSON,</c>) over TCP.
/// Commands are <c>{"command":..,"params":..,"token":..}</c>; baresip answers each with
/// <c>{"response":true,"ok":..,"data":..,"token":..}</c> and pushes <c>{"event":true,"type":..}</c> messages.
/// Every message received is kept, so a wait never misses one that arrived before it started.
/// </summary>
internal sealed class BaresipControl : IAsyncDisposable
{
    private const int MaxMessageLength = 1 << 20;
    private readonly TcpClient _client;
    private readonly NetworkStream _stream;
    private readonly CancellationTokenSource _stop = new();
    private readonly List<JsonObject> _messages = [];
    private readonly List<(Func<JsonObject, bool> Match, TaskCompletionSource<JsonObject> Done)> _waiters = [];
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly Task _readLoop;
    private int _nextToken;
    private Exception? _closed;

    private BaresipControl(TcpClient client)
    {
        _client = client;
        _stream = client.GetStream();
        _readLoop = Task.Run(ReadLoopAsync);
    }

    public static async Task<BaresipControl> ConnectAsync(IPEndPoint endPoint, TimeSpan timeout)
    {
        var client = new TcpClient(AddressFamily.InterNetwork);
        try
        {
            using var cancel = new CancellationTokenSource(timeout);
            await client.ConnectAsync(endPoint, cancel.Token);
            return new BaresipControl(client);
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    /// <summary>Every message received so far, as JSON text, for assertion messages.</summary>
    public string Transcript()
    {
        lock (_messages) return string.Join(Environment.NewLine, _messages.Select(m => m.ToJsonString()));
    }

    /// <summary>Sends a command (e.g. <c>dial</c>, <c>hangup</c>) and waits for its response; throws unless it is ok.</summary>
    public async Task<JsonObject> CommandAsync(string command, string? parameters, TimeSpan timeout)
    {
        var token = Interlocked.Increment(ref _nextToken).ToString(CultureInfo.InvariantCulture);
        var message = new JsonObject { ["command"] = command, ["token"] = token };
        if (parameters is not null) message["params"] = parameters;
        var response = WaitForAsync(m => IsTrue(m, "response") && (string?)m["token"] == token, $"the response to '{command}'", timeout);
        var payload = Encoding.UTF8.GetBytes(message.ToJsonString());
        var frame = Encoding.ASCII.GetBytes(payload.Length.ToString(CultureInfo.InvariantCulture) + ":").Concat(payload).Append((byte)',').ToArray();
        await _writeLock.WaitAsync();
        try
        {
            await _stream.WriteAsync(frame);
        }
        finally
        {
            _writeLock.Release();
        }
        var result = await response;
        if (!IsTrue(result, "ok")) throw new InvalidOperationException($"baresip refused '{command} {parameters}': {result.ToJsonString()}");
        return result;
    }

    /// <summary>Waits for an event of <paramref name="type"/> (e.g. <c>CALL_ESTABLISHED</c>, <c>CALL_CLOSED</c>), including one already received.</summary>
    public Task<JsonObject> WaitForEventAsync(string type, TimeSpan timeout) =>
        WaitForAsync(m => IsTrue(m, "event") && (string?)m["type"] == type, $"event {type}", timeout);

    /// <summary>Waits until <paramref name="count"/> events of <paramref name="type"/> have been received in all (the second call's
    /// <c>CALL_ESTABLISHED</c> is count 2).</summary>
    public async Task WaitForEventCountAsync(string type, int count, TimeSpan timeout)
    {
        for (var seen = 0; ; seen = CountEvents(type))
        {
            if (seen >= count) return;
            var index = seen;
            await WaitForAsync(m => IsTrue(m, "event") && (string?)m["type"] == type && CountEventsBefore(m, type) >= index, $"event {type} #{count}", timeout);
        }
    }

    /// <summary>How many events of <paramref name="type"/> were received so far.</summary>
    public int CountEvents(string type)
    {
        lock (_messages) return _messages.Count(m => IsTrue(m, "event") && (string?)m["type"] == type);
    }

    private int CountEventsBefore(JsonObject message, string type)
    {
        lock (_messages) return _messages.TakeWhile(m => !ReferenceEquals(m, message)).Count(m => IsTrue(m, "event") && (string?)m["type"] == type);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _client.Dispose();
        try
        {
            await _readLoop.WaitAsync(TimeSpan.FromSeconds(3));
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or ObjectDisposedException or SocketException)
        {
        }
        _stop.Dispose();
        _writeLock.Dispose();
    }

    private async Task<JsonObject> WaitForAsync(Func<JsonObject, bool> match, string what, TimeSpan timeout)
    {
        var done = new TaskCompletionSource<JsonObject>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_messages)
        {
            var seen = _messages.FirstOrDefault(match);
            if (seen is not null) return seen;
            if (_closed is not null) throw new InvalidOperationException($"baresip's control connection closed before {what}.", _closed);
            _waiters.Add((match, done));
        }
        try
        {
            return await done.Task.WaitAsync(timeout);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"No {what} from baresip within {timeout.TotalSeconds} s. Received:{Environment.NewLine}{Transcript()}");
        }
        finally
        {
            lock (_messages) _waiters.RemoveAll(w => w.Done == done);
        }
    }

    private async Task ReadLoopAsync()
    {
        var buffer = new List<byte>();
        var chunk = new byte[8192];
        try
        {
            while (true)
            {
                var read = await _stream.ReadAsync(chunk, _stop.Token);
                if (read == 0) throw new IOException("baresip closed the control connection.");
                buffer.AddRange(chunk.AsSpan(0, read));
                while (TryTakeFrame(buffer, out var payload)) Receive(payload);
            }
        }
        catch (Exception e)
        {
            lock (_messages)
            {
                _closed = e;
                foreach (var waiter in _waiters) waiter.Done.TrySetException(new InvalidOperationException("baresip's control connection closed.", e));
            }
        }
    }

    private static bool TryTakeFrame(List<byte> buffer, out byte[] payload)
    {
        payload = [];
        var colon = buffer.IndexOf((byte)':');
        if (colon < 0)
        {
            if (buffer.Count > 10) throw new InvalidDataException("Bad netstring length from baresip.");
            return false;
        }
        var length = int.Parse(Encoding.ASCII.GetString(buffer.GetRange(0, colon).ToArray()), NumberStyles.None, CultureInfo.InvariantCulture);
        if (length > MaxMessageLength) throw new InvalidDataException("Netstring from baresip too long.");
        if (buffer.Count < colon + 1 + length + 1) return false;
        if (buffer[colon + 1 + length] != (byte)',') throw new InvalidDataException("Netstring from baresip not terminated by ','.");
        payload = buffer.GetRange(colon + 1, length).ToArray();
        buffer.RemoveRange(0, colon + 1 + length + 1);
        return true;
    }

    private void Receive(byte[] payload)
    {
        if (JsonNode.Parse(payload) is not JsonObject message) return;
        lock (_messages)
        {
            _messages.Add(message);
            foreach (var waiter in _waiters.Where(w => w.Match(message)).ToList()) waiter.Done.TrySetResult(message);
        }
    }

    private static bool IsTrue(JsonObject message, string name) =>
        message[name] is JsonValue value && value.TryGetValue<bool>(out var flag) && flag;
}
