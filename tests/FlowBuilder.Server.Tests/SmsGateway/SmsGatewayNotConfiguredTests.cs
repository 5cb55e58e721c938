using System.Net;
using System.Text;
using FlowBuilder.Server.Tests.Infrastructure;

namespace FlowBuilder.Server.Tests.SmsGateway;

public sealed class SmsGatewayNotConfiguredTests(FlowBuilderApiFactory factory) : IClassFixture<FlowBuilderApiFactory>
{
    [Fact]
    public async Task Receipt_NoGatewayConfigured_404SayingWhichSettingTurnsItOn()
    {
        var response = await factory.CreateClient().PostAsync("/hooks/sms/receipts",
            new StringContent("{\"id\":\"1\",\"status\":\"delivered\"}", Encoding.UTF8, "application/json"));

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync()).ShouldContain("FlowBuilder:Sms:Http:Url");
    }
}
