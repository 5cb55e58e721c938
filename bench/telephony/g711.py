"""G.711 mu-law and A-law in plain Python, after the ITU-T/Sun reference code (g711.c: ulaw2linear, linear2ulaw,
alaw2linear, linear2alaw; 16-bit linear samples). Used to compute the bytes a transcoding relay should send
(mu-law -> linear -> A-law and back). `python3 g711.py` checks the tables against audioop when it is there.
"""

_SEG_AEND = (0x1F, 0x3F, 0x7F, 0xFF, 0x1FF, 0x3FF, 0x7FF, 0xFFF)
_SEG_UEND = (0x3F, 0x7F, 0xFF, 0x1FF, 0x3FF, 0x7FF, 0xFFF, 0x1FFF)
_BIAS = 0x84
_CLIP = 8159


def _search(value, table):
    for i, end in enumerate(table):
        if value <= end:
            return i
    return len(table)


def ulaw2linear(u):
    u = ~u & 0xFF
    t = ((u & 0x0F) << 3) + _BIAS
    t <<= (u & 0x70) >> 4
    return (_BIAS - t) if (u & 0x80) else (t - _BIAS)


def alaw2linear(a):
    a ^= 0x55
    t = (a & 0x0F) << 4
    seg = (a & 0x70) >> 4
    if seg == 0:
        t += 8
    elif seg == 1:
        t += 0x108
    else:
        t += 0x108
        t <<= seg - 1
    return t if (a & 0x80) else -t


def linear2alaw(pcm):
    pcm >>= 3
    if pcm >= 0:
        mask = 0xD5
    else:
        mask = 0x55
        pcm = -pcm - 1
    seg = _search(pcm, _SEG_AEND)
    if seg >= 8:
        return 0x7F ^ mask
    aval = seg << 4
    aval |= ((pcm >> 1) if seg < 2 else (pcm >> seg)) & 0x0F
    return aval ^ mask


def linear2ulaw(pcm):
    pcm >>= 2
    if pcm < 0:
        pcm = -pcm
        mask = 0x7F
    else:
        mask = 0xFF
    if pcm > _CLIP:
        pcm = _CLIP
    pcm += _BIAS >> 2
    seg = _search(pcm, _SEG_UEND)
    if seg >= 8:
        return 0x7F ^ mask
    return ((seg << 4) | ((pcm >> (seg + 1)) & 0x0F)) ^ mask


U2A = bytes(linear2alaw(ulaw2linear(u)) for u in range(256))
A2U = bytes(linear2ulaw(alaw2linear(a)) for a in range(256))


def ulaw_to_alaw(data):
    return bytes(data).translate(U2A)


def alaw_to_ulaw(data):
    return bytes(data).translate(A2U)


if __name__ == "__main__":
    import warnings
    warnings.simplefilter("ignore", DeprecationWarning)
    try:
        import audioop
    except ImportError:
        raise SystemExit("audioop not available; nothing to compare with")
    every = bytes(range(256))
    assert audioop.ulaw2lin(every, 2) == b"".join(ulaw2linear(u).to_bytes(2, "little", signed=True) for u in every)
    assert audioop.alaw2lin(every, 2) == b"".join(alaw2linear(a).to_bytes(2, "little", signed=True) for a in every)
    assert audioop.lin2alaw(audioop.ulaw2lin(every, 2), 2) == ulaw_to_alaw(every)
    assert audioop.lin2ulaw(audioop.alaw2lin(every, 2), 2) == alaw_to_ulaw(every)
    print("g711.py agrees with audioop on all 256 codes both ways")
