using FlowBuilder.Telephony.Hosting;
using FlowBuilder.Telephony.Sip.Auth;
using FlowBuilder.Telephony.Sip.Messages;
using FlowBuilder.Telephony.Sip.UserAgent;
using Microsoft.Extensions.Logging;

namespace FlowBuilder.Telephony.Calls;

public sealed partial class SipCallService
{
    /// <summary>REGISTER at every trunk with Register; a refusal is logged, not fatal (the trunk may still take calls unregistered).</summary>
    private async Task RegisterTrunksAsync(CancellationToken cancellationToken)
    {
        foreach (var trunk in control.Options.Trunks.Where(t => t.Register))
        {
            var agent = control.Agents.FirstOrDefault(a => string.Equals(a.Layer.Transport.Protocol, trunk.Transport, StringComparison.OrdinalIgnoreCase));
            if (agent is null) continue;
            var domain = trunk.Domain ?? trunk.Host;
            var registration = new SipRegistration(agent, new SipUri { Host = trunk.Host, Port = trunk.Port }, TimeSpan.FromSeconds(trunk.RegisterExpiresSeconds))
            {
                AddressOfRecord = new SipUri { User = trunk.Username, Host = domain },
                Credentials = trunk.Password is { } password ? new DigestClient(trunk.Username!, password) : null,
                OutboundProxy = SipProxyAddress.TryParse(trunk.OutboundProxy, out var hop) ? new SipUri { Host = hop.Address.ToString(), Port = hop.Port } : null,
            };
            registration.Failed += (_, status) => _logger.LogWarning("Registration of trunk {Trunk} failed ({Status})", trunk.Name, status);
            _registrations.Add(registration);
            try
            {
                var registered = await registration.RegisterAsync(cancellationToken).ConfigureAwait(false);
                if (!registered) _logger.LogWarning("Trunk {Trunk} at {Host} refused REGISTER", trunk.Name, trunk.Host);
            }
            catch (Exception e) when (e is IOException or InvalidOperationException or ArgumentException or System.Net.Sockets.SocketException)
            {
                _logger.LogWarning(e, "REGISTER to trunk {Trunk} at {Host} failed", trunk.Name, trunk.Host);
            }
        }
    }

    private async Task UnregisterTrunksAsync(CancellationToken cancellationToken)
    {
        foreach (var registration in _registrations.Where(r => r.IsRegistered))
        {
            try
            {
                using var bounded = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                bounded.CancelAfter(TimeSpan.FromSeconds(2));
                await registration.UnregisterAsync(bounded.Token).ConfigureAwait(false);
            }
            catch (Exception e) when (e is OperationCanceledException or IOException or InvalidOperationException)
            {
                _logger.LogDebug(e, "Unregistering from {Registrar} failed", registration.Registrar);
            }
        }
    }
}
