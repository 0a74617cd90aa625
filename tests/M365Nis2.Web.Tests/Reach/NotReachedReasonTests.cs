using M365Nis2.Domain.Texts;
using M365Nis2.Teams;
using M365Nis2.Teams.Conversations;
using M365Nis2.Web.Features.Awareness;
using M365Nis2.Web.Platform;

namespace M365Nis2.Web.Tests.Reach;

/// <summary>"Not reached" reasons are coded: the Teams library's own ones agree with the catalogue, rows keep English + code.</summary>
public class NotReachedReasonTests
{
    [Fact]
    public void The_Teams_library_says_its_reasons_with_the_catalogue_s_codes_and_english()
    {
        Assert.Equal(NotReachedCodes.RemovedByUser, ReachTexts.RemovedByUser.Code);
        Assert.Equal(NotReachedCodes.RemovedByUserText, ReachTexts.RemovedByUser.English);
        Assert.Equal(NotReachedCodes.NoConversation, ReachTexts.NoConversation.Code);
        Assert.Equal(ReachTexts.NoConversation.With("u1").English, NotReachedCodes.NoConversationText("u1"));
    }

    [Fact]
    public void A_coded_reason_is_stored_with_its_code_and_shown_in_danish()
    {
        var row = new RecipientRow();
        var result = ReachTexts.NotInCatalogue.With("abc-123").NotReached();

        row.SetFailure(result.Coded());

        Assert.Equal(ReachTexts.NotInCatalogue.With("abc-123").English, row.FailureReason);
        Assert.Equal("reach.catalogue", row.FailureCode);
        Assert.Equal("ikke nået: appen (manifest-id abc-123) findes ikke i organisationens Teams-appkatalog; upload den i Teams Administration", row.FailureDa());
        row.SetFailure(null);
        Assert.Null(row.FailureReason);
        Assert.Null(row.FailureDa());
    }

    [Fact]
    public void A_reason_stored_before_codes_or_said_without_one_is_shown_as_it_is()
    {
        var row = new RecipientRow { FailureReason = "Connector POST failed with 502" };
        Assert.Equal("Connector POST failed with 502", row.FailureDa());
        Assert.Equal("Connector POST failed with 502", new ProactiveResult.NoConversation("Connector POST failed with 502").Coded().Danish);
        row.FailureCode = "reach.unknown-to-this-build";
        Assert.Equal("Connector POST failed with 502", row.FailureDa());
    }
}
