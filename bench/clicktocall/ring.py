#!/usr/bin/env python3
"""Helpers of bench/clicktocall/run.sh, part (b) request-to-ring latency.

post URL KEY COUNT RATE OUT.json [PREFIX]
    POSTs COUNT callback requests at a steady RATE per second (one keep-alive connection, scheduled at t0 + i/RATE),
    each with its own German mobile number ending in 0-5 (the SIPp callee scenario answers those), and writes
    [{phone, status, id, sentAt, answeredAt}] with wall-clock times (time.time()) of the send and of the 202.

analyse POSTS.json SIPP_TRACE REQUESTS.json
    Matches each accepted request to the first INVITE SIPp received for its number (the To user of the INVITE in SIPp's
    -trace_msg log, whose separator lines carry the receive time) and prints the latencies 202 -> INVITE at SIPp, and the
    server's own view (request createdAt -> first leg startedAt, from the API's request views), as one JSON object.

rtt SIPP_RTT_CSV
    Prints p50/p99/max of SIPp's own UAC response times (INVITE sent -> 200 received) from its -trace_rtt file.
"""
import http.client
import json
import re
import sys
import time
from datetime import datetime, timezone


def percentile(values, p):
    if not values:
        return None
    values = sorted(values)
    k = max(0, min(len(values) - 1, int(round(p / 100.0 * len(values) + 0.5)) - 1))
    return values[k]


def stats(values):
    return {"count": len(values), "p50": percentile(values, 50), "p90": percentile(values, 90), "p99": percentile(values, 99),
            "max": max(values) if values else None, "min": min(values) if values else None}


def post(url, key, count, rate, out, prefix="+4915190"):
    host, port = re.match(r"http://([^:/]+):(\d+)", url).groups()
    conn = http.client.HTTPConnection(host, int(port), timeout=10)
    results, t0 = [], time.time() + 0.2
    for i in range(count):
        due = t0 + i / rate
        delay = due - time.time()
        if delay > 0:
            time.sleep(delay)
        phone = f"{prefix}{i // 6:05d}{i % 6}"          # last digit 0-5: answered by uas-campaign-callee.xml
        body = json.dumps({"phone": phone, "consent": True, "pageUrl": "https://shop.example.com/help"})
        sent = time.time()
        conn.request("POST", f"/api/public/click-to-call/{key}/requests", body, {"Content-Type": "application/json"})
        response = conn.getresponse()
        payload = response.read()
        answered = time.time()
        item = {"phone": phone, "status": response.status, "sentAt": sent, "answeredAt": answered}
        if response.status == 202:
            item["id"] = json.loads(payload)["id"]
        else:
            item["error"] = payload.decode("utf-8", "replace")[:300]
        results.append(item)
    json.dump(results, open(out, "w"))
    ok = sum(1 for r in results if r["status"] == 202)
    print(f"posted {count}, accepted {ok}, over {results[-1]['answeredAt'] - results[0]['sentAt']:.1f} s", file=sys.stderr)


def sipp_invites(trace):
    """number -> receive time (epoch seconds) of the first INVITE SIPp received for it."""
    text = open(trace, encoding="utf-8", errors="replace").read()
    first = {}
    for block in text.split("----------------------------------------------- ")[1:]:
        header, _, rest = block.partition("\n")
        if "message received" not in rest[:80]:
            continue
        body = rest.split("\n", 2)[-1].lstrip()
        if not body.startswith("INVITE "):
            continue
        epoch = re.search(r"\b(\d{10}\.\d{6})\b", header)
        if epoch:
            at = float(epoch.group(1))
        else:
            stamp = re.search(r"(\d{4}-\d{2}-\d{2})\s+(\d{2}:\d{2}:\d{2}\.\d+)", header)
            at = datetime.fromisoformat(f"{stamp.group(1)} {stamp.group(2)}").astimezone().timestamp()
        user = re.match(r"INVITE sip:([^@;> ]+)", body).group(1)
        number = "+" + re.sub(r"\D", "", user)
        first.setdefault(number, at)
    return first


def iso(text):
    return datetime.fromisoformat(text.replace("Z", "+00:00")).timestamp() if text else None


def analyse(posts_file, trace, requests_file):
    posts = [p for p in json.load(open(posts_file)) if p["status"] == 202]
    invites = sipp_invites(trace)
    wire = [(invites[p["phone"]] - p["answeredAt"]) * 1000 for p in posts if p["phone"] in invites]
    views = json.load(open(requests_file))
    server, statuses = [], {}
    for v in views:
        statuses[v["status"]] = statuses.get(v["status"], 0) + 1
        legs = sorted(v.get("legs") or [], key=lambda leg: (leg.get("attempt") or 0, leg.get("startedAt") or ""))
        if legs and legs[0].get("startedAt"):
            server.append((iso(legs[0]["startedAt"]) - iso(v["createdAt"])) * 1000)
    print(json.dumps({"accepted": len(posts), "invites": len(invites), "matched": len(wire), "wire": stats(wire),
                      "server": stats(server), "statuses": statuses}))


def rtt(csv_file):
    values = []
    for line in open(csv_file):
        parts = line.strip().split(";")
        if len(parts) >= 2:
            try:
                values.append(float(parts[1]))
            except ValueError:
                pass
    print(json.dumps(stats(values)))


if __name__ == "__main__":
    command, args = sys.argv[1], sys.argv[2:]
    if command == "post":
        post(*args[:2], int(args[2]), float(args[3]), *args[4:])
    elif command == "analyse":
        analyse(*args)
    elif command == "rtt":
        rtt(args[0])
    else:
        sys.exit(f"unknown command {command}: use post, analyse or rtt")
