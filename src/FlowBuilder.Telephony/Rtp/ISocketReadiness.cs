using System.Net.Sockets;

namespace FlowBuilder.Telephony.Rtp;

/// <summary>Tells <see cref="RtpReceiveLoop"/> which of its sockets have datagrams waiting.</summary>
internal interface ISocketReadiness : IDisposable
{
    /// <summary>Starts watching <paramref name="socket"/>; <paramref name="id"/> is what <see cref="Wait"/> reports.</summary>
    void Add(Socket socket, long id);

    /// <summary>Stops watching; a socket already closed is fine.</summary>
    void Remove(Socket socket, long id);

    /// <summary>
    /// Blocks up to <paramref name="timeoutMilliseconds"/> for readable sockets and writes their ids into
    /// <paramref name="ready"/>; returns how many (0 on timeout). Called from the loop's thread only.
    /// </summary>
    int Wait(Span<long> ready, int timeoutMilliseconds);
}
