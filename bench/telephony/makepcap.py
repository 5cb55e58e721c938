#!/usr/bin/env python3
"""Writes an RTP pcap for SIPp's <exec play_pcap_audio="..."/> whose payloads are unique per packet.

  makepcap.py OUT.pcap SECONDS SEED [pcmu|pcma]
  makepcap.py OUT.raw SECONDS SEED [pcmu|pcma]      (payloads only, for SIPp's rtp_stream)

Ethernet/IPv4/UDP/RTP, payload type 0 (PCMU) or 8 (PCMA), one packet every 20 ms, 160-byte payloads. Each payload is
noise-like bytes drawn from a generator seeded by (SEED, packet index), so a packet relayed unchanged can be matched to
the packet it came from by its payload alone (bench/telephony/relaystats.py). Different SEEDs give different streams
(one for the caller, one for the callee), so the two directions never share a payload.

The samples avoid the two lowest G.711 segments (|x| < 64 in 13/14-bit linear), where implementations of the
mu-law <-> A-law conversion differ by one step; a transcoding relay then produces exactly the bytes that
g711.py computes (relaystats.py also accepts near misses). The generated PCMA stream is the PCMU noise transcoded
with the same seed, so both files carry the "same" sound.

SIPp replaces the addresses and ports when it plays the file (it sends to the peer of the SDP), so the ones written
here are placeholders. Standard library only.
"""
import random
import struct
import sys

import g711


def payloads(seconds, seed):
    """The mu-law payloads, one per 20 ms packet."""
    count = int(seconds * 50)
    for index in range(count):
        rng = random.Random(seed * 1_000_003 + index)
        # mu-law codes 0x00-0x5F / 0x80-0xDF: exponent (bits 4-6 of the inverted code) >= 2 -> |x| >= 100 or so.
        out = bytearray(160)
        for i in range(160):
            code = rng.randrange(0, 0x60)
            if rng.random() < 0.5:
                code |= 0x80
            out[i] = code
        yield bytes(out)


def write(path, seconds, seed, codec):
    if path.endswith(".raw"):
        # The bare payloads back to back, for SIPp's <exec rtp_stream="FILE,loops,payload type"/>.
        with open(path, "wb") as f:
            for body in payloads(seconds, seed):
                f.write(g711.ulaw_to_alaw(body) if codec == "pcma" else body)
        return
    payload_type = 0 if codec == "pcmu" else 8
    ssrc = 0x10000000 + seed
    with open(path, "wb") as f:
        f.write(struct.pack("<IHHiIII", 0xA1B2C3D4, 2, 4, 0, 0, 65535, 1))
        for index, body in enumerate(payloads(seconds, seed)):
            if codec == "pcma":
                body = g711.ulaw_to_alaw(body)
            rtp = struct.pack(">BBHII", 0x80, payload_type | (0x80 if index == 0 else 0), index & 0xFFFF,
                              (index * 160) & 0xFFFFFFFF, ssrc) + body
            udp = struct.pack(">HHHH", 6000, 6002, 8 + len(rtp), 0) + rtp
            ip_header = struct.pack(">BBHHHBBH4s4s", 0x45, 0, 20 + len(udp), index & 0xFFFF, 0, 64, 17, 0,
                                    bytes([127, 0, 0, 1]), bytes([127, 0, 0, 1]))
            checksum = sum(struct.unpack(">10H", ip_header))
            checksum = (checksum & 0xFFFF) + (checksum >> 16)
            checksum = ~((checksum & 0xFFFF) + (checksum >> 16)) & 0xFFFF
            ip_header = ip_header[:10] + struct.pack(">H", checksum) + ip_header[12:]
            frame = b"\x00" * 12 + b"\x08\x00" + ip_header + udp
            micros = index * 20_000
            f.write(struct.pack("<IIII", micros // 1_000_000, micros % 1_000_000, len(frame), len(frame)))
            f.write(frame)


if __name__ == "__main__":
    if len(sys.argv) not in (4, 5):
        raise SystemExit(__doc__)
    codec = sys.argv[4] if len(sys.argv) == 5 else "pcmu"
    if codec not in ("pcmu", "pcma"):
        raise SystemExit(__doc__)
    write(sys.argv[1], float(sys.argv[2]), int(sys.argv[3]), codec)
