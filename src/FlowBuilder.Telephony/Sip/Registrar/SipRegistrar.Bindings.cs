using System.Globalization;
using Microsoft.Extensions.Logging;
using FlowBuilder.Telephony.Sip.Messages;
using FlowBuilder.Telephony.Sip.Transactions;

namespace FlowBuilder.Telephony.Sip.Registrar;

public sealed partial class SipRegistrar
{
    /// <summary>Reads the Contact headers and their expiry (contact param, else Expires, else the default); null changes = <c>Contact: *</c>.</summary>
    private bool TryReadChanges(SipRequest request, out List<(SipUri Uri, int Seconds)>? changes, out SipResponse problem)
    {
        changes = null;
        problem = null!;
        int? headerExpires = null;
        if (request.Headers[SipHeaderNames.Expires] is { } text)
        {
            if (!int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
            {
                problem = request.CreateResponse(400, "Bad Request (Expires is not a number of seconds)");
                return false;
            }
            headerExpires = seconds;
        }
        if (request.IsWildcardContact)
        {
            if (headerExpires != 0)
            {
                problem = request.CreateResponse(400, "Bad Request (Contact: * needs Expires: 0)");
                return false;
            }
            return true;
        }
        changes = [];
        foreach (var contact in request.Contacts)
        {
            var seconds = headerExpires ?? _options.DefaultExpiresSeconds;
            if (contact.Parameters.Get("expires") is { } param)
            {
                if (!int.TryParse(param, NumberStyles.None, CultureInfo.InvariantCulture, out seconds))
                {
                    problem = request.CreateResponse(400, "Bad Request (a contact's expires is not a number of seconds)");
                    return false;
                }
            }
            if (seconds > 0 && seconds < _options.MinExpiresSeconds)
            {
                problem = request.CreateResponse(423);
                problem.Headers.Add("Min-Expires", _options.MinExpiresSeconds.ToString(CultureInfo.InvariantCulture));
                return false;
            }
            changes.Add((contact.Uri, Math.Min(seconds, _options.MaxExpiresSeconds)));
        }
        if (changes.Count == 0 && request.Headers.Contains(SipHeaderNames.Contact))
        {
            problem = request.CreateResponse(400, "Bad Request (unreadable Contact)");
            return false;
        }
        return true;
    }

    /// <summary>Under the lock: applies all changes or none (Call-ID/CSeq ordering of RFC 3261 §10.3 step 7).</summary>
    private static bool TryApply(
        List<ExtensionContact> list, List<(SipUri Uri, int Seconds)>? changes, SipServerTransaction transaction, string number, DateTimeOffset now,
        out bool changed, out Func<SipRequest, SipResponse> failure)
    {
        changed = false;
        failure = null!;
        var request = transaction.Request;
        var callId = request.CallId ?? "";
        var sequence = request.CSeq?.Number ?? 0;
        if (changes is null)
        {
            changed = list.Count > 0;
            list.Clear();
            return true;
        }
        var added = 0;
        foreach (var (uri, seconds) in changes)
        {
            var existing = list.Find(c => c.Uri.Equals(uri));
            if (existing is not null && existing.CallId == callId && sequence <= existing.Sequence)
            {
                failure = r => r.CreateResponse(500, "Server Internal Error (REGISTER out of order)");
                return false;
            }
            if (existing is null && seconds > 0) added++;
        }
        if (list.Count + added > MaxContactsPerExtension)
        {
            failure = r => r.CreateResponse(403, $"Forbidden (more than {MaxContactsPerExtension} contacts)");
            return false;
        }
        foreach (var (uri, seconds) in changes)
        {
            var index = list.FindIndex(c => c.Uri.Equals(uri));
            if (seconds == 0)
            {
                if (index >= 0)
                {
                    list.RemoveAt(index);
                    changed = true;
                }
                continue;
            }
            var contact = new ExtensionContact(
                number, uri, transaction.Remote, transaction.IsReliable ? "TCP" : "UDP", index >= 0 ? list[index].RegisteredAt : now, now.AddSeconds(seconds), callId, sequence)
            {
                UserAgent = request.Headers[SipHeaderNames.UserAgent],
            };
            if (index >= 0) list[index] = contact;
            else list.Add(contact);
            changed = true;
        }
        return true;
    }

    /// <summary>Under the lock: one timer for the earliest expiry.</summary>
    private void Reschedule()
    {
        DateTimeOffset? next = null;
        foreach (var contact in _bindings.Values.SelectMany(list => list))
        {
            if (next is null || contact.ExpiresAt < next) next = contact.ExpiresAt;
        }
        if (next == _expiryDue) return;
        _expiry?.Dispose();
        _expiry = null;
        _expiryDue = next;
        if (next is not { } due) return;
        var delay = due - _time.GetUtcNow();
        _expiry = _time.CreateTimer(_ => Expire(), null, delay < TimeSpan.Zero ? TimeSpan.Zero : delay, Timeout.InfiniteTimeSpan);
    }

    private void Expire()
    {
        var now = _time.GetUtcNow();
        List<string> expired = [];
        lock (_gate)
        {
            foreach (var (number, list) in _bindings.ToList())
            {
                if (list.RemoveAll(c => c.ExpiresAt <= now) == 0) continue;
                expired.Add(number);
                if (list.Count == 0) _bindings.Remove(number);
            }
            _expiryDue = null;
            Reschedule();
        }
        foreach (var number in expired)
        {
            _logger.LogInformation("A registration of extension {Number} expired", number);
            RegistrationsChanged?.Invoke(number);
        }
    }
}
