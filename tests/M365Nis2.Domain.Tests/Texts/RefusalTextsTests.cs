using M365Nis2.Domain.Acknowledgements;
using M365Nis2.Domain.Tasks;
using M365Nis2.Domain.Texts;

namespace M365Nis2.Domain.Tests.Texts;

/// <summary>Task and acknowledgement refusals carry a code: English stays as it was, Danish readers get Danish.</summary>
public class RefusalTextsTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 3, 1);
    private static readonly TaskActor Owner = new("owner-1", false);
    private static readonly TaskActor Ciso = new("ciso-1", true);
    private static readonly FollowUpTask Open = FollowUpTask.Open("owner-1", new DateOnly(2026, 3, 15), Today);

    public static TheoryData<string, string, string, string> TaskRefusals() => new()
    {
        { "proof", "task.complete.proof", "Add a comment or a file that shows the work is done.", "Tilføj en kommentar eller en fil, der viser, at arbejdet er gjort." },
        { "closed", "task.closed", "The task is already done.", "Opgaven er allerede udført." },
        { "reason", "task.extend.reason", "Give a reason for the extra time.", "Angiv en begrundelse for den ekstra tid." },
        { "early", "task.extend.early", "The new date must be after the current due date 2026-03-15.", "Den nye dato skal ligge efter den nuværende frist 2026-03-15." },
        { "toolong", "task.reason.toolong", "The reason is longer than 2000 characters.", "Begrundelsen er længere end 2000 tegn." },
        { "past", "task.reopen.past", "The new due date cannot be in the past.", "Den nye frist kan ikke ligge i fortiden." },
    };

    [Theory]
    [MemberData(nameof(TaskRefusals))]
    public void A_task_refusal_has_a_code_its_english_text_and_a_danish_text(string @case, string code, string english, string danish)
    {
        var done = Open.Complete(Owner, "done", false, Now).Task;
        var t = @case switch
        {
            "proof" => Open.Complete(Owner, " ", false, Now),
            "closed" => done.Complete(Owner, "again", false, Now),
            "reason" => Open.RequestExtension(Owner, new DateOnly(2026, 4, 1), "", Now),
            "early" => Open.RequestExtension(Owner, new DateOnly(2026, 3, 10), "busy", Now),
            "toolong" => Open.RequestExtension(Owner, new DateOnly(2026, 4, 1), new string('x', 2001), Now),
            _ => done.Reopen(Ciso, Today.AddDays(-1), Today),
        };
        Assert.False(t.Applied);
        Assert.Equal(code, t.Why!.Code);
        Assert.Equal(english, t.Refusal);
        Assert.Equal(danish, t.Why.InLanguage("da-DK"));
    }

    [Fact]
    public void An_applied_transition_has_no_refusal() => Assert.Null(Open.Complete(Owner, "done", false, Now).Why);

    [Fact]
    public void Acknowledgement_refusals_are_coded_in_both_languages()
    {
        var acknowledged = new PolicyAcknowledgement("user-1", "ab12").Acknowledge(null, AcknowledgementChannel.Tab, Now).Acknowledgement;
        var again = acknowledged.Acknowledge(null, AcknowledgementChannel.Card, Now);
        Assert.Equal(("ack.already", "Already acknowledged.", "Allerede bekræftet."), (again.Why!.Code, again.Refusal, again.Why.Danish));

        var wrong = new PolicyAcknowledgement("user-1", "ab12").Acknowledge("ffff", AcknowledgementChannel.Tab, Now);
        Assert.Equal("Det dokument, du læste, er ikke den godkendte version.", wrong.Why!.InLanguage("da"));

        var asked = new PolicyAcknowledgement("user-1", "ab12").Asked(Now).Acknowledgement.Asked(Now);
        Assert.Equal(("Already Asked; not asked again.", "Allerede spurgt; ikke spurgt igen."), (asked.Refusal, asked.Why!.Danish));
    }
}
