using M365Nis2.Web.Features.Board;
using M365Nis2.Web.Features.Controls;
using M365Nis2.Teams;
using M365Nis2.Web.Features.Demo;

namespace M365Nis2.Web.Features.Approvals;

public static class ApprovalsFeature
{
    /// <summary>Policy register, approval rounds, approval cards and votes, decisions, deadline and reminder job.</summary>
    public static IHostApplicationBuilder AddApprovals(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<ApprovalsOptions>().BindConfiguration(ApprovalsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<AppLinkOptions>().BindConfiguration(AppLinkOptions.Section);
        services.AddSingleton<PolicyStore>();
        services.AddSingleton<PolicyService>();
        services.AddDemoStoryPart<ApprovalDemoStory>();
        services.AddSingleton<PolicyRegister>();
        services.AddSingleton<ApprovalRoundStore>();
        services.AddSingleton<VoteLanes>();
        services.AddSingleton<ApprovalCards>();
        services.AddSingleton<ApprovalWork>();
        services.AddSingleton<CardFanOut>();
        services.AddSingleton<ApprovalService>();
        services.AddSingleton<RoundStarter>();
        services.AddSingleton<ApproverResolver>();
        services.AddHttpContextAccessor();
        services.AddSingleton<IApprovalSubjects, ApprovalSubjectService>();
        services.AddSingleton<DecisionRecorder>();
        services.AddSingleton<IApprovedPolicyVersions, ApprovedPolicyVersions>();
        services.AddSingleton<DeadlineSweep>();
        services.AddSingleton<ApprovalControlStatus>();
        services.AddControlStatusProvider<ApprovalControlStatusProvider>();
        services.AddBoardFactSource<ApprovalBoardFacts>();
        services.AddHostedService<ApprovalsWorker>();
        services.AddBotCommand<ApprovalsCommand>("approvals");
        services.AddCardAction<VoteCardAction>(ApprovalCards.VoteVerb);
        services.AddCardAction<RefreshCardAction>(ApprovalCards.RefreshVerb);
        services.AddCardSamples<ApprovalCardSamples>();
        return builder;
    }

    public static WebApplication MapApprovals(this WebApplication app) => app.MapApprovalEndpoints().MapPolicyRegisterEndpoints().MapTabVoteEndpoint();
}
