#!/usr/bin/env python3
"""Reads a tcpdump capture (pcap, Ethernet or Linux cooked link type) of RTP on loopback and prints statistics.

  rtpstats.py jitter CAPTURE FIRST LAST
      Send-interval jitter of the server's streams (UDP source port in FIRST..LAST): for every pair of consecutive
      packets of a stream (sequence numbers one apart, the later one not starting a talkspurt, i.e. marker bit
      clear), |interval - 20 ms|. Prints key=value lines: streams, packets, intervals, lost (sequence gaps),
      p50_ms, p99_ms, p999_ms, max_ms.

  rtpstats.py dtmf CAPTURE FIRST LAST
      DTMF-to-next-prompt latency per key press: from the first RFC 4733 end-of-event packet the caller sent to a
      server port to the first packet with the marker bit (a new prompt) the server sent from that port afterwards.
      Prints calls (presses seen), measured, p50_ms, p99_ms, max_ms.

Standard library only, so it runs wherever python3 does.
"""
import struct
import sys


def packets(path):
    """Yields (time_seconds, src_port, dst_port, udp_payload) for every IPv4 UDP packet in the capture."""
    with open(path, "rb") as f:
        header = f.read(24)
        if len(header) < 24:
            return
        magic = struct.unpack("<I", header[:4])[0]
        if magic in (0xA1B2C3D4, 0xA1B23C4D):
            endian = "<"
        else:
            endian = ">"
            magic = struct.unpack(">I", header[:4])[0]
        nanos = magic == 0xA1B23C4D
        linktype = struct.unpack(endian + "I", header[20:24])[0]
        offset = {1: 14, 113: 16, 0: 4, 12: 0, 101: 0}.get(linktype)
        if offset is None:
            raise SystemExit(f"unsupported pcap link type {linktype}")
        while True:
            record = f.read(16)
            if len(record) < 16:
                return
            sec, frac, caplen, _ = struct.unpack(endian + "IIII", record)
            data = f.read(caplen)
            ip = data[offset:]
            if len(ip) < 28 or ip[0] >> 4 != 4 or ip[9] != 17:
                continue
            ihl = (ip[0] & 0x0F) * 4
            udp = ip[ihl:]
            if len(udp) < 8:
                continue
            src, dst = struct.unpack(">HH", udp[:4])
            yield sec + frac / (1e9 if nanos else 1e6), src, dst, udp[8:]


def rtp(payload):
    """(marker, payload_type, sequence, rtp_payload) or None when the datagram is not RTP version 2."""
    if len(payload) < 12 or payload[0] >> 6 != 2:
        return None
    cc = payload[0] & 0x0F
    return bool(payload[1] & 0x80), payload[1] & 0x7F, struct.unpack(">H", payload[2:4])[0], payload[12 + 4 * cc:]


def percentile(values, p):
    if not values:
        return float("nan")
    values = sorted(values)
    index = min(len(values) - 1, max(0, int(round(p / 100.0 * len(values) + 0.5)) - 1))
    return values[index]


def jitter(path, first, last):
    last_seen = {}
    deviations = []
    streams = set()
    count = lost = 0
    for time, src, dst, payload in packets(path):
        if not first <= src <= last:
            continue
        parsed = rtp(payload)
        if parsed is None or parsed[1] >= 96:
            continue
        marker, _, seq, _ = parsed
        key = (src, dst)
        streams.add(key)
        count += 1
        previous = last_seen.get(key)
        last_seen[key] = (time, seq)
        if previous is None:
            continue
        gap = (seq - previous[1]) & 0xFFFF
        if gap != 1:
            lost += max(0, gap - 1) if gap < 1000 else 0
            continue
        if marker:
            continue
        deviations.append(abs((time - previous[0]) - 0.020) * 1000.0)
    print(f"streams={len(streams)}")
    print(f"packets={count}")
    print(f"intervals={len(deviations)}")
    print(f"lost={lost}")
    for name, p in (("p50", 50), ("p99", 99), ("p999", 99.9)):
        print(f"{name}_ms={percentile(deviations, p):.3f}")
    print(f"max_ms={max(deviations) if deviations else float('nan'):.3f}")


def dtmf(path, first, last):
    # Ports are reused by later calls, so a digit is told from the next one on the same port by time: end-of-event
    # packets (sent three times, 20 ms apart) within a second of the first belong to the same press.
    last_end = {}
    pending = {}
    latencies = []
    presses = 0
    for time, src, dst, payload in packets(path):
        parsed = rtp(payload)
        if parsed is None:
            continue
        marker, payload_type, _, body = parsed
        if first <= dst <= last and payload_type >= 96 and len(body) >= 4 and body[1] & 0x80:
            if time - last_end.get(dst, -10.0) > 1.0:
                presses += 1
                pending[dst] = time
            last_end[dst] = time
        elif first <= src <= last and marker and src in pending:
            latencies.append((time - pending.pop(src)) * 1000.0)
    print(f"calls={presses}")
    print(f"measured={len(latencies)}")
    for name, p in (("p50", 50), ("p99", 99)):
        print(f"{name}_ms={percentile(latencies, p):.3f}")
    print(f"max_ms={max(latencies) if latencies else float('nan'):.3f}")


if __name__ == "__main__":
    if len(sys.argv) != 5 or sys.argv[1] not in ("jitter", "dtmf"):
        raise SystemExit(__doc__)
    mode, capture, low, high = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    (jitter if mode == "jitter" else dtmf)(capture, low, high)
