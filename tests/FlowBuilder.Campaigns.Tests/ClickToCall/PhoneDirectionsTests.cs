using FlowBuilder.Campaigns.ClickToCall.Intake;

namespace FlowBuilder.Campaigns.Tests.ClickToCall;

public sealed class PhoneDirectionsTests
{
    [Fact]
    public void Describe_GermanMobile_IsGermany_WithItsOperator()
    {
        var direction = PhoneDirections.Describe("+4915123456789");

        direction.Country.ShouldBe("DE");
        direction.CountryName.ShouldBe("Germany");
        direction.Mobile.ShouldBeTrue();
        direction.Region.ShouldBeNull();
        direction.Carrier.ShouldBe("T-Mobile");
        direction.Label.ShouldBe("Germany, T-Mobile");
    }

    [Fact]
    public void Describe_UsFixedLine_IsTheUnitedStates_WithItsRegion()
    {
        var direction = PhoneDirections.Describe("+12015550123");

        direction.Country.ShouldBe("US");
        direction.CountryName.ShouldBe("United States");
        direction.Region.ShouldBe("New Jersey");
        direction.Carrier.ShouldBeNull();
        direction.Label.ShouldBe("United States, New Jersey");
    }

    [Fact]
    public void Describe_NotANumber_IsUnknown() => PhoneDirections.Describe("hello").Label.ShouldBe("Unknown");
}
