#!/usr/bin/env python3
"""Added latency of an RTP relay (B2BUA or media proxy) from a loopback capture of both of its sides.

  relaystats.py CAPTURE RELAY_FIRST RELAY_LAST [--sip SIP_CAPTURE] [--transcode] [--label PORT=NAME ...]
                [--edge SECONDS] [--window SECONDS]

CAPTURE is a tcpdump capture (pcap; Ethernet, Linux cooked or raw link type) of the RTP to and from the relay's
ports RELAY_FIRST..RELAY_LAST, with snap length large enough for the whole RTP payload (-s 256 for G.711/20 ms).
A packet *arriving at* the relay has its UDP destination port in the range and its source port outside it; a packet
*leaving* the relay has its source port in the range and its destination port outside it. Streams are keyed by
(source port, destination port).

The senders (SIPp playing makepcap.py files) send payloads unique per packet within a stream, the same file for
every call, calls started at different times. Matching:
  1. With --sip, SIP_CAPTURE (full snap length) holds the signalling of the run from its start: every SDP whose
     m=audio port is in the relay's range is the relay's port of one leg of a call, and the two legs of a call are
     told by the From user (unique per call; a B2BUA passes it on as the caller id). The relay answers symmetric RTP:
     it sends a leg's media from the port it announced for that leg, so the stream leaving from port Y is the
     stream that arrived at the other leg's port X. A stream not found there falls back to:
     every leaving packet is looked up by its payload among all arriving packets; the latest one arriving before
     it (within 1 s) votes for a mapping of its stream (relay -> SIPp) to that arriving stream (SIPp -> relay).
     Each leaving stream is mapped to the arriving stream with most votes. (Every call carries the same file, so
     when the relay delays by more than the time between two call starts, votes can pick a neighbouring call:
     "shared" counts such doubtful mappings; the signalling does not have this problem.)
  2. Within a mapped pair, a leaving packet is matched to the arriving packet with the same payload, the latest
     one before it, at most WINDOW seconds before (--window, default 5; payloads repeat only when a file loops). Latency = leaving time - arriving time, both stamped by the same capture.
With --transcode the expected payload may also be the other G.711 law (mu-law <-> A-law through 16-bit linear, after
the ITU reference code in g711.py), so a transcoding relay is measured the same way.

Prints key=value lines, for all packets and per direction (named by the arriving packets' source port, e.g.
--label 6000=caller_to_callee): streams_in, streams_out, mapped, matched, lost (arriving packets of a mapped
stream, or of a stream never relayed, with no leaving counterpart; the last EDGE seconds of the capture are not
counted), signalled (leaving streams mapped from the signalling), shared (leaving streams mapped to an arriving stream that another one is mapped to as well: media
crossed between calls, or calls too close in time to tell apart), unmatched_out (leaving packets with no arriving one; the first EDGE seconds not counted), over_5ms,
late_20ms, p50_ms, p99_ms, p999_ms, max_ms. EDGE defaults to 0.5 s. Standard library only.
"""
import bisect
import sys
from collections import Counter, defaultdict

import g711
from rtpstats import packets, percentile, rtp


def sip_pairs(path, first, last):
    """{relay port: the relay port of the other leg of the same call} from the SDPs in a SIP capture."""
    import re
    ports = defaultdict(dict)  # From user -> {"offer"/"answer" side key: port}
    for _, src, dst, data in packets(path):
        text = data.decode("latin-1", "replace")
        head, _, body = text.partition("\r\n\r\n")
        media = re.search(r"^m=audio (\d+)", body, re.M)
        sender = re.search(r"^(?:From|f)\s*:.*?sips?:([^@;>]+)@", head, re.M | re.I)
        if not media or not sender:
            continue
        port = int(media.group(1))
        if first <= port <= last:
            # One relay port per leg; the leg is told by the SIP port the message went to or came from.
            ports[sender.group(1)][frozenset((src, dst))] = port
    pairs = {}
    for legs in ports.values():
        values = list(legs.values())
        if len(values) == 2 and values[0] != values[1]:
            pairs[values[0]], pairs[values[1]] = values[1], values[0]
    return pairs


def analyse(path, first, last, transcode, labels, edge, sip=None, window=5.0):
    arriving = defaultdict(list)  # (src, dst) -> [(time, payload key)], in capture order
    leaving = defaultdict(list)
    start = end = None
    for time, src, dst, udp_payload in packets(path):
        into, out_of = first <= dst <= last, first <= src <= last
        if into == out_of:
            continue
        parsed = rtp(udp_payload)
        if parsed is None or parsed[1] >= 64 or len(parsed[3]) == 0:  # 64-95: RTCP (RFC 5761), 96+: events
            continue
        body = parsed[3]
        start = time if start is None else start
        end = time
        if into:
            keys = [hash(body)]
            if transcode:
                keys.append(hash(g711.ulaw_to_alaw(body) if parsed[1] == 0 else g711.alaw_to_ulaw(body)))
            arriving[(src, dst)].append((time, keys))
        else:
            leaving[(src, dst)].append((time, hash(body)))
    if start is None:
        return {}, []

    # Per arriving stream: payload key -> ascending arrival times (with the packet's index in the stream).
    by_key = {}
    everywhere = defaultdict(list)  # payload key -> [(time, arriving stream)]
    for stream, items in arriving.items():
        table = defaultdict(list)
        for index, (time, keys) in enumerate(items):
            for key in keys:
                table[key].append((time, index))
                everywhere[key].append((time, stream))
        by_key[stream] = table
    for entries in everywhere.values():
        entries.sort()

    # 1. map each leaving stream to the arriving stream it relays.
    mapping = {}
    pairs = sip_pairs(sip, first, last) if sip else {}
    by_relay_port = {stream[1]: stream for stream in arriving}
    for stream in leaving:
        other = pairs.get(stream[0])
        if other is not None and other in by_relay_port:
            mapping[stream] = by_relay_port[other]
    signalled = set(mapping)
    for stream, items in leaving.items():
        if stream in mapping:
            continue
        votes = Counter()
        for time, key in items:
            candidates = everywhere.get(key)
            if not candidates:
                continue
            i = bisect.bisect_right(candidates, (time, (1 << 20, 0))) - 1
            if i >= 0 and time - candidates[i][0] < 1.0:
                votes[candidates[i][1]] += 1
        if votes:
            mapping[stream] = votes.most_common(1)[0][0]

    # 2. match packet by packet within each mapped pair.
    used = {stream: set() for stream in arriving}
    results = defaultdict(lambda: {"latencies": [], "unmatched_out": 0, "lost": 0, "streams_in": 0,
                                   "streams_out": 0, "mapped": 0, "signalled": 0, "shared": 0})
    for stream, items in leaving.items():
        source = mapping.get(stream)
        name = labels.get(source[0], str(source[0])) if source else "unmapped"
        result = results[name]
        result["streams_out"] += 1
        if source is None:
            result["unmatched_out"] += sum(1 for time, _ in items if time - start >= edge)
            continue
        result["mapped"] += 1
        result["signalled"] += stream in signalled
        if sum(1 for other in mapping.values() if other == source) > 1:
            result["shared"] += 1
        table = by_key[source]
        for time, key in items:
            candidates = table.get(key)
            i = bisect.bisect_right(candidates, (time, 1 << 30)) - 1 if candidates else -1
            if i >= 0 and time - candidates[i][0] < window:
                arrived, index = candidates[i]
                used[source].add(index)
                result["latencies"].append((time - arrived) * 1000.0)
            elif time - start >= edge:
                result["unmatched_out"] += 1
    for stream, items in arriving.items():
        result = results[labels.get(stream[0], str(stream[0]))]
        result["streams_in"] += 1
        taken = used[stream]
        result["lost"] += sum(1 for index, (time, _) in enumerate(items) if index not in taken and end - time >= edge)
    return results, sorted(results)


def report(prefix, result):
    latencies = result["latencies"]
    lines = [f"{prefix}streams_in={result['streams_in']}", f"{prefix}streams_out={result['streams_out']}",
             f"{prefix}mapped={result['mapped']}",
             f"{prefix}signalled={result['signalled']}", f"{prefix}shared={result['shared']}", f"{prefix}matched={len(latencies)}",
             f"{prefix}lost={result['lost']}", f"{prefix}unmatched_out={result['unmatched_out']}",
             f"{prefix}over_5ms={sum(1 for v in latencies if v > 5.0)}",
             f"{prefix}late_20ms={sum(1 for v in latencies if v > 20.0)}"]
    for name, p in (("p50", 50), ("p99", 99), ("p999", 99.9)):
        lines.append(f"{prefix}{name}_ms={percentile(latencies, p):.3f}")
    lines.append(f"{prefix}max_ms={max(latencies) if latencies else float('nan'):.3f}")
    return lines


def main(argv):
    args = list(argv)
    transcode = "--transcode" in args
    if transcode:
        args.remove("--transcode")
    labels, edge, sip, window, rest = {}, 0.5, None, 5.0, []
    i = 0
    while i < len(args):
        if args[i] == "--label" and i + 1 < len(args):
            port, name = args[i + 1].split("=", 1)
            labels[int(port)] = name
            i += 2
        elif args[i] == "--sip" and i + 1 < len(args):
            sip = args[i + 1]
            i += 2
        elif args[i] == "--window" and i + 1 < len(args):
            window = float(args[i + 1])
            i += 2
        elif args[i] == "--edge" and i + 1 < len(args):
            edge = float(args[i + 1])
            i += 2
        else:
            rest.append(args[i])
            i += 1
    if len(rest) != 3:
        raise SystemExit(__doc__)
    results, names = analyse(rest[0], int(rest[1]), int(rest[2]), transcode, labels, edge, sip, window)
    total = {"latencies": [], "unmatched_out": 0, "lost": 0, "streams_in": 0, "streams_out": 0, "mapped": 0,
             "signalled": 0, "shared": 0}
    for name in names:
        for key, value in results[name].items():
            total[key] = total[key] + value
    lines = report("", total)
    for name in names:
        lines += report(f"{name}_", results[name])
    print("\n".join(lines))


if __name__ == "__main__":
    main(sys.argv[1:])
